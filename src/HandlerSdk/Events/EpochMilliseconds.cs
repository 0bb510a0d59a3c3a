using System.Globalization;

namespace HandlerSdk.Events;

/// <summary>Reads the epoch-millisecond strings some sources send as text (SQS attributes, Connect media streams).</summary>
internal static class EpochMilliseconds
{
    /// <param name="value">The text, or null or empty when the source sent none.</param>
    /// <param name="what">What the value is, for the error: <c>SQS attribute SentTimestamp</c>.</param>
    public static DateTimeOffset? ToTime(string? value, string what)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            throw new FormatException($"The {what} is '{value}', not a number of milliseconds since the Unix epoch.");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
