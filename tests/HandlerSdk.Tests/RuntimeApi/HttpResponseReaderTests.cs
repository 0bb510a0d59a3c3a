using HandlerSdk.RuntimeApi;

namespace HandlerSdk.Tests.RuntimeApi;

/// <summary>
/// How the runtime reads what the Runtime API answers: a status line, header fields, an empty line, then a body
/// framed by Content-Length, by chunked transfer coding, or by the end of the connection.
/// </summary>
public sealed class HttpResponseReaderTests
{
    private static async Task<HttpResponseReader> ReadAsync(IHttpTransport transport)
    {
        var reader = new HttpResponseReader();
        await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);
        return reader;
    }

    private static Task<HttpResponseReader> ReadAsync(params string[] slices) => ReadAsync(ScriptedTransport.FromText(slices));

    [Fact]
    public async Task A_Content_Length_body_is_read_exactly()
    {
        var reader = await ReadAsync("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");

        Assert.Equal(200, reader.StatusCode);
        Assert.Equal("hello", Bytes.Text(reader.Body));
        Assert.True(reader.KeepAlive);
    }

    [Fact]
    public async Task A_zero_Content_Length_gives_an_empty_body()
    {
        var reader = await ReadAsync("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");

        Assert.Equal(202, reader.StatusCode);
        Assert.True(reader.Body.IsEmpty);
        Assert.True(reader.KeepAlive);
    }

    [Fact]
    public async Task The_reason_phrase_is_optional()
    {
        var reader = await ReadAsync("HTTP/1.1 202\r\nContent-Length: 0\r\n\r\n");

        Assert.Equal(202, reader.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_is_the_chunks_joined()
    {
        var reader = await ReadAsync("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\n\r\n");

        Assert.Equal("hello world", Bytes.Text(reader.Body));
        Assert.True(reader.KeepAlive);
    }

    [Fact]
    public async Task Chunk_sizes_are_hexadecimal_in_either_case()
    {
        var body = new string('x', 0x1A) + new string('y', 0x1a);
        var reader = await ReadAsync($"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1A\r\n{body[..26]}\r\n1a\r\n{body[26..]}\r\n0\r\n\r\n");

        Assert.Equal(body, Bytes.Text(reader.Body));
    }

    [Fact]
    public async Task Chunk_extensions_are_ignored()
    {
        var reader = await ReadAsync("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n0;last\r\n\r\n");

        Assert.Equal("hello", Bytes.Text(reader.Body));
    }

    [Fact]
    public async Task Trailer_fields_after_the_last_chunk_are_read_and_dropped()
    {
        var reader = await ReadAsync(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\nLambda-Runtime-Function-Error-Type: X\r\nOther: y\r\n\r\n" +
            "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");

        Assert.Equal("ok", Bytes.Text(reader.Body));
        Assert.Null(reader.Headers["Lambda-Runtime-Function-Error-Type"]);
    }

    [Fact]
    public async Task Transfer_encoding_chunked_wins_over_Content_Length()
    {
        var reader = await ReadAsync("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n");

        Assert.Equal("ok", Bytes.Text(reader.Body));
    }

    [Fact]
    public async Task Without_framing_the_body_runs_to_the_end_of_the_connection()
    {
        var reader = await ReadAsync("HTTP/1.1 200 OK\r\n\r\n", "until ", "the peer closes");

        Assert.Equal("until the peer closes", Bytes.Text(reader.Body));
        Assert.False(reader.KeepAlive);
    }

    [Fact]
    public async Task A_204_has_no_body_even_without_Content_Length()
    {
        var transport = ScriptedTransport.FromText("HTTP/1.1 204 No Content\r\n\r\n", "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nnext");
        var reader = new HttpResponseReader();

        await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);
        Assert.Equal(204, reader.StatusCode);
        Assert.True(reader.Body.IsEmpty);
        Assert.True(reader.KeepAlive);

        await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);
        Assert.Equal("next", Bytes.Text(reader.Body));
    }

    [Fact]
    public async Task A_100_Continue_before_the_real_response_is_skipped()
    {
        var reader = await ReadAsync("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nok");

        Assert.Equal(202, reader.StatusCode);
        Assert.Equal("ok", Bytes.Text(reader.Body));
    }

    [Theory]
    [InlineData("lambda-runtime-aws-request-id")]
    [InlineData("LAMBDA-RUNTIME-AWS-REQUEST-ID")]
    [InlineData("Lambda-Runtime-Aws-Request-Id")]
    [InlineData("lAmBdA-rUnTiMe-AwS-rEqUeSt-Id")]
    public async Task Header_names_match_in_any_case(string sentName)
    {
        var reader = await ReadAsync($"HTTP/1.1 200 OK\r\n{sentName}: 8476a536\r\ncontent-LENGTH: 0\r\n\r\n");

        Assert.Equal("8476a536", reader.Headers["Lambda-Runtime-Aws-Request-Id"]);
        Assert.Equal("8476a536", reader.Headers["lambda-runtime-aws-request-id"]);
    }

    [Fact]
    public async Task Header_names_that_differ_only_in_a_non_letter_do_not_match()
    {
        // '^' and '~' differ by the same bit as 'A' and 'a'; only letters fold.
        var reader = await ReadAsync("HTTP/1.1 200 OK\r\nX^A: 1\r\nContent-Length: 0\r\n\r\n");

        Assert.Equal("1", reader.Headers["X^A"]);
        Assert.Null(reader.Headers["X~A"]);
    }

    [Fact]
    public async Task Spaces_and_tabs_around_a_value_are_not_part_of_it()
    {
        var reader = await ReadAsync("HTTP/1.1 200 OK\r\nLambda-Runtime-Deadline-Ms: \t 1700000000000 \t\r\nEmpty:\r\nContent-Length:  2  \r\n\r\nok");

        Assert.Equal("1700000000000", reader.Headers["Lambda-Runtime-Deadline-Ms"]);
        Assert.Equal(string.Empty, reader.Headers["Empty"]);
        Assert.Equal("ok", Bytes.Text(reader.Body));
    }

    [Fact]
    public async Task Spaces_inside_a_value_are_kept()
    {
        var reader = await ReadAsync("HTTP/1.1 200 OK\r\nX-Note: a  b\tc\r\nContent-Length: 0\r\n\r\n");

        Assert.Equal("a  b\tc", reader.Headers["X-Note"]);
    }

    [Fact]
    public async Task A_missing_header_is_null()
    {
        var reader = await ReadAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");

        Assert.Null(reader.Headers["Lambda-Runtime-Trace-Id"]);
    }

    [Fact]
    public async Task Header_values_are_UTF8()
    {
        var transport = new ScriptedTransport([.. "HTTP/1.1 200 OK\r\nX-Name: "u8, .. "Zoë ✓"u8, .. "\r\nContent-Length: 0\r\n\r\n"u8]);

        var reader = await ReadAsync(transport);

        Assert.Equal("Zoë ✓", reader.Headers["X-Name"]);
    }

    [Fact]
    public async Task An_HTTP_1_1_response_keeps_the_connection_alive_by_default()
    {
        var reader = await ReadAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");

        Assert.True(reader.KeepAlive);
    }

    [Theory]
    [InlineData("close")]
    [InlineData("Close")]
    [InlineData("upgrade, close")]
    [InlineData(" CLOSE ")]
    public async Task Connection_close_ends_the_connection_after_the_response(string connection)
    {
        var reader = await ReadAsync($"HTTP/1.1 200 OK\r\nConnection: {connection}\r\nContent-Length: 0\r\n\r\n");

        Assert.False(reader.KeepAlive);
    }

    [Fact]
    public async Task An_HTTP_1_0_response_closes_the_connection_by_default()
    {
        var reader = await ReadAsync("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok");

        Assert.False(reader.KeepAlive);
        Assert.Equal("ok", Bytes.Text(reader.Body));
    }

    [Fact]
    public async Task An_HTTP_1_0_response_with_Connection_keep_alive_keeps_it()
    {
        var reader = await ReadAsync("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok");

        Assert.True(reader.KeepAlive);
    }

    [Fact]
    public async Task Two_responses_in_one_read_are_read_one_after_the_other()
    {
        var transport = ScriptedTransport.FromText(
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst" +
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nsecond\r\n0\r\n\r\n" +
            "HTTP/1.1 202 Accepted\r\nContent-Length: 5\r\n\r\nthird");
        var reader = new HttpResponseReader();

        await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);
        Assert.Equal("first", Bytes.Text(reader.Body));
        await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);
        Assert.Equal("second", Bytes.Text(reader.Body));
        await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);
        Assert.Equal(202, reader.StatusCode);
        Assert.Equal("third", Bytes.Text(reader.Body));
        Assert.Equal(1, transport.ReceiveCalls);
    }

    [Fact]
    public async Task Headers_of_the_previous_response_are_forgotten()
    {
        var transport = ScriptedTransport.FromText(
            "HTTP/1.1 200 OK\r\nLambda-Runtime-Trace-Id: Root=1\r\nContent-Length: 0\r\n\r\n" +
            "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        var reader = new HttpResponseReader();

        await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);
        await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);

        Assert.Null(reader.Headers["Lambda-Runtime-Trace-Id"]);
    }

    [Fact]
    public async Task A_response_to_HEAD_has_no_body_whatever_its_Content_Length()
    {
        var transport = ScriptedTransport.FromText("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n");
        var reader = new HttpResponseReader();

        await reader.ReadAsync(transport, isHeadRequest: true, CancellationToken.None);

        Assert.True(reader.Body.IsEmpty);
    }

    [Fact]
    public async Task A_6_MB_Content_Length_body_grows_the_buffer()
    {
        var body = BigBody(6 * 1024 * 1024);
        var transport = new ScriptedTransport([.. Bytes.Of($"HTTP/1.1 200 OK\r\nContent-Length: {body.Length}\r\n\r\n"), .. body]);

        var reader = await ReadAsync(transport);

        Assert.True(reader.Body.Span.SequenceEqual(body));
    }

    [Fact]
    public async Task A_6_MB_chunked_body_in_64_KB_chunks_is_reassembled()
    {
        var body = BigBody(6 * 1024 * 1024);
        var response = new MemoryStream();
        response.Write(Bytes.Of("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"));
        for (var offset = 0; offset < body.Length; offset += 65536)
        {
            var size = Math.Min(65536, body.Length - offset);
            response.Write(Bytes.Of($"{size:x}\r\n"));
            response.Write(body, offset, size);
            response.Write("\r\n"u8);
        }

        response.Write("0\r\n\r\n"u8);
        var slices = response.ToArray().Chunk(10_000).ToArray();

        var reader = await ReadAsync(new ScriptedTransport(slices));

        Assert.True(reader.Body.Span.SequenceEqual(body));
    }

    [Fact]
    public async Task A_6_MB_body_read_to_the_end_of_the_connection_is_whole()
    {
        var body = BigBody(6 * 1024 * 1024);
        var slices = new[] { Bytes.Of("HTTP/1.1 200 OK\r\n\r\n") }.Concat(body.Chunk(8192)).ToArray();

        var reader = await ReadAsync(new ScriptedTransport(slices));

        Assert.True(reader.Body.Span.SequenceEqual(body));
    }

    [Fact]
    public async Task A_small_body_read_to_the_end_of_the_connection_does_not_allocate_the_body_limit()
    {
        var body = BigBody(40 * 1024);
        var slices = new[] { Bytes.Of("HTTP/1.1 200 OK\r\n\r\n") }.Concat(body.Chunk(8192)).ToArray();
        var transport = new ScriptedTransport(slices);
        var reader = new HttpResponseReader();

        // The scripted transport completes synchronously, so every allocation of the read happens on this thread.
        var before = GC.GetAllocatedBytesForCurrentThread();
        await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(reader.Body.Span.SequenceEqual(body));
        Assert.True(allocated < 1024 * 1024, $"reading a 40 KB body allocated {allocated} bytes");
    }

    [Fact]
    public async Task A_big_body_followed_by_a_small_response_is_read_correctly()
    {
        var body = BigBody(2 * 1024 * 1024);
        var transport = new ScriptedTransport(
            [.. Bytes.Of($"HTTP/1.1 200 OK\r\nContent-Length: {body.Length}\r\n\r\n"), .. body],
            Bytes.Of("HTTP/1.1 202 Accepted\r\nContent-Length: 5\r\n\r\nsmall"));
        var reader = new HttpResponseReader();

        await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);
        Assert.Equal(body.Length, reader.Body.Length);
        await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);

        Assert.Equal(202, reader.StatusCode);
        Assert.Equal("small", Bytes.Text(reader.Body));
    }

    [Fact]
    public async Task Many_header_fields_are_all_kept()
    {
        var fields = string.Concat(Enumerable.Range(0, 100).Select(i => $"X-Field-{i}: value {i}\r\n"));

        var reader = await ReadAsync($"HTTP/1.1 200 OK\r\n{fields}Content-Length: 0\r\n\r\n");

        Assert.Equal(101, reader.Headers.Count);
        Assert.Equal("value 0", reader.Headers["X-Field-0"]);
        Assert.Equal("value 99", reader.Headers["X-Field-99"]);
    }

    private static byte[] BigBody(int length)
    {
        var body = new byte[length];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = (byte)('a' + (i * 7 % 26));
        }

        return body;
    }
}
