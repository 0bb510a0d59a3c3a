using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// Reads a runtime's streamed <c>/response</c> (<c>Lambda-Runtime-Function-Response-Mode: streaming</c>, chunked, with
/// error trailers) as it arrives: each piece goes on to a streaming caller at once, or is gathered for a buffered one.
/// </summary>
internal sealed class StreamedResponseReader(InvocationBroker broker, LambdaEmulatorOptions options)
{
    public const string ErrorTypeTrailer = "Lambda-Runtime-Function-Error-Type";
    public const string ErrorBodyTrailer = "Lambda-Runtime-Function-Error-Body";
    private const string ResponseSizeTooLargeType = "Function.ResponseSizeTooLarge";
    private const string TruncatedType = "Runtime.TruncatedResponse";
    private const int ReadBytes = 64 * 1024;

    /// <summary>Reads the stream to its end (or until the invocation ends another way) and finishes the invocation.</summary>
    /// <param name="context">The runtime's request.</param>
    /// <param name="invocation">The invocation it answers, already marked as streaming.</param>
    /// <param name="contentType">The content type the runtime gave its stream.</param>
    /// <param name="ended">Cancelled when the invocation ends without this stream (deadline, process exit).</param>
    public async Task ReadAsync(HttpContext context, Invocation invocation, string contentType, CancellationToken ended)
    {
        var chunks = invocation.Chunks;
        var gathered = chunks is null ? new ArrayBufferWriter<byte>() : null;

        // A buffered Invoke keeps the buffered limit, as Lambda buffers the whole stream for it.
        var limit = chunks is null ? options.MaxSyncPayloadBytes : options.MaxStreamedResponseBytes;
        var pacer = options.ThrottleStreamedResponses ? new StreamPacer() : null;
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBytes);
        long total = 0;

        // Lambda lets the function run on when its caller hangs up; on request, the upload is cut instead, so the
        // runtime's next write fails (HandlerSdk's runtime then cancels the invocation's token).
        var cutOnDisconnect = chunks is not null && options.EndStreamOnClientDisconnect;
        using var cut = cutOnDisconnect ? chunks!.ReaderGoneToken.Register(static state => ((HttpContext)state!).Abort(), context) : default;
        try
        {
            while (true)
            {
                int read;
                try
                {
                    read = await context.Request.Body.ReadAsync(buffer, ended).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (ended.IsCancellationRequested)
                {
                    context.Abort(); // the invocation is over (timed out, say): the runtime's upload fails, as in Lambda
                    return;
                }
                catch (Exception ex) when (cutOnDisconnect && chunks!.ReaderGone && ex is IOException or BadHttpRequestException or OperationCanceledException)
                {
                    // Cut because the caller left: not a truncated response but a disconnect, which the result records.
                    broker.Finish(invocation, [], functionError: null, errorType: null, contentType: contentType);
                    return;
                }
                catch (Exception ex) when (ex is IOException or BadHttpRequestException or OperationCanceledException)
                {
                    // The runtime's connection broke before the stream's end. A process that crashed is reported as the exit
                    // it is (its exit ends the invocation in a moment); otherwise the stream was cut short.
                    await Task.Delay(TimeSpan.FromMilliseconds(500), ended).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
                    broker.Finish(
                        invocation,
                        JsonBodies.FunctionError(TruncatedType, $"The runtime's response stream ended before it was complete: {ex.Message}"),
                        "Unhandled",
                        TruncatedType,
                        contentType: contentType);
                    return;
                }

                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > limit)
                {
                    var message = string.Create(
                        CultureInfo.InvariantCulture,
                        $"Response payload size exceeded maximum allowed payload size ({limit} bytes).");
                    broker.Finish(invocation, JsonBodies.FunctionError(ResponseSizeTooLargeType, message), "Unhandled", ResponseSizeTooLargeType, contentType: contentType);
                    context.Abort(); // the function's next write fails
                    return;
                }

                if (gathered is not null)
                {
                    gathered.Write(buffer.AsSpan(0, read));
                }
                else if (cutOnDisconnect && chunks!.ReaderGone)
                {
                    broker.Finish(invocation, [], functionError: null, errorType: null, contentType: contentType);
                    context.Abort();
                    return;
                }
                else if (chunks!.ReaderGone)
                {
                    // The caller hung up. Lambda lets the function run on (and bills it): its bytes are read and dropped.
                    invocation.Drop(read);
                }
                else if (!await chunks.WriteAsync(buffer.AsSpan(0, read).ToArray()).ConfigureAwait(false))
                {
                    if (ended.IsCancellationRequested)
                    {
                        context.Abort();
                        return;
                    }

                    // The caller hung up while this piece was on its way: it is dropped with the ones after it.
                    invocation.ClientDisconnected = true;
                    invocation.Drop(read);
                }

                if (pacer is not null)
                {
                    try
                    {
                        await pacer.PaceAsync(total, ended).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        context.Abort();
                        return;
                    }
                }
            }

            if (broker.TakeAwaitingAnswer(invocation.RequestId) is null)
            {
                return; // it ended meanwhile: nothing is left to answer
            }

            if (Trailer(context, ErrorTypeTrailer) is { } errorType)
            {
                // An error after the first byte: its body travels base64-encoded in the other trailer.
                var errorBody = DecodeBase64(Trailer(context, ErrorBodyTrailer)) ?? JsonBodies.FunctionError(errorType, "The runtime reported an error in the stream's trailers without a body.");
                broker.Finish(invocation, errorBody, "Unhandled", errorType, contentType: contentType);
            }
            else
            {
                broker.Finish(invocation, gathered?.WrittenSpan.ToArray() ?? [], functionError: null, errorType: null, contentType: contentType);
            }

            await HttpResponses.WriteJsonAsync(context.Response, StatusCodes.Status202Accepted, JsonBodies.StatusOk).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static string? Trailer(HttpContext context, string name)
    {
        if (!context.Request.SupportsTrailers() || !context.Request.CheckTrailersAvailable())
        {
            return null;
        }

        var value = context.Request.GetTrailer(name);
        return string.IsNullOrEmpty(value) ? null : value.ToString();
    }

    public static byte[]? DecodeBase64(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) ? buffer[..written] : null;
    }
}
