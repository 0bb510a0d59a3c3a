using System.Text;
using System.Text.Json;

namespace HandlerSdk.Http;

/// <summary>
/// Finds a name in one JSON object of the payload (headers, query parameters, claims) by reading it again: nothing of
/// the object is materialized but the value asked for.
/// </summary>
internal static class JsonLookup
{
    /// <summary>The string value of <paramref name="name"/> in a <c>{"name": "value"}</c> object.</summary>
    public static string? Value(ReadOnlySpan<byte> json, string name, bool ignoreCase, bool decode)
    {
        if (json.IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var matches = NameMatches(ref reader, name, ignoreCase, decode);
            reader.Read();
            if (matches && reader.TokenType == JsonTokenType.String)
            {
                return Text(ref reader, decode);
            }

            reader.Skip();
        }

        return null;
    }

    /// <summary>The values of <paramref name="name"/> in a <c>{"name": ["a", "b"]}</c> object, or null when absent.</summary>
    public static List<string>? Values(ReadOnlySpan<byte> json, string name, bool ignoreCase, bool decode)
    {
        if (json.IsEmpty)
        {
            return null;
        }

        List<string>? values = null;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var matches = NameMatches(ref reader, name, ignoreCase, decode);
            reader.Read();
            if (!matches)
            {
                reader.Skip();
                continue;
            }

            // Names may repeat in spelling ("Accept" and "accept"): every match adds its values.
            values ??= [];
            if (reader.TokenType == JsonTokenType.String)
            {
                values.Add(Text(ref reader, decode));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        values.Add(Text(ref reader, decode));
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return values;
    }

    /// <summary>The value of <paramref name="name"/> (exact case) as text: strings unescaped, anything else as its JSON.</summary>
    public static string? AnyValue(ReadOnlySpan<byte> json, string name)
    {
        if (json.IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var matches = NameMatches(ref reader, name, ignoreCase: false, decode: false);
            reader.Read();
            if (!matches)
            {
                reader.Skip();
                continue;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    return Encoding.UTF8.GetString(json[start..((int)reader.TokenStartIndex + 1)]);
                default:
                    return Encoding.UTF8.GetString(reader.ValueSpan);
            }
        }

        return null;
    }

    private static bool NameMatches(ref Utf8JsonReader reader, string name, bool ignoreCase, bool decode)
    {
        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped && !(decode && PercentDecoding.NeedsDecoding(raw, plusIsSpace: true)) && Ascii.IsValid(raw))
        {
            return ignoreCase ? Ascii.EqualsIgnoreCase(raw, name) : Ascii.Equals(raw, name);
        }

        var key = reader.GetString()!;
        if (decode)
        {
            key = PercentDecoding.Decode(key, plusIsSpace: true);
        }

        return string.Equals(key, name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private static string Text(ref Utf8JsonReader reader, bool decode)
    {
        if (!decode)
        {
            return reader.GetString()!;
        }

        return reader.ValueIsEscaped
            ? PercentDecoding.Decode(reader.GetString()!, plusIsSpace: true)
            : PercentDecoding.Decode(reader.ValueSpan, plusIsSpace: true);
    }
}
