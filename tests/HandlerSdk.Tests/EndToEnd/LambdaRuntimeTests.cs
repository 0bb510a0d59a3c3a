using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using static HandlerSdk.Tests.EndToEnd.ScriptedRuntimeApi;

namespace HandlerSdk.Tests.EndToEnd;

/// <summary>
/// The whole runtime, in process, against a scripted Runtime API on loopback. Each script ends with a 500 from
/// <c>/next</c>, which is how Lambda says the environment is broken: the runtime then returns non-zero, and the
/// test looks at what it sent.
/// </summary>
[Collection(ProcessState.Name)]
public sealed class LambdaRuntimeTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    private readonly ProcessStateSnapshot _state = new();

    public LambdaRuntimeTests()
    {
        Environment.SetEnvironmentVariable("_HANDLER", null);
        Environment.SetEnvironmentVariable("AWS_LAMBDA_MAX_CONCURRENCY", null);
    }

    public void Dispose() => _state.Dispose();

    private static Task<int> RunAsync(ScriptedRuntimeApi api, Action<LambdaHandlerTable> configure, Action<LambdaRuntimeOptions>? options = null)
    {
        var settings = new LambdaRuntimeOptions { RuntimeApiAddress = api.Address, ConnectTimeout = TimeSpan.FromSeconds(5) };
        options?.Invoke(settings);
        return LambdaRuntime.RunAsync(configure, settings).WaitAsync(Generous);
    }

    private static LambdaInvocationHandler Writes(string response) => (_, _, output, _) =>
    {
        output.Write(Encoding.UTF8.GetBytes(response));
        return ValueTask.CompletedTask;
    };

    [Fact]
    public async Task The_handler_result_is_posted_as_the_response_of_the_invocation()
    {
        await using var api = Serving([Invocation("r1", """{"name":"World"}""")]);

        var exitCode = await RunAsync(api, handlers => handlers.Add("Hello", (@event, _, output, _) =>
        {
            var name = JsonDocument.Parse(@event).RootElement.GetProperty("name").GetString();
            output.Write(Encoding.UTF8.GetBytes($"{{\"greeting\":\"Hello, {name}\"}}"));
            return ValueTask.CompletedTask;
        }));

        Assert.NotEqual(0, exitCode);
        Assert.Equal(
            ["GET /2018-06-01/runtime/invocation/next", "POST /2018-06-01/runtime/invocation/r1/response", "GET /2018-06-01/runtime/invocation/next"],
            api.Requests.Select(r => r.ToString()));
        Assert.Equal("""{"greeting":"Hello, World"}""", api.Posts[0].BodyText);
    }

    [Fact]
    public async Task Invocations_follow_one_another_on_the_same_connection()
    {
        await using var api = Serving([Invocation("r1", "\"a long first event\""), Invocation("r2", "\"b\""), Invocation("r3", "\"\"")]);

        await RunAsync(api, handlers => handlers.Add("Echo", (@event, _, output, _) =>
        {
            output.Write(@event.Span);
            return ValueTask.CompletedTask;
        }));

        Assert.Equal(["\"a long first event\"", "\"b\"", "\"\""], api.Posts.Select(p => p.BodyText));
        Assert.Equal(
            ["/2018-06-01/runtime/invocation/r1/response", "/2018-06-01/runtime/invocation/r2/response", "/2018-06-01/runtime/invocation/r3/response"],
            api.Posts.Select(p => p.Path));
    }

    [Fact]
    public async Task A_server_that_closes_every_connection_after_answering_is_reconnected_to()
    {
        await using var api = Serving([Invocation("r1", "\"one\""), Invocation("r2", "\"two\"")]);
        api.CloseAfterEachAnswer = true;

        await RunAsync(api, handlers => handlers.Add("Echo", (@event, _, output, _) =>
        {
            output.Write(@event.Span);
            return ValueTask.CompletedTask;
        }));

        Assert.Equal(["\"one\"", "\"two\""], api.Posts.Select(p => p.BodyText));
        Assert.Equal(5, api.ConnectionsAccepted);
    }

    [Fact]
    public async Task A_next_answer_without_a_request_id_ends_the_runtime()
    {
        await using var api = Serving(["HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}", Invocation("r1", "{}")]);

        var exitCode = await RunAsync(api, handlers => handlers.Add("Never", Writes("never")));

        Assert.NotEqual(0, exitCode);
        Assert.Empty(api.Posts);
    }

    [Fact]
    public async Task Odd_but_present_headers_are_served_not_fatal()
    {
        // The request id is echoed into the path (escaped); the trace id goes into the environment. Neither may end the loop.
        var longId = new string('a', 40_000);
        await using var api = Serving([
            Invocation("id with spaces/and/slashes?x=1", "{}", traceId: "Root=1\u0001odd"),
            Invocation(longId, "{}", traceId: new string('t', 20_000)),
        ]);

        await RunAsync(api, handlers => handlers.Add("Echo", Writes("ok")));

        Assert.Equal(
            ["/2018-06-01/runtime/invocation/id%20with%20spaces%2Fand%2Fslashes%3Fx%3D1/response", $"/2018-06-01/runtime/invocation/{longId}/response"],
            api.Posts.Select(p => p.Path));
    }

    [Fact]
    public async Task The_context_carries_every_header_of_next()
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeMilliseconds();
        await using var api = Serving([Invocation(
            "r1",
            "{}",
            deadline,
            "Root=1-abc;Sampled=1",
            "Lambda-Runtime-Client-Context: {\"client\":{\"app_title\":\"Shop\"},\"custom\":{\"k\":\"v\"}}\r\n" +
            "Lambda-Runtime-Cognito-Identity: {\"cognitoIdentityId\":\"id-1\",\"cognitoIdentityPoolId\":\"pool-1\"}\r\n" +
            "Lambda-Runtime-Aws-Tenant-Id: tenant-7\r\n")]);
        ILambdaContext? seen = null;
        string? traceDuring = null;
        string? traceProvided = null;
        TimeSpan remaining = default;

        await RunAsync(api, handlers => handlers.Add("Inspect", (_, context, _, _) =>
        {
            seen = context;
            remaining = context.RemainingTime;
            traceDuring = Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID");
            traceProvided = LambdaTraceProvider.CurrentTraceId;
            return ValueTask.CompletedTask;
        }));

        Assert.NotNull(seen);
        Assert.Equal("r1", seen.AwsRequestId);
        Assert.Equal("arn:aws:lambda:us-east-1:123456789012:function:test", seen.InvokedFunctionArn);
        Assert.Equal("Root=1-abc;Sampled=1", seen.TraceId);
        Assert.Equal("tenant-7", seen.TenantId);
        Assert.Equal("Shop", seen.ClientContext!.Client.AppTitle);
        Assert.Equal("v", seen.ClientContext.Custom["k"]);
        Assert.Equal("id-1", seen.Identity!.IdentityId);
        Assert.Equal("pool-1", seen.Identity.IdentityPoolId);
        Assert.InRange(remaining, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal("Root=1-abc;Sampled=1", traceDuring);
        Assert.Equal("Root=1-abc;Sampled=1", traceProvided);
        Assert.Null(Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID"));
    }

    [Fact]
    public async Task Unreadable_client_context_and_identity_headers_are_empty_and_the_invocation_succeeds()
    {
        // The caller controls both headers: escapes for lone surrogates are valid JSON but no valid text.
        await using var api = Serving([Invocation(
            "r1",
            "{}",
            extraHeaders:
                "Lambda-Runtime-Client-Context: {\"client\":{\"app_title\":\"Shop\"},\"custom\":{\"\\ud800\":\"\\udc00\"}}\r\n" +
                "Lambda-Runtime-Cognito-Identity: {\"cognitoIdentityId\":\"\\ud800\"}\r\n")]);
        string? seen = null;

        await RunAsync(api, handlers => handlers.Add("Inspect", (_, context, output, _) =>
        {
            seen = $"[{context.ClientContext!.Client.AppTitle}|{context.ClientContext.Custom.Count}|{context.Identity!.IdentityId}]";
            output.Write("ok"u8);
            return ValueTask.CompletedTask;
        }));

        Assert.Equal("[|0|]", seen);
        Assert.Equal("/2018-06-01/runtime/invocation/r1/response", Assert.Single(api.Posts).Path);
    }

    [Fact]
    public async Task A_handler_exception_is_posted_to_error_with_its_type_in_the_header()
    {
        await using var api = Serving([Invocation("r1", "{}")]);

        await RunAsync(api, handlers => handlers.Add("Fails", (_, _, _, _) => throw new InvalidOperationException("the order is closed")));

        var error = Assert.Single(api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/r1/error", error.Path);
        Assert.Equal("Function.InvalidOperationException", error.Header("Lambda-Runtime-Function-Error-Type"));
        var body = JsonDocument.Parse(error.Body).RootElement;
        Assert.Equal("InvalidOperationException", body.GetProperty("errorType").GetString());
        Assert.Equal("the order is closed", body.GetProperty("errorMessage").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("stackTrace").ValueKind);
    }

    [Fact]
    public async Task An_asynchronous_handler_failure_is_reported_the_same_way()
    {
        await using var api = Serving([Invocation("r1", "{}"), Invocation("r2", "{}")]);
        var calls = 0;

        await RunAsync(api, handlers => handlers.Add("FailsOnce", async (_, _, output, _) =>
        {
            await Task.Yield();
            if (Interlocked.Increment(ref calls) == 1)
            {
                output.Write("partial"u8);
                throw new TimeoutException("downstream");
            }

            output.Write("ok"u8);
        }));

        Assert.Equal(["/2018-06-01/runtime/invocation/r1/error", "/2018-06-01/runtime/invocation/r2/response"], api.Posts.Select(p => p.Path));
        Assert.Equal("Function.TimeoutException", api.Posts[0].Header("Lambda-Runtime-Function-Error-Type"));
        Assert.Equal("ok", api.Posts[1].BodyText);
    }

    [Fact]
    public async Task The_cancellation_token_fires_before_the_deadline()
    {
        var deadline = DateTimeOffset.UtcNow.AddMilliseconds(1500).ToUnixTimeMilliseconds();
        await using var api = Serving([Invocation("r1", "{}", deadline)]);
        long? cancelledAt = null;

        await RunAsync(
            api,
            handlers => handlers.Add("Slow", async (_, _, output, cancellationToken) =>
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(15), cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    cancelledAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                }

                output.Write("stopped cleanly"u8);
            }),
            options => options.CancellationMargin = TimeSpan.FromMilliseconds(500));

        Assert.NotNull(cancelledAt);
        // The margin is honoured, not merely "before": at least most of the 500 ms are left (timers may fire late,
        // never early).
        Assert.True(deadline - cancelledAt >= 300, $"cancelled at {cancelledAt}, deadline {deadline}");
        Assert.Equal("stopped cleanly", Assert.Single(api.Posts).BodyText);
    }

    [Fact]
    public async Task The_cancellation_token_of_the_next_invocation_starts_fresh()
    {
        var past = DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeMilliseconds();
        await using var api = Serving([Invocation("r1", "{}", past), Invocation("r2", "{}")]);
        var cancelled = new List<bool>();

        await RunAsync(api, handlers => handlers.Add("Check", (_, _, _, cancellationToken) =>
        {
            cancelled.Add(cancellationToken.IsCancellationRequested);
            return ValueTask.CompletedTask;
        }));

        Assert.Equal([true, false], cancelled);
    }

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("9223372036854775806")]
    [InlineData("99999999999999999999")]
    [InlineData("123abc")]
    [InlineData("-9223372036854775808")]
    [InlineData("")]
    public async Task A_deadline_that_is_unreadable_or_beyond_a_timer_is_served_as_no_deadline(string header)
    {
        var next = "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r1\r\n" +
            $"Lambda-Runtime-Deadline-Ms: {header}\r\nContent-Length: 2\r\n\r\n{{}}";
        await using var api = Serving([next, Invocation("r2", "{}")]);
        var cancelled = new List<bool>();

        await RunAsync(api, handlers => handlers.Add("Check", (_, context, output, cancellationToken) =>
        {
            cancelled.Add(cancellationToken.IsCancellationRequested);
            output.Write(Encoding.UTF8.GetBytes(context.RemainingTime > TimeSpan.FromDays(1) ? "long" : "short"));
            return ValueTask.CompletedTask;
        }));

        Assert.Equal([false, false], cancelled);
        Assert.Equal(["long", "short"], api.Posts.Select(p => p.BodyText));
        Assert.Equal(["/2018-06-01/runtime/invocation/r1/response", "/2018-06-01/runtime/invocation/r2/response"], api.Posts.Select(p => p.Path));
    }

    [Fact]
    public async Task A_deadline_months_ahead_keeps_its_value_and_does_not_fire()
    {
        var farAhead = DateTimeOffset.UtcNow.AddDays(60).ToUnixTimeMilliseconds();
        await using var api = Serving([Invocation("r1", "{}", farAhead)]);
        long? seenDeadline = null;
        var cancelled = true;

        await RunAsync(api, handlers => handlers.Add("Check", (_, context, _, cancellationToken) =>
        {
            seenDeadline = ((HandlerSdk.Runtime.LambdaContext)context).DeadlineMs;
            cancelled = cancellationToken.IsCancellationRequested;
            return ValueTask.CompletedTask;
        }));

        Assert.Equal(farAhead, seenDeadline);
        Assert.False(cancelled);
        Assert.Single(api.Posts);
    }

    [Fact]
    public async Task A_413_on_the_response_is_followed_by_an_error_for_the_same_request()
    {
        await using var api = Serving(
            [Invocation("r1", "{}")],
            post => post.Path.EndsWith("/response", StringComparison.Ordinal)
                ? Status(413, """{"errorMessage":"Exceeded maximum allowed payload size (6291556 bytes).","errorType":"RequestEntityTooLarge"}""")
                : null);

        await RunAsync(api, handlers => handlers.Add("Big", Writes(new string('x', 100_000))));

        Assert.Equal(["/2018-06-01/runtime/invocation/r1/response", "/2018-06-01/runtime/invocation/r1/error"], api.Posts.Select(p => p.Path));
        var error = api.Posts[1];
        Assert.Equal("Function.ResponseSizeTooLarge", error.Header("Lambda-Runtime-Function-Error-Type"));
        var body = JsonDocument.Parse(error.Body).RootElement;
        Assert.Equal("ResponseSizeTooLarge", body.GetProperty("errorType").GetString());
        Assert.Contains("100000 bytes", body.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_error_after_a_413_is_tolerated_as_Lambda_already_failed_the_invocation()
    {
        await using var api = Serving(
            [Invocation("r1", "{}"), Invocation("r2", "{}")],
            post => post.Path.EndsWith("/r1/response", StringComparison.Ordinal)
                ? Status(413, """{"errorMessage":"Exceeded maximum allowed payload size (6291556 bytes).","errorType":"RequestEntityTooLarge"}""")
                : post.Path.EndsWith("/r1/error", StringComparison.Ordinal)
                    ? Status(400, """{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}""")
                    : null);

        await RunAsync(api, handlers => handlers.Add("Big", Writes("{}")));

        Assert.Equal(
            ["/2018-06-01/runtime/invocation/r1/response", "/2018-06-01/runtime/invocation/r1/error", "/2018-06-01/runtime/invocation/r2/response"],
            api.Posts.Select(p => p.Path));
    }

    [Theory]
    [InlineData("/response")]
    [InlineData("/error")]
    public async Task A_500_from_a_post_ends_the_runtime_as_the_container_is_broken(string endpoint)
    {
        await using var api = Serving(
            [Invocation("r1", "{}"), Invocation("r2", "{}")],
            post => post.Path.EndsWith("/r1" + endpoint, StringComparison.Ordinal) ? Status(500, """{"errorMessage":"broken","errorType":"Unknown"}""") : null);

        var exitCode = await RunAsync(api, handlers => handlers.Add("Either", (_, _, output, _) =>
            endpoint == "/error" ? throw new InvalidOperationException("fails") : ValueTask.CompletedTask));

        Assert.NotEqual(0, exitCode);
        Assert.Equal(["/2018-06-01/runtime/invocation/r1" + endpoint], api.Posts.Select(p => p.Path));
    }

    [Fact]
    public async Task A_500_from_next_ends_the_runtime_promptly_with_a_non_zero_code()
    {
        await using var api = Serving([]);

        var exitCode = await RunAsync(api, handlers => handlers.Add("Never", Writes("never")));

        // Promptly: the one poll that got the 500 and no retry after it (RunAsync fails the test if the runtime hangs).
        Assert.NotEqual(0, exitCode);
        Assert.Equal(["GET /2018-06-01/runtime/invocation/next"], api.Requests.Select(r => r.ToString()));
    }

    [Fact]
    public async Task An_unknown_HANDLER_among_several_handlers_is_an_init_error()
    {
        Environment.SetEnvironmentVariable("_HANDLER", "Refund");
        await using var api = Serving([Invocation("r1", "{}")]);

        var exitCode = await RunAsync(api, handlers => handlers.Add("PlaceOrder", Writes("1")).Add("CancelOrder", Writes("2")));

        Assert.NotEqual(0, exitCode);
        var initError = Assert.Single(api.Requests);
        Assert.Equal("POST /2018-06-01/runtime/init/error", initError.ToString());
        Assert.Equal("Runtime.InvalidHandler", initError.Header("Lambda-Runtime-Function-Error-Type"));
        var body = JsonDocument.Parse(initError.Body).RootElement;
        Assert.Equal("Handler 'Refund' not found; set _HANDLER to one of: PlaceOrder, CancelOrder.", body.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public async Task HANDLER_selects_among_several_handlers()
    {
        Environment.SetEnvironmentVariable("_HANDLER", "CancelOrder");
        await using var api = Serving([Invocation("r1", "{}")]);

        await RunAsync(api, handlers => handlers.Add("PlaceOrder", Writes("placed")).Add("CancelOrder", Writes("cancelled")));

        Assert.Equal("cancelled", Assert.Single(api.Posts).BodyText);
    }

    [Fact]
    public async Task An_exception_while_configuring_is_an_init_error()
    {
        await using var api = Serving([Invocation("r1", "{}")]);

        var exitCode = await RunAsync(api, _ => throw new KeyNotFoundException("missing setting TABLE_NAME"));

        Assert.NotEqual(0, exitCode);
        var initError = Assert.Single(api.Requests);
        Assert.Equal("POST /2018-06-01/runtime/init/error", initError.ToString());
        Assert.Equal("Function.KeyNotFoundException", initError.Header("Lambda-Runtime-Function-Error-Type"));
        Assert.Equal("missing setting TABLE_NAME", JsonDocument.Parse(initError.Body).RootElement.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public async Task An_unreachable_endpoint_ends_the_runtime_within_the_connect_timeout()
    {
        var closedPort = ClosedLoopbackPort();
        var clock = Stopwatch.StartNew();

        var exitCode = await LambdaRuntime.RunAsync(
            handlers => handlers.Add("Never", Writes("never")),
            new LambdaRuntimeOptions { RuntimeApiAddress = $"127.0.0.1:{closedPort}", ConnectTimeout = TimeSpan.FromMilliseconds(500) }).WaitAsync(Generous);

        Assert.NotEqual(0, exitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_malformed_address_ends_the_runtime_before_connecting()
    {
        var exitCode = await LambdaRuntime.RunAsync(
            handlers => handlers.Add("Never", Writes("never")),
            new LambdaRuntimeOptions { RuntimeApiAddress = "127.0.0.1:notaport" }).WaitAsync(Generous);

        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public async Task With_MaxConcurrency_2_two_polls_for_next_are_outstanding_at_once()
    {
        var waiting = 0;
        var bothWaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var api = new ScriptedRuntimeApi(async request =>
        {
            if (Interlocked.Increment(ref waiting) == 2)
            {
                bothWaiting.TrySetResult();
            }

            await bothWaiting.Task.WaitAsync(Generous);
            return Status(500, "{}");
        });

        var run = RunAsync(api, handlers => handlers.Add("Never", Writes("never")), options => options.MaxConcurrency = 2);

        await bothWaiting.Task.WaitAsync(Generous);
        Assert.NotEqual(0, await run);
        Assert.All(api.Requests, r => Assert.Equal("GET /2018-06-01/runtime/invocation/next", r.ToString()));
    }

    [Fact]
    public async Task With_MaxConcurrency_2_each_invocation_sees_its_own_trace_id()
    {
        var next = 0;
        var bothRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = 0;
        var posts = 0;
        var bothPosted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var api = new ScriptedRuntimeApi(async request =>
        {
            if (request.Method == "POST")
            {
                if (Interlocked.Increment(ref posts) == 2)
                {
                    bothPosted.TrySetResult();
                }

                return Accepted;
            }

            var n = Interlocked.Increment(ref next);
            if (n <= 2)
            {
                return Invocation($"r{n}", "{}", traceId: $"Root=trace-{n}");
            }

            // A 500 ends the runtime at once, in-flight invocations or not: end only when both have reported.
            await bothPosted.Task.WaitAsync(Generous);
            return Status(500, "{}");
        });

        await RunAsync(
            api,
            handlers => handlers.Add("Trace", async (_, context, output, _) =>
            {
                if (Interlocked.Increment(ref running) == 2)
                {
                    bothRunning.TrySetResult();
                }

                // Both invocations are in flight here, so a shared slot would show the other's trace id.
                await bothRunning.Task.WaitAsync(Generous, CancellationToken.None);
                output.Write(Encoding.UTF8.GetBytes($"{context.AwsRequestId}={LambdaTraceProvider.CurrentTraceId}"));
            }),
            options => options.MaxConcurrency = 2);

        Assert.Equal(["r1=Root=trace-1", "r2=Root=trace-2"], api.Posts.Select(p => p.BodyText).Order());
    }

    private static int ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
