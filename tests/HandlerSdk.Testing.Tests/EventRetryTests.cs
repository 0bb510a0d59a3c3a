using System.Net;

namespace HandlerSdk.Testing.Tests;

/// <summary>Lambda runs a failed asynchronous invocation twice more (one, then two minutes later by default).</summary>
public sealed class EventRetryTests
{
    [Fact]
    public async Task A_failed_event_runs_twice_more_under_the_same_request_id_then_is_dropped()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { EventRetryDelay = TimeSpan.FromMilliseconds(10) });
        using var runtime = new RuntimeClient(lambda);
        var accepted = await SendEventAsync(lambda, """{"n":1}""");

        var requestIds = new List<string>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var next = await runtime.NextAsync();
            Assert.Equal("""{"n":1}""", await next.Content.ReadAsStringAsync());
            requestIds.Add(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"));
            using var _ = await runtime.FailAsync(requestIds[^1], """{"errorType":"E","errorMessage":"m"}""");
        }

        // Had a fourth attempt been scheduled, it would be queued before this later invocation.
        await TestTimeouts.UntilAsync(() => lambda.Broker.PendingRetries == 0);
        var later = lambda.InvokeAsync("""{"n":2}""");
        using var afterRetries = await runtime.NextAsync();

        Assert.Equal(HttpStatusCode.Accepted, accepted);
        Assert.All(requestIds, id => Assert.Equal(requestIds[0], id));
        Assert.Equal("""{"n":2}""", await afterRetries.Content.ReadAsStringAsync());
        await runtime.RespondAsync(RuntimeClient.Header(afterRetries, "Lambda-Runtime-Aws-Request-Id"), "{}");
        await TestTimeouts.Within(later);
    }

    [Fact]
    public async Task A_retry_that_succeeds_is_not_run_again()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { EventRetryDelay = TimeSpan.Zero });
        using var runtime = new RuntimeClient(lambda);
        await SendEventAsync(lambda, """{"n":1}""");

        using (var first = await runtime.NextAsync())
        {
            using var _ = await runtime.FailAsync(RuntimeClient.Header(first, "Lambda-Runtime-Aws-Request-Id"), "{}");
        }

        using (var retry = await runtime.NextAsync())
        {
            Assert.Equal("""{"n":1}""", await retry.Content.ReadAsStringAsync());
            using var _ = await runtime.RespondAsync(RuntimeClient.Header(retry, "Lambda-Runtime-Aws-Request-Id"), "{}");
        }

        await TestTimeouts.UntilAsync(() => lambda.Broker.PendingRetries == 0);
        var later = lambda.InvokeAsync("""{"n":2}""");
        using var next = await runtime.NextAsync();
        Assert.Equal("""{"n":2}""", await next.Content.ReadAsStringAsync());
        await runtime.RespondAsync(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"), "{}");
        await TestTimeouts.Within(later);
    }

    [Fact]
    public async Task Without_retry_attempts_a_failed_event_runs_once()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { EventRetryAttempts = 0, EventRetryDelay = TimeSpan.Zero });
        using var runtime = new RuntimeClient(lambda);
        await SendEventAsync(lambda, """{"n":1}""");

        using (var first = await runtime.NextAsync())
        {
            using var _ = await runtime.FailAsync(RuntimeClient.Header(first, "Lambda-Runtime-Aws-Request-Id"), "{}");
        }

        await TestTimeouts.UntilAsync(() => lambda.Broker.PendingRetries == 0);
        var later = lambda.InvokeAsync("""{"n":2}""");
        using var next = await runtime.NextAsync();
        Assert.Equal("""{"n":2}""", await next.Content.ReadAsStringAsync());
        await runtime.RespondAsync(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"), "{}");
        await TestTimeouts.Within(later);
    }

    [Fact]
    public void The_defaults_are_lambdas_two_retries_one_and_two_minutes_apart()
    {
        var options = new LambdaEmulatorOptions();

        Assert.Equal(2, options.EventRetryAttempts);
        Assert.Equal(TimeSpan.FromMinutes(1), options.EventRetryDelay);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public async Task Retry_attempts_outside_lambdas_range_are_refused_at_start(int attempts)
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => LambdaEmulator.StartAsync(new LambdaEmulatorOptions { EventRetryAttempts = attempts }));

        Assert.Equal("EventRetryAttempts", error.ParamName);
    }

    private static async Task<HttpStatusCode> SendEventAsync(LambdaEmulator lambda, string payload)
    {
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/2015-03-31/functions/function/invocations") { Content = new StringContent(payload) };
        request.Headers.Add("X-Amz-Invocation-Type", "Event");
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
