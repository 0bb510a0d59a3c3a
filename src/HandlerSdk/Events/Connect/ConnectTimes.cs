using System.Globalization;

namespace HandlerSdk.Events;

/// <summary>Reads the epoch-millisecond strings Amazon Connect puts in media stream details.</summary>
internal static class ConnectTimes
{
    public static DateTimeOffset? FromMilliseconds(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            throw new FormatException($"The Connect media stream's {name} is '{value}', not a number of milliseconds since the Unix epoch.");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
