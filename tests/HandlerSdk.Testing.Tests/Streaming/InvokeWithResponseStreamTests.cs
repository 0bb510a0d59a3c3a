using System.Net;
using System.Text;
using System.Text.Json;

namespace HandlerSdk.Testing.Tests.Streaming;

/// <summary>The Invoke API's <c>InvokeWithResponseStream</c>, read with a plain HttpClient and an independent event-stream decoder.</summary>
public sealed class InvokeWithResponseStreamTests
{
    [Fact]
    public async Task Payload_chunks_arrive_as_events_while_the_function_runs_then_InvokeComplete()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { FunctionName = "tokens" });
        using var runtime = new RuntimeClient(lambda);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var timeout = new CancellationTokenSource(TestTimeouts.Long);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(lambda.BaseAddress, "/2021-11-15/functions/tokens/response-streaming-invocations"))
        {
            Content = new StringContent("""{"prompt":"hi"}"""),
        };
        request.Headers.Add("X-Amz-Log-Type", "Tail");
        var sending = http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        var requestId = await StreamedResponseTests.NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId);
        using var response = await sending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.amazon.eventstream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("$LATEST", RuntimeClient.Header(response, "X-Amz-Executed-Version"));
        Assert.Equal(requestId, RuntimeClient.Header(response, "x-amzn-RequestId"));
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);

        await stream.WriteAsync("Hel");
        var first = await EventStreamDecoder.ReadAsync(body, timeout.Token);
        Assert.Equal("PayloadChunk", first!.EventType);
        Assert.Equal("event", first.Headers[":message-type"]);
        Assert.Equal("application/octet-stream", first.Headers[":content-type"]);
        Assert.Equal("Hel", first.PayloadText);

        await stream.WriteAsync("lo");
        Assert.Equal("lo", (await EventStreamDecoder.ReadAsync(body, timeout.Token))!.PayloadText);
        Assert.Equal(202, await stream.EndAsync());

        var complete = await EventStreamDecoder.ReadAsync(body, timeout.Token);
        Assert.Equal("InvokeComplete", complete!.EventType);
        using var json = JsonDocument.Parse(complete.Payload);
        Assert.False(json.RootElement.TryGetProperty("ErrorCode", out _));
        var log = Encoding.UTF8.GetString(Convert.FromBase64String(json.RootElement.GetProperty("LogResult").GetString()!));
        Assert.Contains($"REPORT RequestId: {requestId}", log, StringComparison.Ordinal);
        Assert.Null(await EventStreamDecoder.ReadAsync(body, timeout.Token));
    }

    [Fact]
    public async Task An_error_mid_stream_ends_with_InvokeComplete_carrying_ErrorCode_and_ErrorDetails()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var timeout = new CancellationTokenSource(TestTimeouts.Long);
        var sending = http.PostAsync(new Uri(lambda.BaseAddress, "/2021-11-15/functions/function/response-streaming-invocations"), new StringContent("{}"), timeout.Token);

        var requestId = await StreamedResponseTests.NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId);
        await stream.WriteAsync("partial");
        var error = """{"errorMessage":"boom","errorType":"InvalidOperationException","stackTrace":[]}""";
        Assert.Equal(202, await stream.EndAsync("Function.InvalidOperationException", error));

        using var response = await sending;
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        Assert.Equal("partial", (await EventStreamDecoder.ReadAsync(body, timeout.Token))!.PayloadText);
        var complete = await EventStreamDecoder.ReadAsync(body, timeout.Token);
        Assert.Equal("InvokeComplete", complete!.EventType);
        using var json = JsonDocument.Parse(complete.Payload);
        Assert.Equal("Function.InvalidOperationException", json.RootElement.GetProperty("ErrorCode").GetString());
        Assert.Equal(error, json.RootElement.GetProperty("ErrorDetails").GetString());
        Assert.False(json.RootElement.TryGetProperty("LogResult", out _));
    }

    [Fact]
    public async Task A_buffered_function_answers_in_one_PayloadChunk()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var timeout = new CancellationTokenSource(TestTimeouts.Long);
        var sending = http.PostAsync(new Uri(lambda.BaseAddress, "/2021-11-15/functions/function/response-streaming-invocations"), new StringContent("{}"), timeout.Token);

        var requestId = await StreamedResponseTests.NextRequestIdAsync(runtime);
        using var posted = await runtime.RespondAsync(requestId, """{"whole":true}""");

        using var response = await sending;
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        Assert.Equal("""{"whole":true}""", (await EventStreamDecoder.ReadAsync(body, timeout.Token))!.PayloadText);
        Assert.Equal("InvokeComplete", (await EventStreamDecoder.ReadAsync(body, timeout.Token))!.EventType);
        Assert.Null(await EventStreamDecoder.ReadAsync(body, timeout.Token));
    }

    [Fact]
    public async Task Event_invocations_are_refused_as_Lambda_streams_synchronous_calls_only()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(lambda.BaseAddress, "/2021-11-15/functions/function/response-streaming-invocations"))
        {
            Content = new StringContent("{}"),
        };
        request.Headers.Add("X-Amz-Invocation-Type", "Event");

        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidParameterValueException", RuntimeClient.Header(response, "x-amzn-ErrorType"));
    }

    [Fact]
    public async Task An_unknown_function_is_not_found_on_the_streaming_route_too()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(lambda.BaseAddress, "/2021-11-15/functions/other/response-streaming-invocations"), new StringContent("{}"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
