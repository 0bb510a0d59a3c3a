// Types whose own code throws while they are read, for the tests that such an exception arrives as itself (not as a
// JSON error), and a reader over a ReadOnlySequence split into segments.
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using HandlerSdk;
using HandlerSdk.Generated;
using HandlerSdk.Serialization;

namespace Corpus;

public sealed class GuardedName
{
    public GuardedName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A name must have a letter.", nameof(name));
        }

        Name = name;
    }

    public string Name { get; }
}

public sealed class GuardedCount
{
    private int _count;

    public int Count
    {
        get => _count;
        set => _count = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A count is never negative.");
    }
}

public sealed class GuardedCode
{
    private readonly string _code = "none";

    public string Code
    {
        get => _code;
        init => _code = value.Length == 3 ? value : throw new InvalidOperationException($"'{value}' is not a three-letter code.");
    }
}

public sealed class GuardedSku
{
    public GuardedSku(string sku) => Sku = sku.StartsWith("SKU-", StringComparison.Ordinal) ? sku : throw new JsonException("A SKU starts with SKU-.");

    public string Sku { get; }
}

public sealed class GuardedHolder
{
    public GuardedSku? Item { get; set; }

    public List<GuardedName> Names { get; set; } = [];

    public GuardedCount? Counter { get; set; }

    public GuardedCode? Code { get; set; }
}

public static class UserCodeHandlers
{
    [LambdaHandler] public static GuardedHolder EchoGuarded(GuardedHolder value) => value;
}

public static class UserCodeBridge
{
    public static object? ReadHolder(byte[] json) =>
        JsonRead.Root(json, "Corpus.GuardedHolder", static (ref Utf8JsonReader reader) => LambdaJson.ReadGuardedHolder(ref reader));

    /// <summary>Reads <paramref name="type"/> from a sequence cut into segments of <paramref name="segmentLength"/> bytes.</summary>
    public static object? ReadSegmented(Type type, byte[] json, int segmentLength)
    {
        var reader = new Utf8JsonReader(Segments(json, segmentLength), JsonRead.ReaderOptions);
        reader.Read();
        if (type == typeof(Order))
        {
            return LambdaJson.ReadOrder(ref reader);
        }

        if (type == typeof(Everything))
        {
            return LambdaJson.ReadEverything(ref reader);
        }

        throw new ArgumentException($"No segmented reader for {type}.", nameof(type));
    }

    private static ReadOnlySequence<byte> Segments(byte[] json, int length)
    {
        Segment? first = null;
        Segment? last = null;
        for (var start = 0; start < json.Length; start += length)
        {
            var segment = new Segment(json.AsMemory(start, Math.Min(length, json.Length - start)), last);
            first ??= segment;
            last = segment;
        }

        return first is null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, Segment? previous)
        {
            Memory = memory;
            if (previous is not null)
            {
                RunningIndex = previous.RunningIndex + previous.Memory.Length;
                previous.Next = this;
            }
        }
    }
}
