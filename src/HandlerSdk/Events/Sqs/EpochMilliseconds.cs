using System.Globalization;

namespace HandlerSdk.Events;

/// <summary>Reads the epoch-millisecond strings SQS puts in message attributes.</summary>
internal static class EpochMilliseconds
{
    public static DateTimeOffset? ToTime(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            throw new FormatException($"The SQS attribute {name} is '{value}', not a number of milliseconds since the Unix epoch.");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
