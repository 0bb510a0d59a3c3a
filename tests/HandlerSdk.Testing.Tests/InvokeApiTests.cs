using System.Net;
using System.Text;
using System.Text.Json;

namespace HandlerSdk.Testing.Tests;

public sealed class InvokeApiTests
{
    private const string InvokePath = "/2015-03-31/functions/function/invocations";

    [Fact]
    public async Task Request_response_returns_the_payload_with_lambda_headers_and_the_log_tail()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };
        var echo = EchoOnceAsync(runtime);

        using var request = new HttpRequestMessage(HttpMethod.Post, InvokePath) { Content = new StringContent("""{"a":1}""") };
        request.Headers.Add("X-Amz-Log-Type", "Tail");
        request.Headers.Add("X-Amz-Client-Context", Convert.ToBase64String("""{"custom":{"k":"v"}}"""u8));
        using var response = await http.SendAsync(request);
        var (requestId, clientContext) = await TestTimeouts.Within(echo);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"a":1}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("$LATEST", RuntimeClient.Header(response, "X-Amz-Executed-Version"));
        Assert.Equal(requestId, RuntimeClient.Header(response, "x-amzn-RequestId"));
        Assert.False(response.Headers.Contains("X-Amz-Function-Error"));
        Assert.Equal("""{"custom":{"k":"v"}}""", clientContext);
        var tail = Encoding.UTF8.GetString(Convert.FromBase64String(RuntimeClient.Header(response, "X-Amz-Log-Result")));
        Assert.StartsWith($"START RequestId: {requestId} Version: $LATEST\nEND RequestId: {requestId}\nREPORT RequestId: {requestId}\t", tail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Function_error_sets_x_amz_function_error()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };
        var fail = FailOnceAsync(runtime);

        using var response = await http.PostAsync($"{InvokePath}?Qualifier=$LATEST", new StringContent("{}"));
        await TestTimeouts.Within(fail);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Unhandled", RuntimeClient.Header(response, "X-Amz-Function-Error"));
        Assert.Equal("""{"errorType":"E","errorMessage":"m"}""", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("X-Amz-Log-Result"));
    }

    [Fact]
    public async Task Timeout_is_reported_to_the_caller_as_sandbox_timedout()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { Timeout = TimeSpan.FromSeconds(1) });
        using var runtime = new RuntimeClient(lambda);
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        var call = http.PostAsync(InvokePath, new StringContent("{}"));
        using var next = await runtime.NextAsync();
        using var response = await TestTimeouts.Within(call);

        Assert.Equal("Unhandled", RuntimeClient.Header(response, "X-Amz-Function-Error"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Sandbox.Timedout", body.RootElement.GetProperty("errorType").GetString());
    }

    [Fact]
    public async Task Event_invocations_are_accepted_at_once_and_run_in_order()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, InvokePath) { Content = new StringContent($$"""{"n":{{i}}}""") };
            request.Headers.Add("X-Amz-Invocation-Type", "Event");
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
            Assert.True(response.Headers.Contains("x-amzn-RequestId"));
        }

        for (var i = 0; i < 3; i++)
        {
            using var next = await runtime.NextAsync();
            Assert.Equal($$"""{"n":{{i}}}""", await next.Content.ReadAsStringAsync());
            using var _ = await runtime.RespondAsync(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"), "{}");
        }

        await TestTimeouts.UntilAsync(() => lambda.Output.Count(line => line.StartsWith("REPORT ", StringComparison.Ordinal)) == 3);
    }

    [Fact]
    public async Task Dry_run_validates_without_invoking()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var request = new HttpRequestMessage(HttpMethod.Post, InvokePath) { Content = new StringContent("{}") };
        request.Headers.Add("X-Amz-Invocation-Type", "DryRun");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(lambda.Output);
    }

    [Theory]
    [InlineData("other")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:other")]
    public async Task Unknown_function_is_resource_not_found(string name)
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var response = await http.PostAsync($"/2015-03-31/functions/{Uri.EscapeDataString(name)}/invocations", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ResourceNotFoundException", RuntimeClient.Header(response, "x-amzn-ErrorType"));
        Assert.Equal(
            """{"Type":"User","message":"Function not found: arn:aws:lambda:us-east-1:123456789012:function:other"}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Full_arn_and_name_with_qualifier_resolve_to_the_function()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        foreach (var name in new[] { "arn:aws:lambda:us-east-1:123456789012:function:function", "function:$LATEST", "123456789012:function:function" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/2015-03-31/functions/{Uri.EscapeDataString(name)}/invocations")
            {
                Content = new StringContent("{}"),
            };
            request.Headers.Add("X-Amz-Invocation-Type", "DryRun");
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }
    }

    [Fact]
    public async Task Oversized_payloads_are_request_entity_too_large()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { MaxSyncRequestBytes = 100, MaxAsyncPayloadBytes = 50 });
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };
        var payload = $$"""{"pad":"{{new string('x', 70)}}"}""";

        using var asyncRequest = new HttpRequestMessage(HttpMethod.Post, InvokePath) { Content = new StringContent(payload) };
        asyncRequest.Headers.Add("X-Amz-Invocation-Type", "Event");
        using var asyncResponse = await http.SendAsync(asyncRequest);
        using var syncResponse = await http.PostAsync(InvokePath, new StringContent(payload + new string(' ', 40)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, asyncResponse.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, syncResponse.StatusCode);
        Assert.Equal("RequestEntityTooLargeException", RuntimeClient.Header(syncResponse, "x-amzn-ErrorType"));
        Assert.Equal(
            """{"Type":"User","message":"Request must be smaller than 100 bytes for the InvokeFunction operation"}""",
            await syncResponse.Content.ReadAsStringAsync());
        Assert.Equal("RequestEntityTooLargeException", RuntimeClient.Header(asyncResponse, "x-amzn-ErrorType"));
        Assert.Equal(
            """{"Type":"User","message":"80 byte payload is too large for the Event invocation type (limit 50 bytes)"}""",
            await asyncResponse.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invalid_json_is_invalid_request_content()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var response = await http.PostAsync(InvokePath, new StringContent("{not json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidRequestContentException", RuntimeClient.Header(response, "x-amzn-ErrorType"));
        Assert.Empty(lambda.Output);
    }

    [Fact]
    public async Task Client_context_over_3583_base64_bytes_is_invalid_request_content_and_never_invoked()
    {
        // The Invoke API reference: "Up to 3,583 bytes of base64-encoded data"; the limit is the encoded text's length.
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };
        static string Encoded(int length)
        {
            var json = $$$"""{"custom":{"pad":"{{{new string('p', (length / 4 * 3) - 21)}}}"}}""";
            var encoded = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json));
            Assert.Equal(length, encoded.Length);
            return encoded;
        }

        using var tooLong = new HttpRequestMessage(HttpMethod.Post, InvokePath) { Content = new StringContent("{}") };
        tooLong.Headers.Add("X-Amz-Client-Context", Encoded(3584));
        using var refused = await http.SendAsync(tooLong);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("InvalidRequestContentException", RuntimeClient.Header(refused, "x-amzn-ErrorType"));
        Assert.Equal(
            """{"Type":"User","message":"Client context must be at most 3583 bytes of base64-encoded data; it is 3584."}""",
            await refused.Content.ReadAsStringAsync());
        Assert.Empty(lambda.Output);

        using var runtime = new RuntimeClient(lambda);
        using var atLimit = new HttpRequestMessage(HttpMethod.Post, InvokePath) { Content = new StringContent("{}") };
        atLimit.Headers.Add("X-Amz-Client-Context", Encoded(3580));
        var accepted = http.SendAsync(atLimit);
        var (_, clientContext) = await EchoOnceAsync(runtime);
        using var response = await TestTimeouts.Within(accepted);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("""{"custom":{"pad":"ppp""", clientContext, StringComparison.Ordinal);
    }

    private static async Task<(string RequestId, string? ClientContext)> EchoOnceAsync(RuntimeClient runtime)
    {
        using var next = await runtime.NextAsync();
        var requestId = RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id");
        var clientContext = next.Headers.TryGetValues("Lambda-Runtime-Client-Context", out var values) ? values.Single() : null;
        using var _ = await runtime.RespondAsync(requestId, await next.Content.ReadAsStringAsync());
        return (requestId, clientContext);
    }

    private static async Task FailOnceAsync(RuntimeClient runtime)
    {
        using var next = await runtime.NextAsync();
        using var _ = await runtime.FailAsync(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"), """{"errorType":"E","errorMessage":"m"}""");
    }
}
