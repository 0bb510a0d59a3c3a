using System.Diagnostics;
using System.Net.Sockets;
using HandlerSdk.RuntimeApi;
using HandlerSdk.Runtime;

namespace HandlerSdk.Tests.Runtime;

/// <summary>
/// At start-up the Runtime API may still be coming up: the runtime retries for a while, then gives up with a
/// message that says where it tried, how often and for how long.
/// </summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_refused_connection_is_retried_until_it_succeeds()
    {
        var attempts = 0;
        using var client = new RuntimeApiClient("h:1", _ =>
            ++attempts < 3 ? throw new SocketException((int)SocketError.ConnectionRefused) : ValueTask.FromResult<IHttpTransport>(new Tests.RuntimeApi.ScriptedTransport()));
        using var diagnostics = new StringWriter();

        var connected = await Startup.TryConnectAsync(client, "h:1", TimeSpan.FromSeconds(10), diagnostics);

        Assert.True(connected);
        Assert.Equal(3, attempts);
        Assert.Empty(diagnostics.ToString());
    }

    [Fact]
    public async Task An_endpoint_refusing_connections_gives_up_with_a_clear_message()
    {
        var attempts = 0;
        using var client = new RuntimeApiClient("h:1", _ =>
        {
            attempts++;
            throw new SocketException((int)SocketError.ConnectionRefused);
        });
        using var diagnostics = new StringWriter();

        var connected = await Startup.TryConnectAsync(client, "127.0.0.1:9", TimeSpan.FromMilliseconds(300), diagnostics).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(connected);
        Assert.True(attempts > 1);
        Assert.StartsWith($"HandlerSdk: cannot reach the Lambda Runtime API at 127.0.0.1:9 ({attempts} attempts over ", diagnostics.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connect_attempt_that_hangs_is_abandoned_at_the_connect_timeout()
    {
        // A blackholed address never answers the SYN: the attempt itself must be bounded, not only the retries. Each
        // attempt here hangs until its own token ends it, so every attempt ending that way shows the bound at work.
        var started = 0;
        var abandoned = 0;
        using var client = new RuntimeApiClient("h:1", async cancellationToken =>
        {
            Interlocked.Increment(ref started);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref abandoned);
                throw;
            }

            throw new UnreachableException();
        });
        using var diagnostics = new StringWriter();

        var connected = await Startup.TryConnectAsync(client, "10.255.255.1:9001", TimeSpan.FromMilliseconds(300), diagnostics).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(connected);
        Assert.True(started >= 1);
        Assert.Equal(started, abandoned);
        Assert.StartsWith("HandlerSdk: cannot reach the Lambda Runtime API at 10.255.255.1:9001", diagnostics.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("no answer to the last attempt" + Environment.NewLine, diagnostics.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>
/// Arming a timer starts the runtime's timer thread before the first <c>GET /next</c>; the socket transport bounds its
/// own wait, so only a connect attempt still under way needs the clock. <see cref="Timer.ActiveCount"/> is process-wide,
/// hence the collection that runs alone.
/// </summary>
[Collection(ProcessState.Name)]
public sealed class StartupTimerTests
{
    [Fact]
    public async Task A_connect_that_completes_at_once_arms_no_timer()
    {
        var timersBefore = Timer.ActiveCount;
        long timersDuringConnect = -1;
        using var client = new RuntimeApiClient("h:1", _ =>
        {
            timersDuringConnect = Timer.ActiveCount;
            return ValueTask.FromResult<IHttpTransport>(new Tests.RuntimeApi.ScriptedTransport());
        });
        using var diagnostics = new StringWriter();

        var connected = await Startup.TryConnectAsync(client, "h:1", TimeSpan.FromSeconds(10), diagnostics);

        Assert.True(connected);
        Assert.True(timersDuringConnect <= timersBefore, $"{timersDuringConnect - timersBefore} timer(s) armed for a connect that completed at once");
    }
}
