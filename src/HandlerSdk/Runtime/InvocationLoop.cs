using System.Buffers;
using System.Text;
using HandlerSdk.RuntimeApi;
using HandlerSdk.Logging;

namespace HandlerSdk.Runtime;

/// <summary>
/// One Runtime API loop: poll <c>/next</c>, run the handler, post <c>/response</c> or <c>/error</c>, repeat.
/// Lambda runs one of these per concurrent invocation slot; each owns its connection and buffers.
/// </summary>
internal sealed partial class InvocationLoop(RuntimeApiClient client, SelectedHandler handler, FunctionSettings function, LogWriter log, TimeSpan cancellationMargin, AllocationBudget allocationBudget, TextWriter diagnostics) : IDisposable
{
    private const int ResponseBufferRetainBytes = 1024 * 1024;

    private readonly LambdaInvocationHandler? _buffered = handler.Buffered;
    private readonly LambdaStreamingInvocationHandler? _streaming = handler.Streaming;
    private ArrayBufferWriter<byte> _response = new(4096);
    private CancellationTokenSource _deadline = new();

    /// <summary>Runs until <paramref name="stop"/> fires (returns 0) or the Runtime API fails (returns 1).</summary>
    public async Task<int> RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            HttpResponseReader next;
            try
            {
                next = await client.GetNextInvocationAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return 0;
            }
            catch (Exception e)
            {
                return Fatal($"GET /runtime/invocation/next failed: {e.Message}");
            }

            if (next.StatusCode != 200)
            {
                // Lambda answers 500 when the execution environment is broken: the process must end now.
                return Fatal($"GET /runtime/invocation/next answered {next.StatusCode}: {Encoding.UTF8.GetString(next.Body.Span)}");
            }

            var context = CreateContext(next);
            if (context is null)
            {
                return Fatal("GET /runtime/invocation/next answered without a Lambda-Runtime-Aws-Request-Id header.");
            }

