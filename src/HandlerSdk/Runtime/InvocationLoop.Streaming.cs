using HandlerSdk.RuntimeApi;
using HandlerSdk.Streaming;

namespace HandlerSdk.Runtime;

/// <summary>
/// The streaming half of the loop: the handler writes to a <see cref="LambdaResponseStream"/> whose writes go out
/// at once on this loop's connection; when its task completes the loop ends the request: with the terminating
/// chunk, with the error trailers when it failed after its first byte, or as a plain <c>/error</c> when it failed
/// before it.
/// </summary>
internal sealed partial class InvocationLoop
{
    /// <summary>
    /// The error report carried in a trailer is kept well under common header-size limits (it travels base64-encoded,
    /// a third larger); the message and deepest frames are shortened first, as for <c>/error</c>.
    /// </summary>
    internal const int TrailerErrorBytes = 8 * 1024;

    private async ValueTask<bool> InvokeStreamingAsync(LambdaStreamingInvocationHandler streaming, LambdaContext context, ReadOnlyMemory<byte> @event)
    {
        CurrentInvocation.Value = context;
        ArmDeadline(context.DeadlineMs);
        // A fresh stream per invocation: one a handler kept must refuse writes once its invocation is over.
        var response = new LambdaResponseStream(client, context.AwsRequestId, context.DeadlineMs, _deadline);
        Exception? failure = null;
        try
        {
            WaitOnLoopThread(streaming(@event, context, response, _deadline.Token));
        }
        catch (Exception e)
        {
            failure = e;
        }

        try
        {
            var state = response.EndWrites();
            if (failure is not null && !IsStreamFailure(failure, response))
            {
                log.Write(LogLevel.Error, "Unhandled exception", failure, context.AwsRequestId, context.TraceId);
            }

            switch (state)
            {
                case StreamState.Broken:
                    await ReportBrokenStreamAsync(context, response.Failure!).ConfigureAwait(false);
                    break;
                case StreamState.NotStarted when failure is not null:
                    await ReportErrorAsync(context, ErrorReport.HeaderFor(failure), ErrorReport.FromException(failure)).ConfigureAwait(false);
                    break;
                default:
                    if (state == StreamState.NotStarted)
                    {
                        // The handler wrote nothing: the answer is an empty streamed response (head, then the last chunk).
                        client.StartStreamingResponse(context.AwsRequestId, response.ContentType, ReadOnlySpan<byte>.Empty);
                    }

                    var status = failure is null
                        ? await client.FinishStreamingResponseAsync(null, ReadOnlyMemory<byte>.Empty, CancellationToken.None).ConfigureAwait(false)
                        : await client.FinishStreamingResponseAsync(ErrorReport.HeaderFor(failure), ErrorReport.FromException(failure, TrailerErrorBytes), CancellationToken.None).ConfigureAwait(false);
                    await CheckStreamAnswerAsync(status, response.BytesWritten, context).ConfigureAwait(false);
                    break;
            }

            return true;
        }
        catch (Exception e)
        {
            client.AbandonStreamingResponse();
            Fatal($"Reporting the outcome of {context.AwsRequestId} failed: {e.Message}");
            return false;
        }
        finally
        {
            CurrentInvocation.Value = null;
            _deadline.CancelAfter(Timeout.InfiniteTimeSpan);
            allocationBudget.AfterInvocation();
        }
    }

    /// <summary>The Runtime API answered before the last chunk, or the connection broke: the request cannot be finished.</summary>
    private async ValueTask ReportBrokenStreamAsync(LambdaContext context, IOException failure)
    {
        var status = (failure as StreamedResponseEndedException)?.StatusCode;
        if (status >= 500)
        {
            throw new IOException(failure.Message, failure);
        }

        log.Write(LogLevel.Error, "The streamed response could not be completed", failure, context.AwsRequestId, context.TraceId);
        if (status == 413)
        {
            await ReportTooLargeAsync(context, null).ConfigureAwait(false);
        }

        // Without an answer (the connection broke) the loop goes on: the next GET /next, on a new connection, tells
        // a Runtime API that is gone (fatal) from one that dropped this request only.
    }

    private async ValueTask CheckStreamAnswerAsync(int status, long bytesWritten, LambdaContext context)
    {
        if (status == 413)
        {
            await ReportTooLargeAsync(context, bytesWritten).ConfigureAwait(false);
        }
        else
        {
            CheckAccepted(status, "response", context);
        }
    }

    private async ValueTask ReportTooLargeAsync(LambdaContext context, long? bytesWritten)
    {
        // As for a buffered response: Lambda fails the invocation itself; the runtime still logs why and posts the
        // error, for Runtime API implementations that leave the invocation open.
        var message = bytesWritten is { } size
            ? $"Streamed response size ({size} bytes) exceeded the maximum allowed response size."
            : "The streamed response exceeded the maximum allowed response size.";
        log.Write(LogLevel.Error, message, null, context.AwsRequestId, context.TraceId);
        var follow = await client.PostErrorAsync(context.AwsRequestId, "Function.ResponseSizeTooLarge", ErrorReport.FromMessage("ResponseSizeTooLarge", message), CancellationToken.None).ConfigureAwait(false);
        ThrowIfBroken(follow, "error");
    }

    /// <summary>Whether the handler merely let the stream's own failure escape (already reported as such).</summary>
    private static bool IsStreamFailure(Exception failure, LambdaResponseStream response)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (ReferenceEquals(e, response.Failure) || ReferenceEquals(e.InnerException, response.Failure) && e is IOException)
            {
                return true;
            }
        }

        return false;
    }
}
