using System.Buffers;
using System.ComponentModel;
using System.Text;

namespace HandlerSdk.Http;

/// <summary>
/// The generated part of a streaming HTTP function: routes the request, binds, calls the route's method. A buffered
/// route's result comes back as an <see cref="HttpResponse"/>; a streaming route writes to <paramref name="response"/>
/// itself and answers null.
/// </summary>
/// <param name="request">The request.</param>
/// <param name="context">The invocation.</param>
/// <param name="response">The Function URL response stream.</param>
/// <param name="cancellationToken">The invocation's token.</param>
/// <returns>The response of a buffered route, or null when the route streamed its own.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ValueTask<HttpResponse?> HttpStreamingDispatch(HttpRequest request, ILambdaContext context, HttpResponseStream response, CancellationToken cancellationToken);

/// <summary>
/// Runs one invocation of a streaming HTTP function (a Function URL with <c>InvokeMode: RESPONSE_STREAM</c>) for
/// generated code: reads the request, calls the generated dispatch, and answers in the Function URL streaming form
/// (the JSON prelude with status, headers and cookies, eight NUL bytes, then the body). A buffered route's response is
/// written the same way, so every route of the function answers alike. Failures before the first byte become the same
/// 400/500 problems <see cref="HttpRunner"/> answers; a failure after it can no longer change the status, so it
/// propagates and the runtime reports it in the stream's error trailers. Not for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class HttpStreamingRunner
{
    /// <summary>Runs the invocation.</summary>
    /// <param name="event">The invocation's event: a Function URL (HTTP API v2 format) request.</param>
    /// <param name="context">The invocation.</param>
    /// <param name="response">The invocation's response stream.</param>
    /// <param name="cancellationToken">The invocation's token.</param>
    /// <param name="dispatch">The generated router, binding and handler call.</param>
    /// <returns>A task that completes when the response is written.</returns>
    /// <exception cref="HttpPayloadException">The event is not an HTTP request.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1068:CancellationToken parameters must come last", Justification = "The invocation handler's parameters first, as every generated adapter passes them, then what this runner adds.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Any exception of a handler before the first byte is answered with a 500 and logged, as a web server does.")]
    public static async ValueTask RunAsync(
        ReadOnlyMemory<byte> @event,
        ILambdaContext context,
        LambdaResponseStream response,
        CancellationToken cancellationToken,
        HttpStreamingDispatch dispatch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(dispatch);

        var request = HttpRequest.Read(@event);
        var stream = new HttpResponseStream(response);
        HttpResponse? answer = null;
        try
        {
            try
            {
                answer = await dispatch(request, context, stream, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpBindingException e) when (!response.HasStarted)
            {
                answer = HttpResponse.BindingFailed(e);
            }
            catch (HttpPayloadException e) when (!response.HasStarted)
            {
                answer = HttpResponse.From(HttpResult.BadRequest(e.Message));
            }
            catch (Exception e) when (!response.HasStarted)
            {
                context.Logger.LogError(e, "Unhandled exception while handling {Method} {Path}; answered 500.", request.Method, request.Path);
                answer = HttpResponse.InternalServerError(request.RequestId ?? context.AwsRequestId);
            }

            if (answer is not null)
            {
                if (response.HasStarted)
                {
                    // A buffered answer after bytes went out (a route that wrote, then returned a result) has no place.
                    throw new InvalidOperationException("The route wrote to its response stream and also returned a response; a route does one or the other.");
                }

                await WriteAsync(stream, answer, omitBody: request.Method == "HEAD", cancellationToken).ConfigureAwait(false);
            }

            // A route that set only a status and headers (or a response with no body) still answers them.
            await stream.CompleteAsync().ConfigureAwait(false);
        }
        finally
        {
            answer?.Release();
            request.Release();
        }
    }

    /// <summary>A buffered response in the streaming form: the prelude from its status, headers and cookies, then its body as is.</summary>
    private static async ValueTask WriteAsync(HttpResponseStream stream, HttpResponse answer, bool omitBody, CancellationToken cancellationToken)
    {
        stream.StatusCode = answer.StatusCode;
        var headers = answer.Headers;
        if (answer.ContentType is { } contentType && !headers.Any(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            stream.SetHeader("Content-Type", contentType);
        }

        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Key;
            if (IndexOf(headers, name) < i)
            {
                continue;
            }

            // The prelude's headers are single-valued: repeated names are joined with commas (RFC 9110 section 5.3).
            stream.SetHeader(name, string.Join(',', headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value)));
        }

        foreach (var cookie in answer.Cookies)
        {
            stream.AddCookie(cookie);
        }

        if (omitBody)
        {
            return;
        }

        if (answer.TextBody is { } text)
        {
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
            try
            {
                var length = Encoding.UTF8.GetBytes(text, bytes);
                await stream.WriteAsync(bytes.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
        else if (!answer.Body.IsEmpty)
        {
            // The streaming form carries bytes as they are: no base64, binary or not.
            await stream.WriteAsync(answer.Body, cancellationToken).ConfigureAwait(false);
        }
    }

    private static int IndexOf(IReadOnlyList<KeyValuePair<string, string>> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
