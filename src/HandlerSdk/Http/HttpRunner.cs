using System.Buffers;
using System.ComponentModel;

namespace HandlerSdk.Http;

/// <summary>
/// Runs one HTTP invocation for generated code: reads the request, calls the generated dispatch, and writes the
/// response in the request's format. Binding failures become 400 problems; an unhandled exception becomes a 500
/// problem that tells the caller nothing of it, while the full exception goes to the function's log.
/// Not for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class HttpRunner
{
    /// <summary>Runs the invocation.</summary>
    /// <param name="event">The invocation's event: an API Gateway v1/v2 or ALB request.</param>
    /// <param name="context">The invocation.</param>
    /// <param name="response">Where the response JSON goes.</param>
    /// <param name="cancellationToken">The invocation's token.</param>
    /// <param name="dispatch">The generated router, binding and handler call.</param>
    /// <returns>A task that completes when the response is written.</returns>
    /// <exception cref="HttpPayloadException">
    /// The event is not an HTTP request: there is no format to answer in, so the invocation fails.
    /// </exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1068:CancellationToken parameters must come last", Justification = "The invocation handler's parameters first, as every generated adapter passes them, then what this runner adds.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Any exception of a handler is answered with a 500 and logged, as a web server does.")]
    public static async ValueTask RunAsync(
        ReadOnlyMemory<byte> @event,
        ILambdaContext context,
        IBufferWriter<byte> response,
        CancellationToken cancellationToken,
        HttpDispatch dispatch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(dispatch);

        var request = HttpRequest.Read(@event);
        HttpResponse? answer = null;
        try
        {
            try
            {
                answer = await dispatch(request, context, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpBindingException e)
            {
                answer = HttpResponse.BindingFailed(e);
            }
            catch (HttpPayloadException e)
            {
                // The request was read, so its format is known; a part read late (a body marked base64 that is not) is
                // the caller's mistake.
                answer = HttpResponse.From(HttpResult.BadRequest(e.Message));
            }
            catch (Exception e)
            {
                context.Logger.LogError(e, "Unhandled exception while handling {Method} {Path}; answered 500.", request.Method, request.Path);
                answer = HttpResponse.InternalServerError(request.RequestId ?? context.AwsRequestId);
            }

            HttpResponseWriter.Write(
                answer,
                request.Format,
                request.UsesMultiValueHeaders,
                omitBody: request.Method == "HEAD",
                response,
                context.Logger);
        }
        finally
        {
            answer?.Release();
            request.Release();
        }
    }
}
