using System.Text;
using System.Text.Json;

namespace HandlerSdk.Serialization;

/// <summary>
/// Short strings that repeat within a payload are read once: the records of an AWS batch repeat the same event
/// source, queue ARN, region, sender id and data types in every record (and user payloads their currencies, statuses
/// and SKUs), so a per-thread table hands back the string read last time for the same bytes instead of transcoding and
/// allocating it again. Strings are immutable, so sharing one instance changes nothing a reader can observe.
/// </summary>
internal static class RepeatedStrings
{
    // Longer strings (receipt handles, bodies) are seldom repeated and cost more to compare than to read.
    private const int MaxLength = 64;
    private const int Slots = 256;

    [ThreadStatic]
    private static string?[]? t_slots;

    /// <summary>The string value at the reader, from the table when the same ASCII bytes were read before.</summary>
    /// <param name="reader">The reader, at a string token.</param>
    /// <returns>The string.</returns>
    public static string Get(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return reader.GetString()!;
        }

        var bytes = reader.ValueSpan;
        if (bytes.Length > MaxLength || bytes.IsEmpty)
        {
            return reader.GetString()!;
        }

        var slots = t_slots ??= new string?[Slots];
        var hash = new HashCode();
        hash.AddBytes(bytes);
        var slot = (int)((uint)hash.ToHashCode() % Slots);
        var cached = slots[slot];
        if (cached is not null && cached.Length == bytes.Length && Ascii.Equals(bytes, cached))
        {
            return cached;
        }

        var value = reader.GetString()!;
        // Only ASCII strings are kept: for them, one byte is one char, so the length check above is exact.
        if (value.Length == bytes.Length)
        {
            slots[slot] = value;
        }

        return value;
    }
}
