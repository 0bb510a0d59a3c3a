using System.Buffers.Binary;
using System.Text;

namespace HandlerSdk.Testing.Tests.Streaming;

/// <summary>One decoded event-stream message: its string headers and payload.</summary>
internal sealed record EventMessage(IReadOnlyDictionary<string, string> Headers, byte[] Payload)
{
    public string EventType => Headers[":event-type"];

    public string PayloadText => Encoding.UTF8.GetString(Payload);
}

/// <summary>
/// An event-stream reader written from the framing rules alone (not sharing the emulator's code): checks both CRCs and
/// every length, so a malformed frame fails the test.
/// </summary>
internal static class EventStreamDecoder
{
    /// <summary>Reads the next whole message from the stream; null at a clean end of stream.</summary>
    public static async Task<EventMessage?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var prelude = new byte[12];
        if (!await ReadExactlyOrEndAsync(stream, prelude, cancellationToken))
        {
            return null;
        }

        var total = BinaryPrimitives.ReadInt32BigEndian(prelude);
        var headersLength = BinaryPrimitives.ReadInt32BigEndian(prelude.AsSpan(4));
        Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(prelude.AsSpan(8)), BitwiseCrc32(prelude.AsSpan(0, 8)));
        Assert.InRange(total, 16 + headersLength, 16 * 1024 * 1024 + 128 * 1024);

        var message = new byte[total];
        prelude.CopyTo(message, 0);
        if (!await ReadExactlyOrEndAsync(stream, message.AsMemory(12), cancellationToken))
        {
            throw new IOException("the stream ended inside a message");
        }

        Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(message.AsSpan(total - 4)), BitwiseCrc32(message.AsSpan(0, total - 4)));
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        var at = 12;
        while (at < 12 + headersLength)
        {
            var nameLength = message[at++];
            var name = Encoding.UTF8.GetString(message, at, nameLength);
            at += nameLength;
            Assert.Equal(7, message[at++]); // string: the only type Lambda's events use
            var valueLength = BinaryPrimitives.ReadUInt16BigEndian(message.AsSpan(at));
            at += 2;
            headers[name] = Encoding.UTF8.GetString(message, at, valueLength);
            at += valueLength;
        }

        Assert.Equal(12 + headersLength, at);
        return new EventMessage(headers, message[at..(total - 4)]);
    }

    private static async Task<bool> ReadExactlyOrEndAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer[filled..], cancellationToken);
            if (read == 0)
            {
                return filled == 0 ? false : throw new IOException("the stream ended inside a message prelude");
            }

            filled += read;
        }

        return true;
    }

    /// <summary>CRC-32 bit by bit, deliberately unlike the emulator's table-driven one.</summary>
    private static uint BitwiseCrc32(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
            }
        }

        return ~crc;
    }
}
