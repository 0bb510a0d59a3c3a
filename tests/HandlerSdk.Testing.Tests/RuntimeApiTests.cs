using System.Net;
using System.Text;

namespace HandlerSdk.Testing.Tests;

public sealed class RuntimeApiTests
{
    [Fact]
    public async Task Next_delivers_the_event_with_every_header_and_the_response_reaches_the_invoker()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { FunctionName = "orders", Region = "eu-west-1" });
        using var runtime = new RuntimeClient(lambda);

        var invoke = lambda.InvokeAsync(
            """{"id":42}""",
            new LambdaInvokeOptions
            {
                ClientContextJson = """{"client":{"installation_id":"i"}}""",
                CognitoIdentityJson = """{"cognitoIdentityId":"c","cognitoIdentityPoolId":"p"}""",
                TenantId = "tenant-7",
                TraceId = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
            });
        using var next = await runtime.NextAsync();

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("application/json", next.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"id":42}""", await next.Content.ReadAsStringAsync());
        var requestId = RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id");
        Assert.True(Guid.TryParse(requestId, out _));
        Assert.Equal("arn:aws:lambda:eu-west-1:123456789012:function:orders", RuntimeClient.Header(next, "Lambda-Runtime-Invoked-Function-Arn"));
        Assert.Equal("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", RuntimeClient.Header(next, "Lambda-Runtime-Trace-Id"));
        Assert.Equal("""{"client":{"installation_id":"i"}}""", RuntimeClient.Header(next, "Lambda-Runtime-Client-Context"));
        Assert.Equal("""{"cognitoIdentityId":"c","cognitoIdentityPoolId":"p"}""", RuntimeClient.Header(next, "Lambda-Runtime-Cognito-Identity"));
        Assert.Equal("tenant-7", RuntimeClient.Header(next, "Lambda-Runtime-Aws-Tenant-Id"));

        using var posted = await runtime.RespondAsync(requestId, """{"ok":true}""");
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal("""{"status":"OK"}""", await posted.Content.ReadAsStringAsync());

        var result = await TestTimeouts.Within(invoke);
        Assert.Equal(requestId, result.RequestId);
        Assert.Equal("""{"ok":true}""", result.PayloadText);
        Assert.False(result.IsError);
        Assert.Equal(requestId, result.Report.RequestId);
        Assert.Equal(128, result.Report.MemorySizeMb);
        Assert.Null(result.Report.InitDuration);
        Assert.Equal(
            [$"START RequestId: {requestId} Version: $LATEST", $"END RequestId: {requestId}", result.Report.ToString()],
            result.Logs.Split('\n'));
    }

    [Fact]
    public async Task Optional_headers_are_absent_and_a_trace_id_is_generated_when_the_invoker_gives_none()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);

        var invoke = lambda.InvokeAsync("{}");
        using var next = await runtime.NextAsync();

        Assert.False(next.Headers.Contains("Lambda-Runtime-Client-Context"));
        Assert.False(next.Headers.Contains("Lambda-Runtime-Cognito-Identity"));
        Assert.False(next.Headers.Contains("Lambda-Runtime-Aws-Tenant-Id"));
        Assert.Matches(
            "^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0;Lineage=1:[0-9a-f]{8}:0$",
            RuntimeClient.Header(next, "Lambda-Runtime-Trace-Id"));
        using var _ = await runtime.RespondAsync(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"), "null");
        await TestTimeouts.Within(invoke);
    }

    [Fact]
    public async Task Deadline_is_the_epoch_milliseconds_of_now_plus_the_timeout()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { Timeout = TimeSpan.FromSeconds(30) });
        using var runtime = new RuntimeClient(lambda);

        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var invoke = lambda.InvokeAsync("{}");
        using var next = await runtime.NextAsync();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var deadline = long.Parse(RuntimeClient.Header(next, "Lambda-Runtime-Deadline-Ms"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(deadline, before + 30_000, after + 30_000);
        using var _ = await runtime.RespondAsync(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"), "{}");
        await TestTimeouts.Within(invoke);
    }

    [Fact]
    public async Task Error_post_reaches_the_invoker_as_an_unhandled_function_error()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);

        var invoke = lambda.InvokeAsync("{}");
        using var next = await runtime.NextAsync();
        var requestId = RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id");
        const string error = """{"errorType":"InvalidOperationException","errorMessage":"boom","stackTrace":["at X"]}""";
        using var posted = await runtime.FailAsync(requestId, error);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var result = await TestTimeouts.Within(invoke);
        Assert.True(result.IsError);
        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal("Function.InvalidOperationException", result.FunctionErrorType);
        Assert.Equal(error, result.PayloadText);
    }

    [Fact]
    public async Task Error_post_with_a_large_x_ray_error_cause_header_reaches_the_invoker()
    {
        // The Node.js runtime interface client puts the whole error (message and stack) in this header, so a long
        // message makes it tens of kilobytes; Lambda takes it, and so must the emulator, or the error is lost to a timeout.
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);

        var invoke = lambda.InvokeAsync("{}");
        using var next = await runtime.NextAsync();
        var requestId = RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id");
        var message = new string('m', 200_000);
        var error = $$"""{"errorType":"Error","errorMessage":"{{message}}","trace":["Error: {{message}}"]}""";
        var cause = $$"""{"working_directory":"/var/task","exceptions":[{"type":"Error","message":"{{message}}","stack":[]}],"paths":[]}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(lambda.BaseAddress, $"/2018-06-01/runtime/invocation/{requestId}/error"))
        {
            Content = new StringContent(error, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Lambda-Runtime-Function-Error-Type", "Error");
        request.Headers.Add("Lambda-Runtime-Function-XRay-Error-Cause", cause);
        using var http = new HttpClient();
        using var posted = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var result = await TestTimeouts.Within(invoke);
        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal(error, result.PayloadText);
    }

    [Fact]
    public async Task Error_post_with_an_empty_body_is_accepted()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);

        var invoke = lambda.InvokeAsync("{}");
        using var next = await runtime.NextAsync();
        using var posted = await runtime.FailAsync(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"), "", errorType: null);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var result = await TestTimeouts.Within(invoke);
        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Empty(result.Payload);
    }

    [Fact]
    public async Task Oversized_response_gets_413_and_closes_the_invocation_with_response_size_too_large()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);

        var invoke = lambda.InvokeAsync("{}");
        using var next = await runtime.NextAsync();
        var requestId = RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id");
        using var tooLarge = await runtime.RespondAsync(requestId, new byte[6_291_557]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(
            """{"errorMessage":"Exceeded maximum allowed payload size (6291556 bytes).","errorType":"RequestEntityTooLarge"}""",
            await tooLarge.Content.ReadAsStringAsync());

        // Lambda ends the invocation itself; the error our runtime posts next is refused as an answered id.
        var result = await TestTimeouts.Within(invoke);
        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal("Function.ResponseSizeTooLarge", result.FunctionErrorType);
        Assert.Equal(
            """{"errorType":"Function.ResponseSizeTooLarge","errorMessage":"Response payload size exceeded maximum allowed payload size (6291556 bytes)."}""",
            result.PayloadText);
        using var error = await runtime.FailAsync(requestId, """{"errorType":"ResponseTooLarge","errorMessage":"too big"}""", "Function.ResponseSizeTooLarge");
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("InvalidRequestID", await error.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chunked_oversized_response_reports_its_whole_size()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { MaxSyncPayloadBytes = 1000 });
        using var runtime = new RuntimeClient(lambda);

        var invoke = lambda.InvokeAsync("{}");
        using var next = await runtime.NextAsync();
        var requestId = RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id");
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };
        using var content = new StreamContent(new MemoryStream(new byte[2500]));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/2018-06-01/runtime/invocation/{requestId}/response") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var tooLarge = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        var result = await TestTimeouts.Within(invoke);
        Assert.Contains("Response payload size exceeded maximum allowed payload size (1000 bytes).", result.PayloadText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_limits_are_lambdas_response_and_request_figures()
    {
        var options = new LambdaEmulatorOptions();

        Assert.Equal(6_291_556, options.MaxSyncPayloadBytes);
        Assert.Equal(6_291_456, options.MaxSyncRequestBytes);
        await using var lambda = await LambdaEmulator.StartAsync(options);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => lambda.InvokeAsync(new byte[6_291_457]));
        Assert.Contains("6291456", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Response_at_exactly_the_limit_is_accepted()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { MaxSyncPayloadBytes = 1000 });
        using var runtime = new RuntimeClient(lambda);

        var invoke = lambda.InvokeAsync("{}");
        using var next = await runtime.NextAsync();
        using var posted = await runtime.RespondAsync(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"), new byte[1000]);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(1000, (await TestTimeouts.Within(invoke)).Payload.Length);
    }

    [Fact]
    public async Task Unknown_and_already_answered_ids_are_invalid()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);

        using var unknown = await runtime.RespondAsync(Guid.NewGuid().ToString(), "{}");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("""{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}""", await unknown.Content.ReadAsStringAsync());

        var invoke = lambda.InvokeAsync("{}");
        using var next = await runtime.NextAsync();
        var requestId = RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id");
        using var first = await runtime.RespondAsync(requestId, "{}");
        using var second = await runtime.RespondAsync(requestId, "{}");
        using var errorAfter = await runtime.FailAsync(requestId, "{}");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, errorAfter.StatusCode);
        Assert.Contains("InvalidRequestID", await errorAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await TestTimeouts.Within(invoke);
    }

    [Fact]
    public async Task Init_error_fails_the_pending_and_the_next_invocation()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);

        var pending = lambda.InvokeAsync("{}");
        const string error = """{"errorType":"Runtime.HandlerNotFound","errorMessage":"no handler"}""";
        using var posted = await runtime.InitErrorAsync(error, "Runtime.HandlerNotFound");

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var first = await TestTimeouts.Within(pending);
        var second = await TestTimeouts.Within(lambda.InvokeAsync("{}"));
        foreach (var result in new[] { first, second })
        {
            Assert.Equal("Unhandled", result.FunctionError);
            Assert.Equal("Runtime.HandlerNotFound", result.FunctionErrorType);
            Assert.Equal(error, result.PayloadText);
        }
    }

    [Fact]
    public async Task Timeout_without_an_answer_gives_the_invoker_sandbox_timedout_and_a_late_answer_is_an_invalid_request_id()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { Timeout = TimeSpan.FromSeconds(1) });
        using var runtime = new RuntimeClient(lambda);

        var invoke = lambda.InvokeAsync("{}");
        using var next = await runtime.NextAsync();
        var requestId = RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id");
        var result = await TestTimeouts.Within(invoke);

        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal(
            $$"""{"errorType":"Sandbox.Timedout","errorMessage":"RequestId: {{requestId}} Error: Task timed out after 1.00 seconds"}""",
            result.PayloadText);
        Assert.Contains($"{requestId} Task timed out after 1.00 seconds", result.Logs, StringComparison.Ordinal);
        Assert.True(result.Report.Duration >= TimeSpan.FromSeconds(1));

        using var late = await runtime.RespondAsync(requestId, "{}");
        using var lateError = await runtime.FailAsync(requestId, "{}");
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal("""{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}""", await late.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, lateError.StatusCode);
    }

    [Fact]
    public async Task Max_concurrency_two_lets_two_invocations_run_at_once_and_no_more()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { MaxConcurrency = 2 });
        using var runtime = new RuntimeClient(lambda);

        var invocations = Enumerable.Range(0, 3).Select(i => lambda.InvokeAsync($$"""{"n":{{i}}}""")).ToArray();
        using var first = await runtime.NextAsync();
        using var second = await runtime.NextAsync();
        var third = runtime.NextAsync();

        // The third poll reached the emulator and is held while the third invocation stays queued: both slots are taken.
        await TestTimeouts.UntilAsync(() => lambda.Broker.WaitingPolls == 1);
        Assert.True(lambda.Broker.HasQueued);
        Assert.False(third.IsCompleted);

        // Answer in reverse order: results follow request ids, not arrival.
        using var answerSecond = await runtime.RespondAsync(RuntimeClient.Header(second, "Lambda-Runtime-Aws-Request-Id"), await second.Content.ReadAsStringAsync());
        using var thirdNext = await TestTimeouts.Within(third);
        using var answerFirst = await runtime.RespondAsync(RuntimeClient.Header(first, "Lambda-Runtime-Aws-Request-Id"), await first.Content.ReadAsStringAsync());
        using var answerThird = await runtime.RespondAsync(RuntimeClient.Header(thirdNext, "Lambda-Runtime-Aws-Request-Id"), await thirdNext.Content.ReadAsStringAsync());

        var results = await TestTimeouts.Within(Task.WhenAll(invocations));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal($$"""{"n":{{i}}}""", results[i].PayloadText);
        }
    }

    [Fact]
    public async Task Unknown_paths_are_404()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var response = await http.GetAsync("/2018-06-01/runtime/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pending_next_ends_when_the_emulator_stops()
    {
        var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        var next = runtime.NextAsync();

        // Stopped only once the emulator holds the poll: it must end it with a 500, not leave it hanging.
        await TestTimeouts.UntilAsync(() => lambda.Broker.WaitingPolls == 1);
        await lambda.DisposeAsync();

        using var response = await TestTimeouts.Within(next);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task Addresses_are_loopback()
    {
        await using var lambda = await LambdaEmulator.StartAsync();

        Assert.Equal("127.0.0.1", lambda.BaseAddress.Host);
        Assert.NotEqual(0, lambda.BaseAddress.Port);
        Assert.Equal($"127.0.0.1:{lambda.BaseAddress.Port}", lambda.RuntimeApiAddress);
        Assert.Equal(Encoding.ASCII.GetBytes(lambda.RuntimeApiAddress), Encoding.ASCII.GetBytes(lambda.BaseAddress.Authority));
    }
}
