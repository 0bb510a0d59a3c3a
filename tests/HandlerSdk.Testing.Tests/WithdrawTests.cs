using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.Testing.Tests;

/// <summary>A caller that gives up on a queued invocation takes it back: the function must never receive it.</summary>
public sealed class WithdrawTests
{
    [Fact]
    public async Task A_cancelled_in_process_invocation_still_queued_never_reaches_the_function()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        var busy = lambda.InvokeAsync("""{"n":1}""");
        using var first = await runtime.NextAsync();

        using var cancel = new CancellationTokenSource();
        var queued = lambda.InvokeAsync("""{"n":2}""", cancellationToken: cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestTimeouts.Within(queued));

        await AssertNextIsAfterAsync(lambda, runtime, first, busy);
    }

    [Fact]
    public async Task A_queued_http_invocation_whose_caller_hangs_up_never_reaches_the_function()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        var busy = lambda.InvokeAsync("""{"n":1}""");
        using var first = await runtime.NextAsync();

        using (var client = new TcpClient())
        {
            await client.ConnectAsync("127.0.0.1", lambda.BaseAddress.Port);
            const string body = """{"n":2}""";
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(
                $"POST /2015-03-31/functions/function/invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {body.Length}\r\n\r\n{body}"));
            await TestTimeouts.UntilAsync(() => lambda.Broker.HasQueued);
        }

        await TestTimeouts.UntilAsync(() => lambda.Broker.WithdrawnCount == 1);
        await AssertNextIsAfterAsync(lambda, runtime, first, busy);
    }

    [Fact]
    public async Task Cancelling_after_the_runtime_received_the_event_does_not_withdraw_it()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        using var cancel = new CancellationTokenSource();
        var call = lambda.InvokeAsync("""{"n":1}""", cancellationToken: cancel.Token);
        using var first = await runtime.NextAsync();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestTimeouts.Within(call));
        using var answer = await runtime.RespondAsync(RuntimeClient.Header(first, "Lambda-Runtime-Aws-Request-Id"), "{}");

        Assert.Equal(System.Net.HttpStatusCode.Accepted, answer.StatusCode);
        Assert.Equal(0, lambda.Broker.WithdrawnCount);
    }

    // Finishes the busy invocation, queues a third one, and checks the runtime's next event is that third one.
    private static async Task AssertNextIsAfterAsync(LambdaEmulator lambda, RuntimeClient runtime, HttpResponseMessage first, Task<LambdaInvocationResult> busy)
    {
        Assert.Equal(1, lambda.Broker.WithdrawnCount);
        using var answer = await runtime.RespondAsync(RuntimeClient.Header(first, "Lambda-Runtime-Aws-Request-Id"), "{}");
        await TestTimeouts.Within(busy);

        var third = lambda.InvokeAsync("""{"n":3}""");
        using var next = await runtime.NextAsync();
        Assert.Equal("""{"n":3}""", await next.Content.ReadAsStringAsync());
        await runtime.RespondAsync(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"), "{}");
        await TestTimeouts.Within(third);
    }
}
