using HandlerSdk.Cli.Serve;
using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Tests;

public sealed class FunctionPoolTests
{
    private readonly List<Action<string>> _outputs = [];

    [Fact]
    public async Task Calls_reuse_an_idle_environment_start_new_ones_up_to_the_limit_then_are_refused()
    {
        await using var pool = new FunctionPool(2, true, TimeSpan.FromSeconds(3), Create);

        var first = pool.TryLease();
        var second = pool.TryLease();
        var third = pool.TryLease();
        pool.Release(first!);
        var reused = pool.TryLease();

        Assert.Equal([1, 2], new[] { first!.Number, second!.Number });
        Assert.Null(third);
        Assert.Same(first, reused);
        Assert.Equal(2, pool.EnvironmentCount);
    }

    [Fact]
    public async Task A_queued_call_beyond_the_limit_goes_to_the_least_busy_environment()
    {
        await using var pool = new FunctionPool(2, true, TimeSpan.FromSeconds(3), Create);
        var first = pool.TryLease()!;
        var second = pool.TryLease()!;
        _ = pool.LeaseQueued(); // first: 2 calls, second: 1

        var queued = pool.LeaseQueued();

        Assert.Same(second, queued);
        Assert.Equal(2, pool.EnvironmentCount);
        _ = first;
    }

    [Fact]
    public async Task A_stopped_pool_starts_no_environment_that_would_outlive_it()
    {
        var pool = new FunctionPool(2, true, TimeSpan.FromSeconds(3), Create);
        await pool.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => pool.TryLease());
        Assert.Throws<ObjectDisposedException>(() => pool.LeaseQueued());
        Assert.Empty(_outputs);
    }

    [Fact]
    public async Task An_accepted_event_keeps_its_environment_busy_until_its_report_line_even_one_already_printed()
    {
        await using var pool = new FunctionPool(1, true, TimeSpan.FromSeconds(3), Create);
        var environment = pool.LeaseQueued();
        var output = _outputs.Single();

        output("REPORT RequestId: early\tDuration: 1.00 ms");
        Assert.False(environment.ExpectReport("early")); // its REPORT came before the 202 was relayed: already free

        Assert.True(environment.ExpectReport("slow"));
        Assert.Null(pool.TryLease());
        output("REPORT RequestId: slow\tDuration: 900.00 ms");
        Assert.Same(environment, pool.TryLease());
    }

    [Fact]
    public async Task An_abandoned_call_frees_its_environment_at_the_next_report_line_not_before()
    {
        await using var pool = new FunctionPool(1, true, TimeSpan.FromMinutes(5), Create);
        var environment = pool.TryLease()!;
        var finished = environment.NextReportAsync();

        pool.ReleaseWhenFinished(environment, finished);
        Assert.Null(pool.TryLease());
        _outputs.Single()("REPORT RequestId: abandoned\tDuration: 2000.00 ms");
        await finished;
        while (pool.Running > 0)
        {
            await Task.Delay(10);
        }

        Assert.Same(environment, pool.TryLease());
    }

    [Fact]
    public async Task A_call_that_may_wait_gets_the_environment_its_predecessor_releases()
    {
        await using var pool = new FunctionPool(1, false, TimeSpan.FromSeconds(3), Create);
        var first = pool.TryLease()!;

        var waiting = pool.LeaseAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        pool.Release(first);

        Assert.Same(first, await waiting);
    }

    [Fact]
    public async Task A_waiting_call_learns_when_a_rebuild_stops_the_pool()
    {
        var pool = new FunctionPool(1, false, TimeSpan.FromSeconds(3), Create);
        _ = pool.TryLease();
        var waiting = pool.LeaseAsync(CancellationToken.None);

        await pool.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => waiting);
    }

    [Fact]
    public async Task Draining_waits_for_the_calls_still_running()
    {
        await using var pool = new FunctionPool(2, true, TimeSpan.FromMinutes(5), Create);
        var environment = pool.TryLease()!;

        // A drain given up while the call runs was still waiting for it: it ends cancelled, not with a count.
        using (var stop = new CancellationTokenSource())
        {
            var waiting = pool.DrainAsync(stop.Token);
            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        }

        pool.Release(environment);

        Assert.Equal(0, await pool.DrainAsync(CancellationToken.None));
    }

    private ExecutionEnvironment Create(int number) => new(number, onOutput =>
    {
        _outputs.Add(onOutput);
        return Task.FromException<LambdaEmulator>(new InvalidOperationException("no emulator in this test"));
    });
}
