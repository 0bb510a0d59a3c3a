using System.Buffers.Binary;
using System.Text;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// AWS event-stream framing (<c>application/vnd.amazon.eventstream</c>), as <c>InvokeWithResponseStream</c> answers:
/// total length, headers length, prelude CRC32, headers (string values only), payload, message CRC32; big-endian.
/// </summary>
internal static class EventStreamWriter
{
    private const int PreludeBytes = 12;
    private const int CrcBytes = 4;
    private const byte StringHeaderType = 7;

    /// <summary>A <c>PayloadChunk</c> event carrying the bytes as they were streamed.</summary>
    public static byte[] PayloadChunk(ReadOnlySpan<byte> payload) =>
        Event("PayloadChunk", "application/octet-stream", payload);

    /// <summary>The closing <c>InvokeComplete</c> event: a JSON object with the error (if any) and the log tail.</summary>
    public static byte[] InvokeComplete(string? errorCode, string? errorDetails, string? logResult) =>
        Event("InvokeComplete", "application/json", JsonBodies.InvokeComplete(errorCode, errorDetails, logResult));

    private static byte[] Event(string eventType, string contentType, ReadOnlySpan<byte> payload)
    {
        Span<byte> headers = stackalloc byte[HeaderLength(":event-type", eventType) + HeaderLength(":content-type", contentType) + HeaderLength(":message-type", "event")];
        var offset = WriteHeader(headers, ":event-type", eventType);
        offset += WriteHeader(headers[offset..], ":content-type", contentType);
        WriteHeader(headers[offset..], ":message-type", "event");

        var message = new byte[PreludeBytes + headers.Length + payload.Length + CrcBytes];
        BinaryPrimitives.WriteInt32BigEndian(message, message.Length);
        BinaryPrimitives.WriteInt32BigEndian(message.AsSpan(4), headers.Length);
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(8), Crc32.Compute(message.AsSpan(0, 8)));
        headers.CopyTo(message.AsSpan(PreludeBytes));
        payload.CopyTo(message.AsSpan(PreludeBytes + headers.Length));
        var crcAt = message.Length - CrcBytes;
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(crcAt), Crc32.Compute(message.AsSpan(0, crcAt)));
        return message;
    }

    private static int HeaderLength(string name, string value) => 1 + Encoding.ASCII.GetByteCount(name) + 1 + 2 + Encoding.UTF8.GetByteCount(value);

    private static int WriteHeader(Span<byte> destination, string name, string value)
    {
        var nameLength = Encoding.ASCII.GetBytes(name, destination[1..]);
        destination[0] = (byte)nameLength;
        var at = 1 + nameLength;
        destination[at++] = StringHeaderType;
        var valueLength = Encoding.UTF8.GetBytes(value, destination[(at + 2)..]);
        BinaryPrimitives.WriteUInt16BigEndian(destination[at..], (ushort)valueLength);
        return at + 2 + valueLength;
    }
}

/// <summary>CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), the checksum event-stream frames carry.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var i = 0u; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        return table;
    }
}
