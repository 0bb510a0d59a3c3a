using System.Text.Json;
using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// Reads <see cref="DynamoDbChangeRecordBase.ApproximateCreationDateTime"/>: seconds since the Unix epoch as DynamoDB
/// Streams send it (<c>1480642020</c>, fractions allowed), and also the milliseconds or microseconds the same record
/// carries when it comes through Kinesis Data Streams for DynamoDB (<c>1480642020000</c>). A number of seconds that
/// large would be after the year 5000, so the magnitude tells the units apart. Writes seconds, as Lambda sends them.
/// </summary>
public sealed class DynamoDbCreationTimeConverter : JsonConverter<DateTimeOffset>
{
    // 10^11 seconds is the year 5138; 10^11 milliseconds is 1973, 10^14 microseconds is 1973.
    private const decimal MillisecondsFrom = 100_000_000_000m;
    private const decimal MicrosecondsFrom = 100_000_000_000_000m;

    // Beyond any date in microseconds; also keeps the tick arithmetic below from overflowing a decimal.
    private const decimal TooLarge = 1_000_000_000_000_000_000m;

    private static readonly EpochSecondsConverter Seconds = new();

    /// <inheritdoc/>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value))
        {
            var magnitude = Math.Abs(value);
            if (magnitude >= TooLarge)
            {
                throw new JsonException($"The ApproximateCreationDateTime {value} is outside the range of a date in seconds, milliseconds or microseconds since the Unix epoch.");
            }

            if (magnitude >= MicrosecondsFrom)
            {
                return FromTicks(value * 10m, "microseconds");
            }

            if (magnitude >= MillisecondsFrom)
            {
                return FromTicks(value * TimeSpan.TicksPerMillisecond, "milliseconds");
            }
        }

        return Seconds.Read(ref reader, typeToConvert, options);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        Seconds.Write(writer, value, options);

    private static DateTimeOffset FromTicks(decimal ticks, string unit)
    {
        var rounded = decimal.Round(ticks);
        var max = DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var min = DateTimeOffset.MinValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return rounded < min || rounded > max
            ? throw new JsonException($"The ApproximateCreationDateTime, read as {unit} since the Unix epoch, is outside the range of a date.")
            : new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + (long)rounded, TimeSpan.Zero);
    }
}
