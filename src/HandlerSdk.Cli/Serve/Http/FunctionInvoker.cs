using System.Text.Json;
using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>How one invocation went, as the gateway needs to know it.</summary>
internal enum InvokeStatus
{
    /// <summary>The function answered; <see cref="InvokeOutcome.Payload"/> is its response.</summary>
    Succeeded,

    /// <summary>The function failed (an exception, a crash, a response too large); the payload is Lambda's error JSON.</summary>
    FunctionFailed,

    /// <summary>The function ran past its timeout.</summary>
    TimedOut,

    /// <summary>Lambda refused the call before it ran: payload too large, no environment.</summary>
    Rejected,

    /// <summary>Lambda refused the call: every execution environment the function may have is busy.</summary>
    Throttled,

    /// <summary>Lambda refused the payload as too large (the body grew past 6 MB as base64 in the event).</summary>
    TooLarge,

    /// <summary>The function streams its answer: <see cref="InvokeOutcome.Stream"/> has its status and headers, its body comes.</summary>
    Streamed,

    /// <summary>The function's streamed answer has no valid Function URL prelude; the reason says what is wrong.</summary>
    Malformed,
}

/// <param name="Status">How it went.</param>
/// <param name="Payload">The function's response, or Lambda's error JSON.</param>
/// <param name="Reason">For anything but success: one line saying what happened.</param>
internal sealed record InvokeOutcome(InvokeStatus Status, byte[] Payload, string? Reason)
{
    /// <summary>For <see cref="InvokeStatus.Streamed"/>: the response, its body still coming.</summary>
    public StreamedResponse? Stream { get; init; }
}

/// <summary>
/// Calls a function the way serve's Invoke API does: an environment from the function's pool (waiting for one, or
/// throttled, as <c>--max-concurrency</c>/<c>--reserved-concurrency</c> say), the event given to that environment's
/// emulator as an <c>InvokeWithResponseStream</c> call, the environment held until the function ends even when the HTTP
/// client hangs up first.
/// </summary>
internal static class FunctionInvoker
{
    private const string TimedOutErrorType = "Sandbox.Timedout";

