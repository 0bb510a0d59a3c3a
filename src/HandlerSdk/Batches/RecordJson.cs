using System.Text.Json;

namespace HandlerSdk.Batches;

/// <summary>
/// Finds members in the JSON of an event and its records with a reader alone, for reading a batch record by record:
/// <see cref="JsonDocument"/> would do it in fewer lines, but links its duplicate-name check and, through its hash
/// seed, the OpenSSL shim: about 80 KB of every per-record function's bootstrap.
/// </summary>
internal static class RecordJson
{
    /// <summary>
    /// The JSON text of a member of the object <paramref name="json"/> holds (the last of duplicates); empty when there
    /// is none, <paramref name="json"/> is not an object, or it is empty (a member that was not found).
    /// </summary>
    public static ReadOnlySpan<byte> Member(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name)
    {
        if (json.IsEmpty)
        {
            return default;
        }

        var reader = new Utf8JsonReader(json, Serialization.JsonRead.ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return default;
        }

        var found = default(ReadOnlySpan<byte>);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = NameIs(ref reader, name);
            reader.Read();
            var start = checked((int)reader.TokenStartIndex);
            reader.Skip();
            if (match)
            {
                found = json[start..checked((int)reader.BytesConsumed)];
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the property name the reader is at is <paramref name="name"/> once unescaped. Not
    /// <c>ValueTextEquals</c>: its escaped-sequence comparisons add 4 KB to the bootstrap for what unescaping and
    /// comparing does in a few lines.
    /// </summary>
    private static bool NameIs(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        // Every reader here is made from one span (the event), so ValueSpan holds the whole name.
        System.Diagnostics.Debug.Assert(!reader.HasValueSequence, "RecordJson reads one span.");
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan.SequenceEqual(name);
        }

        // An escape (\uXXXX at most) spells one byte of an ASCII name in at most six: a longer name is another.
        if (reader.ValueSpan.Length > 6 * name.Length)
        {
            return false;
        }

        Span<byte> unescaped = stackalloc byte[reader.ValueSpan.Length];
        return unescaped[..reader.CopyString(unescaped)].SequenceEqual(name);
    }

    /// <summary>A string member of an object, or null when it is missing or not a string.</summary>
    public static string? String(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name)
    {
        var value = Member(json, name);
        if (value.IsEmpty || value[0] != (byte)'"')
        {
            return null;
        }

        var reader = new Utf8JsonReader(value);
        reader.Read();
        return reader.GetString();
    }

    /// <summary>A string member of an object member: <c>kinesis.sequenceNumber</c>.</summary>
    public static string? String(ReadOnlySpan<byte> json, ReadOnlySpan<byte> parent, ReadOnlySpan<byte> name) => String(Member(json, parent), name);

    /// <summary>The JSON text of each element of an array, in order.</summary>
    public static List<(int Start, int Length)> Elements(ReadOnlySpan<byte> array)
    {
        var elements = new List<(int Start, int Length)>();
        var reader = new Utf8JsonReader(array, Serialization.JsonRead.ReaderOptions);
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = checked((int)reader.TokenStartIndex);
            reader.Skip();
            elements.Add((start, checked((int)reader.BytesConsumed) - start));
        }

        return elements;
    }
}
