using System.Text.Json;

namespace HandlerSdk.IntegrationTests;

/// <summary>The published HelloWorld bootstrap, driven through the emulator as Lambda would drive it.</summary>
[Collection(HelloWorldTests.Name)]
public sealed class HelloWorldInvocationTests(HelloWorldBootstrap bootstrap)
{
    [Fact]
    public async Task A_greeting_comes_back_as_JSON_with_the_request_id()
    {
        await using var lambda = await bootstrap.StartAsync();

        var result = await lambda.InvokeAsync("""{"name":"Ada"}""");

        Assert.False(result.IsError, result.PayloadText);
        using var response = JsonDocument.Parse(result.Payload);
        Assert.Equal("Hello, Ada!", response.RootElement.GetProperty("message").GetString());
        Assert.Equal(result.RequestId, response.RootElement.GetProperty("requestId").GetString());
        Assert.Equal("hello-world", response.RootElement.GetProperty("function").GetString());
        Assert.NotNull(result.Report.InitDuration);
    }

    [Fact]
    public async Task The_handler_named_by_HANDLER_is_the_one_that_runs()
    {
        await using var lambda = await bootstrap.StartAsync(o => o.Handler = "Goodbye");

        var result = await lambda.InvokeAsync("""{"name":"Ada"}""");

        Assert.Contains("Goodbye, Ada!", result.PayloadText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_exception_is_reported_as_a_function_error_and_the_process_keeps_serving()
    {
        await using var lambda = await bootstrap.StartAsync();

        var failed = await lambda.InvokeAsync("""{"name":""}""");
        var next = await lambda.InvokeAsync("""{"name":"Bo"}""");

        Assert.Equal("Unhandled", failed.FunctionError);
        Assert.Equal("Function.ArgumentException", failed.FunctionErrorType);
        using var error = JsonDocument.Parse(failed.Payload);
        Assert.Equal("ArgumentException", error.RootElement.GetProperty("errorType").GetString());
        Assert.Contains("no name", error.RootElement.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.True(error.RootElement.GetProperty("stackTrace").GetArrayLength() > 0);
        Assert.False(next.IsError, next.PayloadText);
        Assert.Null(next.Report.InitDuration);
    }

    [Fact]
    public async Task A_malformed_event_fails_only_that_invocation()
    {
        await using var lambda = await bootstrap.StartAsync();

        var failed = await lambda.InvokeAsync("{\"name\": ");
        var next = await lambda.InvokeAsync("""{"name":"Cy"}""");

        Assert.Equal("Unhandled", failed.FunctionError);
        Assert.Equal("Function.LambdaJsonException", failed.FunctionErrorType);
        Assert.Contains("Path: $", failed.PayloadText, StringComparison.Ordinal);
        Assert.False(next.IsError, next.PayloadText);
    }

    [Fact]
    public async Task A_response_over_6_MB_becomes_a_ResponseSizeTooLarge_error()
    {
        await using var lambda = await bootstrap.StartAsync();

        // "Hello, Ada! " is 11 bytes; 700,000 of them are 7.7 MB.
        var failed = await lambda.InvokeAsync("""{"name":"Ada","repeat":700000}""");
        var next = await lambda.InvokeAsync("""{"name":"Ada"}""");

        Assert.Equal("Unhandled", failed.FunctionError);
        Assert.Equal("Function.ResponseSizeTooLarge", failed.FunctionErrorType);
        Assert.Contains("ResponseSizeTooLarge", failed.PayloadText, StringComparison.Ordinal);
        Assert.False(next.IsError, next.PayloadText);
    }

    [Fact]
    public async Task The_deadline_token_fires_before_Lambda_would_time_the_invocation_out()
    {
        await using var lambda = await bootstrap.StartAsync(o => o.Timeout = TimeSpan.FromSeconds(2));

        var result = await lambda.InvokeAsync("""{"name":"Ada","delayMs":60000}""");

        // The handler's Task.Delay observed the token (500 ms before the deadline) and failed cleanly;
        // a missed token would show up as the emulator's Sandbox.Timedout instead.
        Assert.Equal("Function.TaskCanceledException", result.FunctionErrorType);
        Assert.True(result.Report.Duration < TimeSpan.FromSeconds(2), result.Report.ToString());
    }

    [Fact]
    public async Task Two_invocations_run_at_once_under_multi_concurrency()
    {
        await using var lambda = await bootstrap.StartAsync(o => o.MaxConcurrency = 2);

        var first = lambda.InvokeAsync("""{"name":"Ada","delayMs":1500}""");
        var second = lambda.InvokeAsync("""{"name":"Bo","delayMs":1500}""");
        var results = await Task.WhenAll(first, second);

        Assert.All(results, r => Assert.False(r.IsError, r.PayloadText));
        // Both ran at once: each started before the other ended.
        var output = lambda.Output.ToList();
        int Line(string prefix, string requestId) => output.FindIndex(l => l.StartsWith(prefix + " RequestId: " + requestId, StringComparison.Ordinal));
        Assert.True(Line("START", results[1].RequestId) < Line("END", results[0].RequestId), string.Join('\n', output));
        Assert.True(Line("START", results[0].RequestId) < Line("END", results[1].RequestId), string.Join('\n', output));
        Assert.Contains("Hello, Ada!", results[0].PayloadText, StringComparison.Ordinal);
        Assert.Contains("Hello, Bo!", results[1].PayloadText, StringComparison.Ordinal);
        // Each log line carries its own invocation's request id even though both ran in one process at once.
        Assert.Contains(results[0].RequestId + "\tINFO\tGreeting Ada", results[0].Logs, StringComparison.Ordinal);
        Assert.Contains(results[1].RequestId + "\tINFO\tGreeting Bo", results[1].Logs, StringComparison.Ordinal);
    }
}
