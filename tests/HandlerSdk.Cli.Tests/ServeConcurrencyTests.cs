using System.Net;
using System.Text.Json;

namespace HandlerSdk.Cli.Tests;

/// <summary>
/// serve scales like Lambda: concurrent calls run in separate execution environments, up to --max-concurrency (beyond
/// which calls wait) or --reserved-concurrency (beyond which they are throttled).
/// </summary>
[Collection(HelloWorldSample.Name)]
public sealed class ServeConcurrencyTests(HelloWorldFixture sample)
{
    [Fact]
    public async Task Two_concurrent_slow_calls_run_at_once_in_two_environments()
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync();

        var first = serve.InvokeAsync("Hello", """{"name":"One","delayMs":3000}""");
        var second = serve.InvokeAsync("Hello", """{"name":"Two","delayMs":3000}""");
        var ids = await Task.WhenAll(RequestIdAsync(first), RequestIdAsync(second));
        await serve.StopAsync();

        var lines = serve.OutputLines;
        var environments = ids.Select(id => EnvironmentOf(lines, $"START RequestId: {id}")).ToArray();
        Assert.NotEqual(environments[0], environments[1]);

        // Each environment had its own cold start, and each call started before the other ended: they overlapped.
        Assert.All(environments, e => Assert.Contains(lines, l => l.StartsWith(e + " INIT_START ", StringComparison.Ordinal)));
        Assert.True(IndexOf(lines, $"START RequestId: {ids[1]}") < IndexOf(lines, $"END RequestId: {ids[0]}"));
        Assert.True(IndexOf(lines, $"START RequestId: {ids[0]}") < IndexOf(lines, $"END RequestId: {ids[1]}"));
    }

    [Fact]
    public async Task A_call_beyond_reserved_concurrency_is_throttled_like_lambda()
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync("--reserved-concurrency", "1");

        var slow = serve.InvokeAsync("Hello", """{"name":"Slow","delayMs":3000}""");
        await serve.WaitForLineAsync(l => l.Contains("Greeting Slow", StringComparison.Ordinal));
        var throttled = await serve.InvokeAsync("Hello", """{"name":"Ada"}""");
        var queuedEvent = await serve.InvokeAsync("Hello", """{"name":"Later"}""", invocationType: "Event");

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("TooManyRequestsException", throttled.Headers.GetValues("x-amzn-ErrorType").Single());
        Assert.Equal(
            """{"Reason":"ReservedFunctionConcurrentInvocationLimitExceeded","Type":"User","message":"Rate Exceeded."}""",
            await throttled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Accepted, queuedEvent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await slow).StatusCode);

        // The event waited for the one environment instead of starting a second.
        await serve.WaitForLineAsync(l => l.Contains("Greeting Later", StringComparison.Ordinal));
        Assert.DoesNotContain(serve.OutputLines, l => l.StartsWith("[Hello #2]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_call_beyond_max_concurrency_waits_for_a_free_environment()
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync("--max-concurrency", "1");

        var slow = serve.InvokeAsync("Hello", """{"name":"Slow","delayMs":2000}""");
        await serve.WaitForLineAsync(l => l.Contains("Greeting Slow", StringComparison.Ordinal));
        var waiting = RequestIdAsync(serve.InvokeAsync("Hello", """{"name":"Patient"}"""));
        var ids = await Task.WhenAll(RequestIdAsync(slow), waiting);

        var lines = serve.OutputLines;
        Assert.True(IndexOf(lines, $"END RequestId: {ids[0]}") < IndexOf(lines, $"START RequestId: {ids[1]}"));
        Assert.DoesNotContain(lines, l => l.StartsWith("[Hello #2]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_throttled_call_is_answered_before_its_body_is_read()
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync("--reserved-concurrency", "1");
        var slow = serve.InvokeAsync("Hello", """{"name":"Slow","delayMs":3000}""");
        await serve.WaitForLineAsync(l => l.Contains("Greeting Slow", StringComparison.Ordinal));
        using var socket = await RawHttp.ConnectAsync(serve.Port);

        await RawHttp.SendAsync(socket, "POST /2015-03-31/functions/Hello/invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5000000\r\n\r\n");
        var response = await RawHttp.ReadResponseAsync(socket);

        Assert.StartsWith("HTTP/1.1 429 ", response, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await slow).StatusCode);
    }

    [Fact]
    public async Task A_call_whose_caller_hung_up_keeps_its_environment_until_the_function_ends()
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync();
        using (var hangUp = new CancellationTokenSource())
        {
            var abandoned = serve.Client.PostAsync("/2015-03-31/functions/Hello/invocations", new StringContent("""{"name":"Gone","delayMs":8000}"""), hangUp.Token);
            await serve.WaitForLineAsync(l => l.Contains("Greeting Gone", StringComparison.Ordinal));
            await hangUp.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        }

        // Give serve time to see the hang-up (the function itself runs for seconds more), so the next call does not
        // find the first environment busy merely because the news had not arrived yet.
        await Task.Delay(500);

        var next = await RequestIdAsync(serve.InvokeAsync("Hello", """{"name":"Next"}"""));

        // Lambda does not stop a function when its caller leaves; the next call gets another environment meanwhile.
        Assert.StartsWith("[Hello #2]", serve.OutputLines.Single(l => l.Contains($"START RequestId: {next}", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private static async Task<string> RequestIdAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("requestId").GetString()!;
    }

    private static string EnvironmentOf(string[] lines, string text)
    {
        var line = lines.Single(l => l.Contains(text, StringComparison.Ordinal));
        return line[..(line.IndexOf(']', StringComparison.Ordinal) + 1)];
    }

    private static int IndexOf(string[] lines, string text) => Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
}
