using System.Numerics;
using System.Runtime.InteropServices;
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
    private const int Slots = 1 << SlotBits;
    private const int SlotBits = 8;

    // One table for the process, not one per thread: a [ThreadStatic] costs a call into the runtime on every read,
    // which measured as much as the table saves. Sharing is safe without locks: a slot holds a reference (written and
    // read whole), read once into a local and compared byte for byte with the text before use, so a slot another
    // thread just overwrote is only a miss. Under multi-concurrency, invocations on other threads share the hits too.
    private static readonly string?[] s_slots = new string?[Slots];

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

        var slots = s_slots;
        var slot = Slot(bytes);
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

    /// <summary>
    /// A slot from the length and the first and last eight bytes: constant time, where hashing every byte costs as much
    /// as the allocation it saves. Texts that differ only in the middle (ids) share a slot and take turns in it.
    /// </summary>
    private static int Slot(ReadOnlySpan<byte> bytes)
    {
        ulong key;
        if (bytes.Length >= sizeof(ulong))
        {
            key = MemoryMarshal.Read<ulong>(bytes) ^ BitOperations.RotateLeft(MemoryMarshal.Read<ulong>(bytes[^sizeof(ulong)..]), 29);
        }
        else
        {
            key = 0;
            foreach (var b in bytes)
            {
                key = (key << 8) | b;
            }
        }

        key ^= (ulong)bytes.Length << 56;
        return (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));
    }
}
