using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// The answer of <c>InvokeWithResponseStream</c>: a 200 in <c>application/vnd.amazon.eventstream</c>, one
/// <c>PayloadChunk</c> event per piece the function streamed, written and flushed as it arrives, then one
/// <c>InvokeComplete</c> with the error (if any) and, for <c>X-Amz-Log-Type: Tail</c>, the log tail.
/// </summary>
internal sealed class EventStreamResponse(FunctionIdentity identity, InvocationBroker broker)
{
    public const string ContentType = "application/vnd.amazon.eventstream";

    public async Task WriteAsync(HttpContext context, Invocation invocation, Task<LambdaInvocationResult> resultTask)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        var streaming = new LambdaStreamingInvocation(invocation, broker, resultTask);
        try
        {
            // A caller reading slowly is the back-pressure that slows the function, not a reason to drop it.
            if (context.Features.Get<IHttpMinResponseDataRateFeature>() is { } minimumRate)
            {
                minimumRate.MinDataRate = null;
            }

            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = ContentType;
            response.Headers["X-Amz-Executed-Version"] = identity.FunctionVersion;
            await response.StartAsync(aborted).ConfigureAwait(false);

            // The headers leave now, before the function's first byte: the caller knows the call was accepted.
            await response.Body.FlushAsync(aborted).ConfigureAwait(false);
            await foreach (var chunk in streaming.ReadChunksAsync(aborted).ConfigureAwait(false))
            {
                await response.Body.WriteAsync(EventStreamWriter.PayloadChunk(chunk.Span), aborted).ConfigureAwait(false);
                await response.Body.FlushAsync(aborted).ConfigureAwait(false);
            }

            var result = await resultTask.WaitAsync(aborted).ConfigureAwait(false);
            var logResult = string.Equals(context.Request.Headers["X-Amz-Log-Type"].ToString(), "Tail", StringComparison.OrdinalIgnoreCase)
                ? InvokeApi.Tail(result.Logs)
                : null;
            var complete = result.IsError
                ? EventStreamWriter.InvokeComplete(result.FunctionErrorType ?? result.FunctionError, result.PayloadText, logResult)
                : EventStreamWriter.InvokeComplete(null, null, logResult);
            await response.Body.WriteAsync(complete, aborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && aborted.IsCancellationRequested)
        {
            // The caller hung up: a queued invocation is taken back; a running one runs on, its output dropped.
            await streaming.DisposeAsync().ConfigureAwait(false);
        }
    }
}
