using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using HandlerSdk.Serialization;
using HandlerSdk.Serialization.Payloads;

namespace HandlerSdk.Tests.Serialization.Payloads;

/// <summary>
/// The payloads carried in a JSON string (JSON text, base64 JSON, base64 gzip JSON): decoded to the bytes the inner
/// reader sees, encoded back to what AWS sends, and bad input refused with an error that says what was expected.
/// </summary>
public sealed class PayloadTextTests
{
    private static readonly ReadValue<string> RawText = static (ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader).GetRawText();

    [Theory]
    [InlineData("\"{\\\"orderId\\\":\\\"o-1\\\",\\\"total\\\":12.5}\"", "{\"orderId\":\"o-1\",\"total\":12.5}")]
    [InlineData("\"42\"", "42")]
    [InlineData("\"{\\\"name\\\":\\\"caf\\u00e9 \\\\u00e9\\\"}\"", "{\"name\":\"café \\u00e9\"}")]
    [InlineData("\"[1,\\n2]\"", "[1,\n2]")]
    public void Json_text_in_a_string_is_unescaped_and_read(string value, string expected) =>
        Assert.Equal(expected, Read(value, PayloadEncoding.Json, RawText));

    [Fact]
    public void Base64_json_is_decoded_and_read()
    {
        var encoded = Convert.ToBase64String("{\"id\":7}"u8);

        Assert.Equal("{\"id\":7}", Read($"\"{encoded}\"", PayloadEncoding.Base64Json, RawText));
    }

    [Fact]
    public void Base64_with_escaped_slashes_is_unescaped_before_decoding()
    {
        // "???" encodes to "Pz8/": some encoders escape the slash.
        var encoded = Convert.ToBase64String("\"???\""u8).Replace("/", "\\/", StringComparison.Ordinal);

        Assert.Equal("\"???\"", Read($"\"{encoded}\"", PayloadEncoding.Base64Json, RawText));
    }

    [Fact]
    public void Base64_gzip_json_is_decoded_decompressed_and_read()
    {
        var json = "{\"logEvents\":[" + string.Join(",", Enumerable.Range(0, 500).Select(i => $"{{\"id\":\"{i}\",\"message\":\"line {i}\"}}")) + "]}";

        Assert.Equal(json, Read($"\"{Convert.ToBase64String(Gzip(json))}\"", PayloadEncoding.Base64GzipJson, RawText));
    }

