using System.Globalization;
using System.Text;

namespace HandlerSdk;

/// <summary>
/// Message templates as Amazon.Lambda.Core and Microsoft.Extensions.Logging write them: <c>{Name}</c> placeholders
/// filled by position, <c>{{</c> and <c>}}</c> for literal braces, an optional <c>@</c> or <c>$</c> prefix and
/// <c>,alignment</c> / <c>:format</c> suffix on a name. Values format with the invariant culture.
/// </summary>
internal static class MessageTemplate
{
    public static string Render(string template, object?[]? args)
    {
        if (args is null || args.Length == 0 || template.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 32);
        Walk(template, args, literal => builder.Append(literal), (_, alignment, format, value) =>
        {
            var text = FormatValue(value, format);
            builder.Append(alignment >= 0 ? text.PadLeft(alignment) : text.PadRight(-alignment));
        });
        return builder.ToString();
    }

    /// <summary>The placeholders' names and values, in order, for structured (JSON) logs.</summary>
    public static List<KeyValuePair<string, object?>> Properties(string template, object?[]? args)
    {
        var properties = new List<KeyValuePair<string, object?>>();
        if (args is null || args.Length == 0)
        {
            return properties;
        }

        Walk(template, args, static _ => { }, (name, _, _, value) => properties.Add(new(name, value)));
        return properties;
    }

    public static string FormatValue(object? value, string? format) => value switch
    {
        null => "null",
        string s => s,
        IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void Walk(string template, object?[] args, Action<string> literal, Action<string, int, string?, object?> hole)
    {
        var position = 0;
        var argument = 0;
        var pending = new StringBuilder();
        while (position < template.Length)
        {
            var c = template[position];
            if (c == '{' && position + 1 < template.Length && template[position + 1] == '{')
            {
                pending.Append('{');
                position += 2;
                continue;
            }

            if (c == '}' && position + 1 < template.Length && template[position + 1] == '}')
            {
                pending.Append('}');
                position += 2;
                continue;
            }

            var close = c == '{' ? template.IndexOf('}', position + 1) : -1;
            if (close < 0 || argument >= args.Length)
            {
                pending.Append(c);
                position++;
                continue;
            }

            literal(pending.ToString());
            pending.Clear();
            var (name, alignment, format) = ParseHole(template.AsSpan(position + 1, close - position - 1));
            hole(name, alignment, format, args[argument++]);
            position = close + 1;
        }

        literal(pending.ToString());
    }

    /// <summary>Splits <c>Name,alignment:format</c>; a negative alignment pads on the right, as in composite formatting.</summary>
    private static (string Name, int Alignment, string? Format) ParseHole(ReadOnlySpan<char> hole)
    {
        string? format = null;
        var colon = hole.IndexOf(':');
        if (colon >= 0)
        {
            format = hole[(colon + 1)..].ToString();
            hole = hole[..colon];
        }

        var alignment = 0;
        var comma = hole.IndexOf(',');
        if (comma >= 0)
        {
            _ = int.TryParse(hole[(comma + 1)..], NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out alignment);
            hole = hole[..comma];
        }

        hole = hole.Trim();
        if (hole.Length > 0 && hole[0] is '@' or '$')
        {
            hole = hole[1..];
        }

        return (hole.ToString(), alignment, format);
    }
}