    public static async Task<InvokeOutcome> InvokeAsync(string function, FunctionPool pool, byte[] payload, CancellationToken cancellationToken)
    {
        var environment = pool.ThrottlesWhenFull ? pool.TryLease() : await pool.LeaseAsync(cancellationToken).ConfigureAwait(false);
        if (environment is null)
        {
            return new InvokeOutcome(InvokeStatus.Throttled, [], $"{function} is throttled: all its execution environments (--reserved-concurrency) are busy");
        }

        var releasedLater = false;
        try
        {
            LambdaEmulator emulator;
            try
            {
                emulator = await environment.EmulatorAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                pool.Discard(environment);
                return new InvokeOutcome(InvokeStatus.Rejected, [], $"could not start an execution environment of {function}: {ex.Message}");
            }

            // Called as InvokeWithResponseStream, in-process: a function that streams is relayed as it writes (a Function URL
            // in RESPONSE_STREAM mode), one that does not answers in one piece, as through Invoke.
            var finished = environment.NextReportAsync();
            LambdaStreamingInvocation invocation;
            try
            {
                invocation = await emulator.InvokeWithResponseStreamAsync(payload, null, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                return new InvokeOutcome(InvokeStatus.TooLarge, [], $"Lambda refused the {payload.Length}-byte event: {ex.Message}");
            }
            catch (ObjectDisposedException ex)
            {
                return new InvokeOutcome(InvokeStatus.Rejected, [], $"the execution environment of {function} stopped: {ex.Message}");
            }

            var chunks = invocation.ReadChunksAsync(CancellationToken.None).GetAsyncEnumerator(CancellationToken.None);
            var handedOver = false;
            try
            {
                bool any;
                try
                {
                    any = await chunks.MoveNextAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // The client hung up, but the function runs on (as in Lambda): its environment is not free until it ends.
                    pool.ReleaseWhenFinished(environment, finished);
                    releasedLater = true;
                    throw;
                }
                catch (ObjectDisposedException ex)
                {
                    return new InvokeOutcome(InvokeStatus.Rejected, [], $"the execution environment of {function} stopped: {ex.Message}");
                }

                if (invocation.ContentType is { } streamedType)
                {
                    var streamed = await StreamedAsync(function, streamedType, chunks, any, invocation).ConfigureAwait(false);
                    if (streamed.Stream is not null)
                    {
                        pool.ReleaseWhenFinished(environment, finished);
                        releasedLater = true;
                        handedOver = true;
                    }

                    return streamed;
                }

                var body = any ? chunks.Current.ToArray() : [];
                LambdaInvocationResult result;
                try
                {
                    result = await invocation.Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (ObjectDisposedException ex)
                {
                    return new InvokeOutcome(InvokeStatus.Rejected, [], $"the execution environment of {function} stopped: {ex.Message}");
                }

                if (!result.IsError)
                {
                    return new InvokeOutcome(InvokeStatus.Succeeded, body, null);
                }

                return Failed(function, result.Payload);
            }
            finally
            {
                if (!handedOver)
                {
                    await invocation.DisposeAsync().ConfigureAwait(false);
                    await chunks.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (!releasedLater)
            {
                pool.Release(environment);
            }
        }
    }

    /// <summary>
    /// A streamed answer: the Function URL form's prelude gives status, headers and cookies; any other content type is
    /// the body of a 200 of that type. An answer that fails before its first byte is an error like a buffered one.
    /// </summary>
    private static async Task<InvokeOutcome> StreamedAsync(string function, string contentType, IAsyncEnumerator<ReadOnlyMemory<byte>> chunks, bool any, LambdaStreamingInvocation invocation)
    {
        if (!any && invocation.Completion.IsCompleted && (await invocation.Completion.ConfigureAwait(false)).IsError is true)
        {
            return Failed(function, invocation.Completion.Result.Payload);
        }

        if (!string.Equals(contentType, StreamingPrelude.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return new InvokeOutcome(InvokeStatus.Streamed, [], null)
            {
                Stream = new StreamedResponse(200, [new("Content-Type", contentType)], any ? chunks.Current : default, chunks, invocation),
            };
        }

        // The prelude may come in pieces: gather until the 8 NULs (or the stream's end).
        var head = new List<byte>();
        var bodyStart = -1;
        while (any)
        {
            head.AddRange(chunks.Current.Span);
            if ((bodyStart = StreamingPrelude.BodyStart(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(head))) >= 0)
            {
                break;
            }

            if (head.Count > StreamingPrelude.MaxBytes)
            {
                return new InvokeOutcome(InvokeStatus.Malformed, [], $"malformed response from {function}: no 8-NUL separator in the first {StreamingPrelude.MaxBytes} bytes of its {StreamingPrelude.ContentType} stream");
            }

            any = await chunks.MoveNextAsync().ConfigureAwait(false);
        }

        if (bodyStart < 0)
        {
            var result = await invocation.Completion.ConfigureAwait(false);
            if (result.IsError)
            {
                return Failed(function, result.Payload);
            }

            if (head.Count > 0)
            {
                return new InvokeOutcome(InvokeStatus.Malformed, [], $"malformed response from {function}: its {StreamingPrelude.ContentType} stream ended without the 8-NUL separator");
            }
        }

        var all = head.ToArray();
        var preludeEnd = bodyStart < 0 ? 0 : bodyStart - 8;
        try
        {
            var (status, headers) = StreamingPrelude.Parse(all.AsSpan(0, preludeEnd));
            return new InvokeOutcome(InvokeStatus.Streamed, [], null)
            {
                Stream = new StreamedResponse(status, headers, bodyStart < 0 ? default : all.AsMemory(bodyStart), chunks, invocation),
            };
        }
        catch (MalformedResponseException ex)
        {
            return new InvokeOutcome(InvokeStatus.Malformed, [], $"malformed response from {function}: {ex.Message}");
        }
    }

    private static InvokeOutcome Failed(string function, byte[] body)
    {
        var errorType = ErrorType(body);
        return errorType == TimedOutErrorType
            ? new InvokeOutcome(InvokeStatus.TimedOut, body, $"{function} timed out: {Message(body)}")
            : new InvokeOutcome(InvokeStatus.FunctionFailed, body, $"{function} failed with {errorType ?? "an error"}: {Message(body)}");
    }


    private static string? ErrorType(byte[] body) => Property(body, "errorType");

    /// <summary>Lambda's error message (<c>errorMessage</c>, or an Invoke API error's <c>message</c>), else the body itself.</summary>
    private static string Message(byte[] body) =>
        Property(body, "errorMessage") ?? Property(body, "message") ?? System.Text.Encoding.UTF8.GetString(body);

    private static string? Property(byte[] body, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(name, out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
