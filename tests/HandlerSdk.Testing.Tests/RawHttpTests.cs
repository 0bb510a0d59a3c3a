namespace HandlerSdk.Testing.Tests;

public sealed class RawHttpTests
{
    [Fact]
    public async Task Chunked_response_with_trailers_and_lowercase_headers_on_one_kept_alive_connection()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var raw = await RawHttp.ConnectAsync(lambda);

        var invoke = lambda.InvokeAsync("""{"hello":"world"}""");
        var next = await raw.SendAsync("get /2018-06-01/runtime/invocation/next HTTP/1.1\r\nhost: 127.0.0.1\r\nuser-agent: raw\r\n\r\n".Replace("get ", "GET ", StringComparison.Ordinal));

        Assert.Equal(200, next.Status);
        Assert.Equal("""{"hello":"world"}""", next.Body);
        var requestId = next.Headers["lambda-runtime-aws-request-id"];
        Assert.True(next.Headers.ContainsKey("LAMBDA-RUNTIME-DEADLINE-MS"));

        var response = await raw.SendAsync(
            $"POST /2018-06-01/runtime/invocation/{requestId}/response HTTP/1.1\r\n" +
            "HOST: 127.0.0.1\r\n" +
            "transfer-encoding: chunked\r\n" +
            "content-type: application/json\r\n" +
            "trailer: X-Checksum\r\n" +
            "\r\n" +
            "5\r\n{\"ok\"\r\n" +
            "6\r\n:true}\r\n" +
            "0\r\n" +
            "x-checksum: abc\r\n" +
            "\r\n");

        Assert.Equal(202, response.Status);
        Assert.Equal("""{"status":"OK"}""", response.Body);
        Assert.Equal("""{"ok":true}""", (await TestTimeouts.Within(invoke)).PayloadText);
    }

    [Fact]
    public async Task Content_length_error_post_and_the_next_poll_share_a_connection()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var raw = await RawHttp.ConnectAsync(lambda);

        var invoke = lambda.InvokeAsync("{}");
        var next = await raw.SendAsync("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const string error = """{"errorType":"E","errorMessage":"m","stackTrace":[]}""";
        var posted = await raw.SendAsync(
            $"POST /2018-06-01/runtime/invocation/{next.Headers["Lambda-Runtime-Aws-Request-Id"]}/error HTTP/1.1\r\n" +
            "Host: 127.0.0.1\r\nlambda-runtime-function-error-type: Function.E\r\n" +
            $"Content-Length: {error.Length}\r\n\r\n{error}");

        Assert.Equal(202, posted.Status);
        var result = await TestTimeouts.Within(invoke);
        Assert.Equal(error, result.PayloadText);
        Assert.Equal("Function.E", result.FunctionErrorType);
    }

    [Fact]
    public async Task Streamed_error_in_trailers_becomes_a_function_error()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var raw = await RawHttp.ConnectAsync(lambda);

        var invoke = lambda.InvokeAsync("{}");
        var next = await raw.SendAsync("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        var errorBody = Convert.ToBase64String("""{"errorType":"Boom","errorMessage":"midway"}"""u8);
        var posted = await raw.SendAsync(
            $"POST /2018-06-01/runtime/invocation/{next.Headers["Lambda-Runtime-Aws-Request-Id"]}/response HTTP/1.1\r\n" +
            "Host: 127.0.0.1\r\nLambda-Runtime-Function-Response-Mode: streaming\r\nTransfer-Encoding: chunked\r\n" +
            "Trailer: Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body\r\n\r\n" +
            "3\r\npar\r\n0\r\n" +
            $"Lambda-Runtime-Function-Error-Type: Function.Boom\r\nLambda-Runtime-Function-Error-Body: {errorBody}\r\n\r\n");

        Assert.Equal(202, posted.Status);
        var result = await TestTimeouts.Within(invoke);
        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal("Function.Boom", result.FunctionErrorType);
        Assert.Equal("""{"errorType":"Boom","errorMessage":"midway"}""", result.PayloadText);
    }

    [Fact]
    public async Task Streaming_response_mode_body_is_taken_as_the_response()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var raw = await RawHttp.ConnectAsync(lambda);

        var invoke = lambda.InvokeAsync("{}");
        var next = await raw.SendAsync("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        var posted = await raw.SendAsync(
            $"POST /2018-06-01/runtime/invocation/{next.Headers["Lambda-Runtime-Aws-Request-Id"]}/response HTTP/1.1\r\n" +
            "Host: 127.0.0.1\r\nLambda-Runtime-Function-Response-Mode: streaming\r\nTransfer-Encoding: chunked\r\n\r\n" +
            "6\r\nhello \r\n5\r\nworld\r\n0\r\n\r\n");

        Assert.Equal(202, posted.Status);
        Assert.Equal("hello world", (await TestTimeouts.Within(invoke)).PayloadText);
    }

    [Fact]
    public async Task A_streamed_text_plain_response_keeps_its_content_type_through_the_invoke_api()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var raw = await RawHttp.ConnectAsync(lambda);
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        var invoke = http.PostAsync("/2015-03-31/functions/function/invocations", new StringContent("{}"));
        var next = await raw.SendAsync("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        var posted = await raw.SendAsync(
            $"POST /2018-06-01/runtime/invocation/{next.Headers["Lambda-Runtime-Aws-Request-Id"]}/response HTTP/1.1\r\n" +
            "Host: 127.0.0.1\r\nLambda-Runtime-Function-Response-Mode: streaming\r\nContent-Type: text/plain; charset=utf-8\r\n" +
            "Transfer-Encoding: chunked\r\n\r\n5\r\nplain\r\n0\r\n\r\n");
        using var response = await TestTimeouts.Within(invoke);

        Assert.Equal(202, posted.Status);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("plain", await response.Content.ReadAsStringAsync());
    }
}
