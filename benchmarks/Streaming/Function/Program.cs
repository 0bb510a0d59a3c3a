using System.Buffers.Binary;
using System.Buffers.Text;
using System.Diagnostics;
using HandlerSdk;

// The streaming benchmark's function. The event says what to do:
//   "latency": two 8-byte writes, each carrying the monotonic clock (Stopwatch, CLOCK_MONOTONIC on Linux, shared with
//              the harness) read just before the write; the harness subtracts it from its own clock at arrival.
//   "bulk <bytes> <writeSize>": <bytes> in writes of <writeSize> from one reused buffer.
return await LambdaRuntime.RunAsync(handlers => handlers.AddStreaming("Stream", Stream));

static ValueTask Stream(ReadOnlyMemory<byte> @event, ILambdaContext context, LambdaResponseStream response, CancellationToken cancellationToken)
{
    var text = @event.Span;
    Span<byte> stamp = stackalloc byte[8];
    if (text.SequenceEqual("latency"u8))
    {
        BinaryPrimitives.WriteInt64LittleEndian(stamp, Stopwatch.GetTimestamp());
        response.Write(stamp);
        BinaryPrimitives.WriteInt64LittleEndian(stamp, Stopwatch.GetTimestamp());
        response.Write(stamp);
        return ValueTask.CompletedTask;
    }

    // "bulk <bytes> <writeSize>"
    var rest = text["bulk "u8.Length..];
    if (!Utf8Parser.TryParse(rest, out long total, out var consumed) || !Utf8Parser.TryParse(rest[(consumed + 1)..], out int writeSize, out _) || writeSize <= 0)
    {
        throw new ArgumentException("Expected \"latency\" or \"bulk <bytes> <writeSize>\".");
    }

    var buffer = Buffer(writeSize);
    for (var sent = 0L; sent < total; sent += writeSize)
    {
        response.Write(buffer.AsSpan(0, (int)Math.Min(writeSize, total - sent)));
    }

    return ValueTask.CompletedTask;
}

static byte[] Buffer(int size)
{
    var buffer = new byte[size];
    buffer.AsSpan().Fill((byte)'x');
    return buffer;
}
