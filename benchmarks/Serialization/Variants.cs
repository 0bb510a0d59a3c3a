using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using HandlerSdk.Serialization;

namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>
/// One step of the generated readers, the previous implementation against the current one, interleaved in one
/// process (<c>--variants</c>): what a change to a shared helper is worth, without the rest of a payload's noise.
/// The left column is the previous implementation (kept here, copied as it was), the right one the library's.
/// </summary>
internal static class Variants
{
    public static void Run(TextWriter log, int rounds)
    {
        log.WriteLine("| step | input | previous (median) | current (median) | current vs previous (median of round ratios) | allocated previous | allocated current |");
        log.WriteLine("|---|---|---|---|---|---|---|");
        var sqs = SqsTypedBodies.Json();
        Interleaved.Compare(log, rounds, "string values (all of them, tokenizing included)", "SQS event, 11.7 KB", () => Strings(sqs, previous: true), () => Strings(sqs, previous: false));
        var prices = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Range(0, 100).Select(i => (24.99m + (i * 1.37m)).ToString(CultureInfo.InvariantCulture))) + "]");
        CheckDecimals(prices);
        Interleaved.Compare(log, rounds, "decimal values (tokenizing included)", "100 prices like 24.99", () => Decimals(prices, previous: true), () => Decimals(prices, previous: false));
    }

    private static int Strings(byte[] json, bool previous)
    {
        var reader = new Utf8JsonReader(json);
        var length = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                length += (previous ? ThreadStaticRepeatedStrings.Get(ref reader) : JsonRead.String(ref reader))!.Length;
            }
        }

        return length;
    }

    private static decimal Decimals(byte[] json, bool previous)
    {
        var reader = new Utf8JsonReader(json);
        var sum = 0m;
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.Number)
        {
            sum += previous ? (reader.TryGetDecimal(out var value) ? value : throw new FormatException()) : JsonRead.Decimal(ref reader);
        }

        return sum;
    }

    private static void CheckDecimals(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.Number)
        {
            var expected = reader.GetDecimal();
            var actual = JsonRead.Decimal(ref reader);
            if (!decimal.GetBits(expected).SequenceEqual(decimal.GetBits(actual)))
            {
                throw new InvalidOperationException($"{Encoding.UTF8.GetString(reader.ValueSpan)}: {actual} is not {expected}");
            }
        }
    }

    /// <summary>RepeatedStrings as it was before the table became one per process (a [ThreadStatic] table).</summary>
    private static class ThreadStaticRepeatedStrings
    {
        [ThreadStatic]
        private static string?[]? t_slots;

        public static string? Get(ref Utf8JsonReader reader)
        {
            if (reader.HasValueSequence || reader.ValueIsEscaped)
            {
                return reader.GetString()!;
            }

            var bytes = reader.ValueSpan;
            if (bytes.Length > 64 || bytes.IsEmpty)
            {
                return reader.GetString()!;
            }

            var slots = t_slots ??= new string?[256];
            var slot = Slot(bytes);
            var cached = slots[slot];
            if (cached is not null && cached.Length == bytes.Length && Ascii.Equals(bytes, cached))
            {
                return cached;
            }

            var value = reader.GetString()!;
            if (value.Length == bytes.Length)
            {
                slots[slot] = value;
            }

            return value;
        }

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
            return (int)((key * 0x9E3779B97F4A7C15UL) >> 56);
        }
    }
}
