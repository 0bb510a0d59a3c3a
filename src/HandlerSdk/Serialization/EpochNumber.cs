using System.Text.Json;

namespace HandlerSdk.Serialization;

/// <summary>
/// A time as a number of units since the Unix epoch. Read through <see cref="decimal"/> so that a fraction such as
/// <c>.987</c> becomes exactly 987 ms (a double would not), kept to the tick, and written back without trailing zeros.
/// </summary>
internal static class EpochNumber
{
    private static readonly decimal MinUnixTicks = DateTimeOffset.MinValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
    private static readonly decimal MaxUnixTicks = DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;

    public static DateTimeOffset Read(ref Utf8JsonReader reader, long ticksPerUnit, string unit)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var units))
        {
            throw new JsonException($"Expected a number of {unit} since the Unix epoch, not {Describe(ref reader)}.");
        }

        var ticks = decimal.Round(units * ticksPerUnit);
        if (ticks < MinUnixTicks || ticks > MaxUnixTicks)
        {
            throw new JsonException($"{units} {unit} since the Unix epoch is outside the range of a date.");
        }

        return new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + (long)ticks, TimeSpan.Zero);
    }

    public static void Write(Utf8JsonWriter writer, DateTimeOffset value, long ticksPerUnit)
    {
        var ticks = value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        if (ticks % ticksPerUnit == 0)
        {
            writer.WriteNumberValue(ticks / ticksPerUnit);
            return;
        }

        // Dividing by 1.000…0 with 28 zeros drops the scale's trailing zeros: 1545084650.9870000 → 1545084650.987.
        writer.WriteNumberValue((decimal)ticks / ticksPerUnit / 1.0000000000000000000000000000m);
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"the string \"{reader.GetString()}\"",
        JsonTokenType.Number => "a number too large to read",
        _ => reader.TokenType.ToString(),
    };
}