    [Fact]
    public void Gzip_data_that_inflates_past_the_limit_is_refused()
    {
        var json = Encoding.UTF8.GetBytes($"\"{Convert.ToBase64String(Gzip("[" + new string(' ', 100_000) + "]"))}\"");
        var buffer = PayloadBuffer.Rent();
        var compressed = PayloadBuffer.Rent();
        try
        {
            var error = Assert.Throws<LambdaJsonException>(() =>
            {
                var reader = new Utf8JsonReader(json);
                reader.Read();
                PayloadText.Base64GzipJson(ref reader, buffer, compressed, "Logs", limit: 50_000);
            });

            Assert.Contains("could not be converted to Logs: the gzip data decompresses to more than 50,000 bytes.", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            compressed.Return();
            buffer.Return();
        }
    }

    [Theory]
    [InlineData(PayloadEncoding.Json, "{\"a\":1}", "expected a string holding JSON text, found an object")]
    [InlineData(PayloadEncoding.Json, "12", "expected a string holding JSON text, found a number")]
    [InlineData(PayloadEncoding.Base64Json, "true", "expected a string holding base64-encoded JSON, found a boolean")]
    [InlineData(PayloadEncoding.Base64GzipJson, "[]", "expected a string holding base64-encoded gzip data, found an array")]
    [InlineData(PayloadEncoding.Base64Json, "\"not base64!\"", "the string is not valid base64")]
    [InlineData(PayloadEncoding.Base64GzipJson, "\"eyJhIjoxfQ==\"", "the base64 data is not gzip-compressed")]
    [InlineData(PayloadEncoding.Json, "\"\"", "The payload is empty; expected the JSON of Order.")]
    [InlineData(PayloadEncoding.Json, "\"1 2\"", "'2' is invalid after a single JSON value")]
    [InlineData(PayloadEncoding.Base64Json, "\"\"", "The payload is empty; expected the JSON of Order.")]
    public void A_value_that_does_not_carry_the_payload_is_a_clear_error(PayloadEncoding encoding, string value, string message)
    {
        var error = Assert.ThrowsAny<JsonException>(() => Read(value, encoding, RawText));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_json_fails_in_the_payload()
    {
        var error = Assert.ThrowsAny<JsonException>(() => Read("\"{\\\"a\\\":}\"", PayloadEncoding.Json, RawText));

        Assert.Contains("'}' is an invalid start of a value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PayloadEncoding.Json)]
    [InlineData(PayloadEncoding.Base64Json)]
    [InlineData(PayloadEncoding.Base64GzipJson)]
    public void Written_payloads_read_back_to_the_same_json(PayloadEncoding encoding)
    {
        const string Json = "{\"orderId\":\"o-1\",\"note\":\"caf\u00e9 \\\"quoted\\\"\",\"lines\":[{\"sku\":\"A\",\"quantity\":2}]}";

        var written = Write(Json, encoding);

        Assert.Equal(Json, Read(written, encoding, RawText));
    }

    [Fact]
    public void Json_is_written_as_the_text_of_a_string()
    {
        var written = Write("{\"a\":\"b\"}", PayloadEncoding.Json);

        Assert.Equal("{\"a\":\"b\"}", JsonSerializer.Deserialize<string>(written));
    }

    [Fact]
    public void Base64_gzip_is_written_as_real_gzip()
    {
        var written = Write("{\"a\":[1,2,3]}", PayloadEncoding.Base64GzipJson);

        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(JsonSerializer.Deserialize<string>(written)!)), CompressionMode.Decompress);
        using var text = new StreamReader(gzip);
        Assert.Equal("{\"a\":[1,2,3]}", text.ReadToEnd());
    }

    [Fact]
    public void A_payload_inside_a_payload_reads_from_its_own_buffer()
    {
        // An SNS notification in an SQS body: the outer buffer is still in use while the inner one is decoded.
        var inner = JsonSerializer.Serialize("{\"id\":7}");
        var outer = JsonSerializer.Serialize($"{{\"Message\":{inner},\"after\":\"x\"}}");

        var read = Read(outer, PayloadEncoding.Json, static (ref Utf8JsonReader reader) =>
        {
            reader.Read();
            reader.Read();
            var message = JsonPayload.Read(ref reader, PayloadEncoding.Json, "Inner", RawText);
            reader.Read();
            reader.Read();
            return message + reader.GetString() + (reader.Read() ? reader.TokenType.ToString() : "");
        });

        Assert.Equal("{\"id\":7}xEndObject", read);
    }

    [Fact]
    public void Reading_a_batch_of_payloads_allocates_nothing_per_record()
    {
        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize("{\"orderId\":\"o-1\",\"quantity\":3,\"lines\":[1,2,3,4,5,6,7,8,9,10]}"));
        ReadValue<int> count = static (ref Utf8JsonReader reader) =>
        {
            var depth = reader.CurrentDepth;
            var tokens = 0;
            while (reader.Read() && reader.CurrentDepth > depth)
            {
                tokens++;
            }

            return tokens;
        };
        ReadAll(json, count, 10);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var tokens = ReadAll(json, count, 1000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(17_000, tokens);
        Assert.Equal(0, allocated);
    }

    private static int ReadAll(byte[] json, ReadValue<int> count, int times)
    {
        var total = 0;
        for (var i = 0; i < times; i++)
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            total += JsonPayload.Read(ref reader, PayloadEncoding.Json, "Order", count);
        }

        return total;
    }

    internal static string Read(string value, PayloadEncoding encoding, ReadValue<string> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(value));
        reader.Read();
        return JsonPayload.Read(ref reader, encoding, "Order", read);
    }

    internal static string Write(string json, PayloadEncoding encoding)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            JsonPayload.Write(writer, json, encoding, "Order", static (inner, text) => inner.WriteRawValue(text));
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
