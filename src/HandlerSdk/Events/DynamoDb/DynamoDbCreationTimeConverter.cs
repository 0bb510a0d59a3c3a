using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// Reads and writes <see cref="DynamoDbChangeRecordBase.ApproximateCreationDateTimeNumber"/>, the number DynamoDB sends:
/// seconds since the Unix epoch from DynamoDB Streams (<c>1480642020</c>, fractions allowed), milliseconds or
/// microseconds when the same record comes through Kinesis Data Streams for DynamoDB (<c>1480642020000</c>). A number of
/// seconds that large would be after the year 5000, so the magnitude tells the units apart. The number is kept as it
/// came, so it is written back in its own unit and precision; reading refuses one that is no date in any unit.
/// </summary>
public sealed class DynamoDbCreationTimeConverter : JsonConverter<decimal>
{
    // 10^11 seconds is the year 5138; 10^11 milliseconds is 1973, 10^14 microseconds is 1973.
    private const decimal MillisecondsFrom = 100_000_000_000m;
    private const decimal MicrosecondsFrom = 100_000_000_000_000m;

    // Beyond any date in microseconds; also keeps the tick arithmetic below from overflowing a decimal.
    private const decimal TooLarge = 1_000_000_000_000_000_000m;

    /// <inheritdoc/>
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
        {
            var what = reader.TokenType == JsonTokenType.String ? $"the string \"{reader.GetString()}\"" : reader.TokenType == JsonTokenType.Number ? "a number too large to read" : reader.TokenType.ToString();
            throw new JsonException($"The ApproximateCreationDateTime must be a number of seconds, milliseconds or microseconds since the Unix epoch, not {what}.");
        }

        _ = ToTime(value);
        return value;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }

    /// <summary>The time <paramref name="value"/> stands for, in the unit its magnitude says.</summary>
    /// <exception cref="JsonException">The number is no date in seconds, milliseconds or microseconds.</exception>
    internal static DateTimeOffset ToTime(decimal value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= TooLarge)
        {
            throw new JsonException($"The ApproximateCreationDateTime {value} is outside the range of a date in seconds, milliseconds or microseconds since the Unix epoch.");
        }

        return magnitude >= MicrosecondsFrom ? FromTicks(value * 10m, "microseconds")
            : magnitude >= MillisecondsFrom ? FromTicks(value * TimeSpan.TicksPerMillisecond, "milliseconds")
            : FromTicks(value * TimeSpan.TicksPerSecond, "seconds");
    }

    /// <summary>The number DynamoDB Streams would send for <paramref name="time"/>: seconds, with a fraction only when it has one.</summary>
    internal static decimal ToSeconds(DateTimeOffset time) =>
        // Dividing by 1.000…0 with 28 zeros drops the scale's trailing zeros: 1480642020.5000000 → 1480642020.5.
        (decimal)(time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerSecond / 1.0000000000000000000000000000m;

    private static DateTimeOffset FromTicks(decimal ticks, string unit)
    {
        var rounded = decimal.Round(ticks);
        var max = DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var min = DateTimeOffset.MinValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return rounded < min || rounded > max
            ? throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"The ApproximateCreationDateTime, read as {unit} since the Unix epoch, is outside the range of a date."))
            : new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + (long)rounded, TimeSpan.Zero);
    }
}