            if (!await InvokeAsync(context, next.Body).ConfigureAwait(false))
            {
                return 1;
            }
        }

        return 0;
    }

    private LambdaContext? CreateContext(HttpResponseReader next)
    {
        var headers = next.Headers;
        var requestId = headers["Lambda-Runtime-Aws-Request-Id"];
        if (string.IsNullOrEmpty(requestId))
        {
            return null;
        }

        var deadlineMs = headers.TryGetValueSpan("Lambda-Runtime-Deadline-Ms", out var deadline) ? DeadlineHeader.Parse(deadline) : DeadlineHeader.None;
        return new LambdaContext(
            function,
            log,
            requestId,
            deadlineMs,
            headers["Lambda-Runtime-Invoked-Function-Arn"] ?? string.Empty,
            headers["Lambda-Runtime-Trace-Id"],
            headers["Lambda-Runtime-Client-Context"],
            headers["Lambda-Runtime-Cognito-Identity"],
            headers["Lambda-Runtime-Aws-Tenant-Id"]);
    }

    /// <summary>Runs one invocation and reports its outcome; false when the Runtime API can no longer be reached.</summary>
    private async ValueTask<bool> InvokeAsync(LambdaContext context, ReadOnlyMemory<byte> @event)
    {
        if (_streaming is not null)
        {
            return await InvokeStreamingAsync(_streaming, context, @event).ConfigureAwait(false);
        }

        CurrentInvocation.Value = context;
        ArmDeadline(context.DeadlineMs);
        _response.ResetWrittenCount();
        Exception? failure = null;
        try
        {
            WaitOnLoopThread(_buffered!(@event, context, _response, _deadline.Token));
        }
        catch (Exception e)
        {
            failure = e;
        }

        try
        {
            if (failure is not null)
            {
                log.Write(LogLevel.Error, "Unhandled exception", failure, context.AwsRequestId, context.TraceId);
                await ReportErrorAsync(context, ErrorReport.HeaderFor(failure), ErrorReport.FromException(failure)).ConfigureAwait(false);
            }
            else
            {
                await ReportResponseAsync(context).ConfigureAwait(false);
            }

            return true;
        }
        catch (Exception e)
        {
            Fatal($"Reporting the outcome of {context.AwsRequestId} failed: {e.Message}");
            return false;
        }
        finally
        {
            CurrentInvocation.Value = null;
            // Stop the timer without disposing: a handler may still hold the token (and register on it).
            _deadline.CancelAfter(Timeout.InfiniteTimeSpan);
            if (_response.Capacity > ResponseBufferRetainBytes)
            {
                _response = new ArrayBufferWriter<byte>(4096);
            }

            allocationBudget.AfterInvocation();
        }
    }

    /// <summary>
    /// Waits for a handler on the loop's own thread: its blocking socket must never end up on a thread-pool thread, and a
    /// streaming handler's writes made meanwhile from other threads go straight to that socket.
    /// </summary>
    private static void WaitOnLoopThread(ValueTask pending)
    {
        if (pending.IsCompleted)
        {
            pending.GetAwaiter().GetResult();
        }
        else
        {
            pending.AsTask().GetAwaiter().GetResult();
        }
    }

    private async ValueTask ReportResponseAsync(LambdaContext context)
    {
        var status = await client.PostResponseAsync(context.AwsRequestId, _response.WrittenMemory, CancellationToken.None).ConfigureAwait(false);
        if (status == 413)
        {
            // Lambda refuses responses over its payload limit and fails the invocation itself; this runtime still
            // logs why and posts the error, for Runtime API implementations that leave the invocation open.
            var message = $"Response payload size ({_response.WrittenCount} bytes) exceeded the maximum allowed payload size.";
            log.Write(LogLevel.Error, message, null, context.AwsRequestId, context.TraceId);
            var follow = await client.PostErrorAsync(context.AwsRequestId, "Function.ResponseSizeTooLarge", ErrorReport.FromMessage("ResponseSizeTooLarge", message), CancellationToken.None).ConfigureAwait(false);
            ThrowIfBroken(follow, "error");
        }
        else
        {
            CheckAccepted(status, "response", context);
        }
    }

    private async ValueTask ReportErrorAsync(LambdaContext context, string errorType, byte[] body)
    {
        var status = await client.PostErrorAsync(context.AwsRequestId, errorType, body, CancellationToken.None).ConfigureAwait(false);
        CheckAccepted(status, "error", context);
    }

    /// <summary>202 is normal; a 4xx (an invocation that timed out, say) is worth a warning; a 5xx ends the process.</summary>
    private void CheckAccepted(int status, string what, LambdaContext context)
    {
        ThrowIfBroken(status, what);
        if (status != 202)
        {
            log.Write(LogLevel.Warning, $"The Runtime API rejected the {what} for {context.AwsRequestId}: {status} {Encoding.UTF8.GetString(client.Response.Body.Span)}", null, context.AwsRequestId, context.TraceId);
        }
    }

    /// <summary>The Runtime API answers 500 when the execution environment is broken: the runtime must exit.</summary>
    private void ThrowIfBroken(int status, string what)
    {
        if (status >= 500)
        {
            throw new IOException($"POST /{what} answered {status}: {Encoding.UTF8.GetString(client.Response.Body.Span)}");
        }
    }

    private void ArmDeadline(long deadlineMs)
    {
        // A fresh source per invocation: a token a handler kept must never report a later invocation's deadline.
        _deadline = new CancellationTokenSource();
        var delay = DeadlineHeader.CancellationDelayMs(deadlineMs, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), cancellationMargin);
        if (delay == 0)
        {
            _deadline.Cancel();
        }
        else if (delay is { } milliseconds)
        {
            _deadline.CancelAfter(TimeSpan.FromMilliseconds(milliseconds));
        }
    }

    public void Dispose()
    {
        client.Dispose();
        _deadline.Dispose();
    }

    private int Fatal(string message)
    {
        diagnostics.WriteLine($"HandlerSdk: {message}");
        diagnostics.Flush();
        return 1;
    }
}
