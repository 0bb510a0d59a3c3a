using HandlerSdk.RuntimeApi;

namespace HandlerSdk.Tests.RuntimeApi;

/// <summary>
/// What the reader refuses. A response it cannot frame exactly would desynchronise every later response on the
/// connection, so each of these fails loudly with <see cref="HttpProtocolException"/> and a message that says why.
/// </summary>
public sealed class HttpResponseReaderMalformedTests
{
    private static async Task<Exception> ReadFailureAsync(params string[] slices)
    {
        var reader = new HttpResponseReader();
        return await Assert.ThrowsAnyAsync<Exception>(
            async () => await reader.ReadAsync(ScriptedTransport.FromText(slices), isHeadRequest: false, CancellationToken.None));
    }

    private static async Task<HttpProtocolException> ProtocolErrorAsync(params string[] slices) =>
        Assert.IsType<HttpProtocolException>(await ReadFailureAsync(slices));

    [Theory]
    [InlineData("HTTP/1.1 2OO OK")]
    [InlineData("HTTP/1.1 20 OK")]
    [InlineData("HTTP/1.1 2000 OK")]
    [InlineData("HTTP/1.1  200 OK")]
    [InlineData("HTTP/1.1 099 Too low")]
    [InlineData("HTTP/2 200 OK")]
    [InlineData("ICY 200 OK")]
    [InlineData("")]
    public async Task A_bad_status_line_is_rejected_and_quoted(string statusLine)
    {
        var error = await ProtocolErrorAsync($"{statusLine}\r\nContent-Length: 0\r\n\r\n");

        Assert.Equal($"Malformed status line: '{statusLine}'.", error.Message);
    }

    [Fact]
    public async Task Control_characters_in_a_quoted_line_are_shown_as_question_marks()
    {
        var error = await ProtocolErrorAsync("HTTP/1.1 200 OK\r\nBad\u0001Header\r\n\r\n");

        Assert.Equal("Malformed header line: 'Bad?Header'.", error.Message);
    }

    [Fact]
    public async Task A_header_line_without_a_colon_is_rejected()
    {
        var error = await ProtocolErrorAsync("HTTP/1.1 200 OK\r\nContent-Length 5\r\n\r\nhello");

        Assert.Equal("Malformed header line: 'Content-Length 5'.", error.Message);
    }

