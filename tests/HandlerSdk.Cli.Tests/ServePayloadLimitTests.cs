using System.Text;

namespace HandlerSdk.Cli.Tests;

/// <summary>
/// serve refuses an oversized Invoke body without holding it: from its Content-Length before reading a byte, or after one
/// byte past the limit of a chunked body. Each test sends less than the body it announces, so a server that read on
/// would never answer (the socket's receive timeout then fails the test).
/// </summary>
[Collection(HelloWorldSample.Name)]
public sealed class ServePayloadLimitTests(HelloWorldFixture sample)
{
    private const string TooLargeForInvoke = """{"Type":"User","message":"Request must be smaller than 6291456 bytes for the InvokeFunction operation"}""";

    [Fact]
    public async Task A_declared_300_MB_body_is_refused_before_it_is_sent()
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync();
        using var socket = await RawHttp.ConnectAsync(serve.Port);

        await RawHttp.SendAsync(socket, "POST /2015-03-31/functions/Hello/invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 314572800\r\n\r\n{\"name\":");
        var response = await RawHttp.ReadResponseAsync(socket);

        Assert.StartsWith("HTTP/1.1 413 ", response, StringComparison.Ordinal);
        Assert.Contains("x-amzn-ErrorType: RequestEntityTooLargeException", response, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Connection: close", response, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(TooLargeForInvoke, response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_is_cut_off_once_past_6_MB()
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync();
        using var socket = await RawHttp.ConnectAsync(serve.Port);

        await RawHttp.SendAsync(socket, "POST /2015-03-31/functions/Hello/invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        await RawHttp.SendChunksAsync(socket, totalBytes: 7 * 1024 * 1024); // and never the last chunk
        var response = await RawHttp.ReadResponseAsync(socket);

        Assert.StartsWith("HTTP/1.1 413 ", response, StringComparison.Ordinal);
        Assert.EndsWith(TooLargeForInvoke, response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_is_limited_to_1_MB_with_lambdas_event_wording()
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync();
        using var socket = await RawHttp.ConnectAsync(serve.Port);

        await RawHttp.SendAsync(socket, "POST /2015-03-31/functions/Hello/invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Invocation-Type: Event\r\nContent-Length: 2000000\r\n\r\n");
        var response = await RawHttp.ReadResponseAsync(socket);

        Assert.StartsWith("HTTP/1.1 413 ", response, StringComparison.Ordinal);
        Assert.EndsWith("""{"Type":"User","message":"2000000 byte payload is too large for the Event invocation type (limit 1048576 bytes)"}""", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_at_the_limit_still_reaches_the_function()
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync();
        var payload = "{\"name\":\"Ada\",\"pad\":\"" + new string('x', (6 * 1024 * 1024) - 23) + "\"}";
        Assert.Equal(6 * 1024 * 1024, Encoding.UTF8.GetByteCount(payload));

        var response = await serve.InvokeAsync("Hello", payload);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hello, Ada!", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
