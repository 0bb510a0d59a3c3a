using System.Net;
using HandlerSdk.Testing.Internal;

namespace HandlerSdk.Testing.Tests;

public sealed class LifecycleRaceTests
{
    [Fact]
    public void Deadline_timer_started_after_the_invocation_finished_never_fires()
    {
        var invocation = new Invocation("id", [], options: null, isAsync: false);
        Assert.True(invocation.TryDispatch(TimeSpan.FromSeconds(1), process: null));
        Assert.True(invocation.TryFinish());
        var fired = 0;

        // No timer is made at all, so none can fire later: nothing to wait for.
        Assert.False(invocation.StartDeadlineTimer(TimeSpan.FromMilliseconds(1), _ => Interlocked.Increment(ref fired)));
        Assert.Equal(0, Volatile.Read(ref fired));
    }

    [Fact]
    public async Task Event_invocation_abandoned_at_disposal_raises_no_unobserved_task_exception()
    {
        var unobserved = new List<Exception>();
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e)
        {
            if (e.Exception.InnerExceptions.Any(inner => inner is ObjectDisposedException { ObjectName: nameof(LambdaEmulator) }))
            {
                lock (unobserved)
                {
                    unobserved.Add(e.Exception);
                }
            }
        }

        TaskScheduler.UnobservedTaskException += OnUnobserved;
        try
        {
            await QueueEventsThenDisposeAsync();
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            lock (unobserved)
            {
                Assert.Empty(unobserved);
            }
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }
    }

    private static async Task QueueEventsThenDisposeAsync()
    {
        var lambda = await LambdaEmulator.StartAsync();
        using (var http = new HttpClient { BaseAddress = lambda.BaseAddress })
        {
            for (var i = 0; i < 5; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/2015-03-31/functions/function/invocations") { Content = new StringContent("{}") };
                request.Headers.Add("X-Amz-Invocation-Type", "Event");
                using var response = await http.SendAsync(request);
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            }
        }

        await lambda.DisposeAsync();
    }
}
