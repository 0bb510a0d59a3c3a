using System.Buffers;
using System.Buffers.Text;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace HandlerSdk.Serialization.Payloads;

/// <summary>
/// The payload encodings carried in a JSON string: JSON text (an SQS body, an SNS message), base64 JSON (Kinesis,
/// Kafka, Firehose) and base64 gzip JSON (CloudWatch Logs). Decoding goes from the reader's bytes straight to UTF-8
/// JSON in a pooled buffer, with no <see cref="string"/> in between; encoding goes the other way.
/// </summary>
internal static class PayloadText
{
    /// <summary>
    /// The most a gzip payload may decompress to. Lambda's own limit on an event is 6 MB, and CloudWatch Logs sends
    /// at most ~1 MB of log events per record, so this only stops a small input that inflates without bound.
    /// </summary>
    public const int MaxDecompressedBytes = 256 << 20;

    /// <summary>The JSON text a string value holds, unescaped: the reader's own bytes when it has no escapes.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="buffer">Where escaped text is unescaped to.</param>
    /// <param name="typeName">The payload's type, for errors.</param>
    /// <returns>The UTF-8 JSON of the payload.</returns>
    public static ReadOnlySpan<byte> Json(scoped ref Utf8JsonReader reader, PayloadBuffer buffer, string typeName)
    {
        Expect(ref reader, typeName, "a string holding JSON text");
        return Unescaped(ref reader, buffer);
    }

    /// <summary>The JSON a string of base64 holds.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="buffer">Where the bytes are decoded to.</param>
    /// <param name="typeName">The payload's type, for errors.</param>
    /// <returns>The decoded bytes.</returns>
    public static ReadOnlySpan<byte> Base64Json(scoped ref Utf8JsonReader reader, PayloadBuffer buffer, string typeName)
    {
        Expect(ref reader, typeName, "a string holding base64-encoded JSON");
        return DecodeBase64(ref reader, buffer, typeName);
    }

    /// <summary>The JSON a string of base64 gzip data holds.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="buffer">Where the JSON is decompressed to.</param>
    /// <param name="compressed">Where the gzip data is decoded to first.</param>
    /// <param name="typeName">The payload's type, for errors.</param>
    /// <param name="limit">The most the data may decompress to.</param>
    /// <returns>The decompressed bytes.</returns>
    public static ReadOnlySpan<byte> Base64GzipJson(scoped ref Utf8JsonReader reader, PayloadBuffer buffer, PayloadBuffer compressed, string typeName, int limit = MaxDecompressedBytes)
    {
        Expect(ref reader, typeName, "a string holding base64-encoded gzip data");
        DecodeBase64(ref reader, compressed, typeName);
        if (!MemoryMarshal.TryGetArray(compressed.WrittenMemory, out var data))
        {
            throw new InvalidOperationException("A payload buffer is always an array.");
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(data.Array!, data.Offset, data.Count, writable: false), CompressionMode.Decompress);
            while (true)
            {
                var read = gzip.Read(buffer.GetSpan(16 * 1024));
                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
                if (buffer.Written.Length > limit)
                {
                    throw new LambdaJsonException($"The JSON value could not be converted to {typeName}: the gzip data decompresses to more than {limit:N0} bytes.");
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new LambdaJsonException($"The JSON value could not be converted to {typeName}: the base64 data is not gzip-compressed ({e.Message}).", e);
        }

        return buffer.Written;
    }

    /// <summary>Writes <paramref name="json"/> as the text of a JSON string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="json">The payload's UTF-8 JSON.</param>
    public static void WriteJson(Utf8JsonWriter writer, ReadOnlySpan<byte> json) => writer.WriteStringValue(json);

    /// <summary>Writes <paramref name="json"/> as a base64 string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="json">The payload's UTF-8 JSON.</param>
    public static void WriteBase64Json(Utf8JsonWriter writer, ReadOnlySpan<byte> json) => writer.WriteBase64StringValue(json);

    /// <summary>Writes <paramref name="json"/> gzip-compressed, as a base64 string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="json">The payload's UTF-8 JSON.</param>
    /// <param name="compressed">Where the gzip data is made.</param>
    public static void WriteBase64GzipJson(Utf8JsonWriter writer, ReadOnlySpan<byte> json, PayloadBuffer compressed)
    {
        using (var gzip = new GZipStream(new BufferStream(compressed), CompressionLevel.Fastest))
        {
            gzip.Write(json);
        }

        writer.WriteBase64StringValue(compressed.Written);
    }

    private static void Expect(ref Utf8JsonReader reader, string typeName, string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonRead.Mismatch(ref reader, typeName, expected);
        }
    }

    private static ReadOnlySpan<byte> Unescaped(scoped ref Utf8JsonReader reader, PayloadBuffer buffer)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        // Unescaped text is never longer than escaped text.
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var written = reader.CopyString(buffer.GetSpan(length));
        buffer.Advance(written);
        return buffer.Written;
    }

    private static ReadOnlySpan<byte> DecodeBase64(scoped ref Utf8JsonReader reader, PayloadBuffer buffer, string typeName)
    {
        OperationStatus status;
        int written;
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            var text = reader.ValueSpan;
            status = Base64.DecodeFromUtf8(text, buffer.GetSpan(Base64.GetMaxDecodedFromUtf8Length(text.Length)), out _, out written);
        }
        else
        {
            // An escaped string ("\/" for "/") is unescaped into the buffer, then decoded where it lies.
            var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
            var span = buffer.GetSpan(length);
            var unescaped = reader.CopyString(span);
            status = Base64.DecodeFromUtf8InPlace(span[..unescaped], out written);
        }

        if (status != OperationStatus.Done)
        {
            throw new LambdaJsonException($"The JSON value could not be converted to {typeName}: the string is not valid base64.");
        }

        buffer.Advance(written);
        return buffer.Written;
    }

    /// <summary>A write-only stream into a <see cref="PayloadBuffer"/>, for the gzip encoder.</summary>
    private sealed class BufferStream(PayloadBuffer target) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            buffer.CopyTo(target.GetSpan(buffer.Length));
            target.Advance(buffer.Length);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
