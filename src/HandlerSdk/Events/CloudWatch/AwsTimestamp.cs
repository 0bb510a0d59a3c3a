using System.Globalization;

namespace HandlerSdk.Events;

/// <summary>
/// Reads the ISO 8601 timestamps some AWS services write with a basic-format offset (<c>2023-08-04T12:36:15.490+0000</c>,
/// CloudWatch alarms and CodeCommit), which <see cref="System.Text.Json"/> does not accept as a date. Those members stay
/// strings, so what arrives is what is written back, and their typed views parse through here.
/// </summary>
internal static class AwsTimestamp
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ssFFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
    ];

    public static DateTimeOffset? Parse(string? value, string source)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var text = value;
        // "+0000" → "+00:00": the extended offset the "zzz" format reads.
        if (text.Length > 5 && text[^5] is '+' or '-' && char.IsAsciiDigit(text[^4]) && char.IsAsciiDigit(text[^1]) && text[^3] != ':')
        {
            text = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        throw new FormatException($"The {source} is '{value}', not an ISO 8601 timestamp such as 2023-08-04T12:36:15.490+0000.");
    }
}