    [Fact]
    public async Task A_header_line_with_an_empty_name_is_rejected()
    {
        var error = await ProtocolErrorAsync("HTTP/1.1 200 OK\r\n: value\r\nContent-Length: 0\r\n\r\n");

        Assert.StartsWith("Malformed header line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whitespace_between_a_header_name_and_its_colon_is_rejected()
    {
        // RFC 9112 §5.1: a server must reject it, as it is a known request smuggling vector.
        var error = await ProtocolErrorAsync("HTTP/1.1 200 OK\r\nContent-Length : 5\r\n\r\nhello");

        Assert.Equal("Malformed header line: 'Content-Length : 5'.", error.Message);
    }

    [Fact]
    public async Task An_obsolete_folded_header_line_is_rejected()
    {
        var error = await ProtocolErrorAsync("HTTP/1.1 200 OK\r\nX-Long: first part\r\n  continued\r\nContent-Length: 0\r\n\r\n");

        Assert.Equal("Obsolete header line folding is not accepted.", error.Message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("+5")]
    [InlineData("5 5")]
    [InlineData("5,5")]
    [InlineData("0x10")]
    [InlineData("")]
    [InlineData("99999999999999999999999")]
    public async Task An_invalid_Content_Length_is_rejected(string value)
    {
        var error = await ProtocolErrorAsync($"HTTP/1.1 200 OK\r\nContent-Length: {value}\r\n\r\nhello");

        Assert.Equal($"Invalid Content-Length: '{value}'.", error.Message);
    }

    [Fact]
    public async Task Two_different_Content_Lengths_are_rejected()
    {
        var error = await ProtocolErrorAsync("HTTP/1.1 200 OK\r\nContent-Length: 5\r\ncontent-length: 6\r\n\r\nhello!");

        Assert.Equal("Invalid Content-Length: '5'.", error.Message);
    }

    [Fact]
    public async Task The_same_Content_Length_twice_is_accepted()
    {
        var reader = new HttpResponseReader();

        await reader.ReadAsync(ScriptedTransport.FromText("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello"), false, CancellationToken.None);

        Assert.Equal("hello", Bytes.Text(reader.Body));
    }

    [Fact]
    public async Task A_Content_Length_over_the_body_limit_is_rejected_before_reading_the_body()
    {
        var reader = new HttpResponseReader(maxBodyBytes: 1000);

        var error = await Assert.ThrowsAsync<HttpProtocolException>(
            async () => await reader.ReadAsync(ScriptedTransport.FromText("HTTP/1.1 200 OK\r\nContent-Length: 1001\r\n\r\n"), false, CancellationToken.None));

        Assert.Equal("The response body of 1001 bytes exceeds the limit of 1000 bytes.", error.Message);
    }

    [Fact]
    public async Task A_transfer_coding_other_than_chunked_is_rejected()
    {
        var error = await ProtocolErrorAsync("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxx");

        Assert.Equal("Unsupported Transfer-Encoding: 'gzip'.", error.Message);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("zz")]
    [InlineData("")]
    [InlineData("ffffffff")]
    [InlineData("80000000")]
    [InlineData("100000000")]
    public async Task An_invalid_chunk_size_is_rejected(string size)
    {
        var error = await ProtocolErrorAsync($"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{size}\r\nhello\r\n0\r\n\r\n");

        Assert.Equal($"Invalid chunk size: '{size}'.", error.Message);
    }

    [Fact]
    public async Task A_chunk_size_over_the_body_limit_is_rejected()
    {
        var reader = new HttpResponseReader(maxBodyBytes: 1000);

        var error = await Assert.ThrowsAsync<HttpProtocolException>(async () => await reader.ReadAsync(
            ScriptedTransport.FromText("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7fffffff\r\nhello"), false, CancellationToken.None));

        Assert.Equal("The response body exceeds the limit of 1000 bytes.", error.Message);
    }

    [Fact]
    public async Task Chunks_that_add_up_past_the_body_limit_are_rejected()
    {
        var reader = new HttpResponseReader(maxBodyBytes: 8);

        var error = await Assert.ThrowsAsync<HttpProtocolException>(async () => await reader.ReadAsync(
            ScriptedTransport.FromText("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n"), false, CancellationToken.None));

        Assert.Equal("The response body exceeds the limit of 8 bytes.", error.Message);
    }

    [Fact]
    public async Task A_chunk_not_followed_by_CRLF_is_rejected()
    {
        var error = await ProtocolErrorAsync("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello!!\r\n0\r\n\r\n");

        Assert.Equal("A chunk is not followed by CRLF.", error.Message);
    }

    [Fact]
    public async Task A_connection_closed_before_any_byte_is_a_closed_connection_not_a_protocol_error()
    {
        var error = await ReadFailureAsync();

        Assert.IsType<HttpConnectionClosedException>(error);
        Assert.Equal("The server closed the connection before responding.", error.Message);
    }

    [Theory]
    [InlineData("H")]
    [InlineData("HTTP/1.1 200 OK\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r")]
    public async Task A_connection_closed_in_the_middle_of_the_header_is_a_protocol_error(string sent)
    {
        var error = await ProtocolErrorAsync(sent);

        Assert.Equal("The connection closed in the middle of a response header.", error.Message);
    }

    [Fact]
    public async Task A_connection_closed_in_the_middle_of_a_Content_Length_body_says_how_much_arrived()
    {
        var error = await ProtocolErrorAsync("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello");

        Assert.Equal("The connection closed after 5 of 10 body bytes.", error.Message);
    }

    [Fact]
    public async Task A_connection_closed_in_the_middle_of_a_chunk_is_a_protocol_error()
    {
        var error = await ProtocolErrorAsync("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nhello");

        Assert.Equal("The connection closed in the middle of a chunk.", error.Message);
    }

    [Theory]
    [InlineData("5\r\nhello\r\n")]
    [InlineData("5\r\nhello\r\n0\r\n")]
    [InlineData("5\r\nhello\r\n0\r\nTrailer: x\r\n")]
    [InlineData("5")]
    public async Task A_connection_closed_between_chunks_or_in_the_trailer_is_a_protocol_error(string body)
    {
        var error = await ProtocolErrorAsync($"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{body}");

        Assert.Equal("The connection closed in the middle of a chunked body.", error.Message);
    }

    [Fact]
    public async Task A_header_block_over_64_KB_is_rejected()
    {
        var filler = string.Concat(Enumerable.Range(0, 1000).Select(i => $"X-Filler-{i:D4}: {new string('v', 60)}\r\n"));

        var error = await ProtocolErrorAsync($"HTTP/1.1 200 OK\r\n{filler}Content-Length: 0\r\n\r\n");

        Assert.Equal("The response header is larger than 65536 bytes.", error.Message);
    }

    [Fact]
    public async Task A_header_block_over_64_KB_is_rejected_even_when_the_buffer_already_holds_it_whole()
    {
        // A big body earlier on the connection leaves a big buffer: the next header block can arrive in one read.
        var body = new string('b', 200 * 1024);
        var filler = string.Concat(Enumerable.Range(0, 1000).Select(i => $"X-Filler-{i:D4}: {new string('v', 60)}\r\n"));
        var transport = ScriptedTransport.FromText(
            $"HTTP/1.1 200 OK\r\nContent-Length: {body.Length}\r\n\r\n{body}",
            $"HTTP/1.1 200 OK\r\n{filler}Content-Length: 0\r\n\r\n");
        var reader = new HttpResponseReader();
        await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);

        var error = await Assert.ThrowsAsync<HttpProtocolException>(async () => await reader.ReadAsync(transport, false, CancellationToken.None));

        Assert.Equal("The response header is larger than 65536 bytes.", error.Message);
    }

    [Fact]
    public async Task A_header_block_just_under_64_KB_is_accepted()
    {
        var statusLine = "HTTP/1.1 200 OK\r\n";
        var ending = "Content-Length: 0\r\n\r\n";
        var fillerLength = HttpResponseReader.MaxHeaderBytes - statusLine.Length - ending.Length - "X-Big: \r\n".Length - 4;
        var reader = new HttpResponseReader();

        await reader.ReadAsync(ScriptedTransport.FromText($"{statusLine}X-Big: {new string('v', fillerLength)}\r\n{ending}"), false, CancellationToken.None);

        Assert.Equal(fillerLength, reader.Headers["X-Big"]!.Length);
    }
}
