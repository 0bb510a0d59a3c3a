using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.AspNetCore.Routing;

namespace HandlerSdk.Testing.Internal;

/// <summary>The Lambda Runtime API (<c>/2018-06-01</c>), the side a function's runtime talks to.</summary>
internal sealed class RuntimeApi(
    InvocationBroker broker,
    FunctionIdentity identity,
    LambdaEmulatorOptions options,
    Func<FunctionHost?> host,
    CancellationToken stopping)
{
    private const string Base = "/2018-06-01/runtime";
    private const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";
    private const string ErrorBodyTrailer = "Lambda-Runtime-Function-Error-Body";
    private const string ResponseSizeTooLargeType = "Function.ResponseSizeTooLarge";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(Base + "/invocation/next", (RequestDelegate)NextAsync);
        routes.MapPost(Base + "/invocation/{requestId}/response", (RequestDelegate)ResponseAsync);
        routes.MapPost(Base + "/invocation/{requestId}/error", (RequestDelegate)ErrorAsync);
        routes.MapPost(Base + "/init/error", (RequestDelegate)InitErrorAsync);
    }

    private async Task NextAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        Invocation invocation;
        try
        {
            invocation = await broker.NextAsync(host()?.Current, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            // The documented signal that the environment is gone: a runtime exits promptly instead of hanging.
            await HttpResponses.WriteJsonAsync(
                context.Response,
                StatusCodes.Status500InternalServerError,
                JsonBodies.RuntimeApiError("ServiceException", "The emulator is shutting down.")).ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException)
        {
            return; // the runtime hung up
        }

        var headers = context.Response.Headers;
        headers["Lambda-Runtime-Aws-Request-Id"] = invocation.RequestId;
        headers["Lambda-Runtime-Deadline-Ms"] = invocation.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        headers["Lambda-Runtime-Invoked-Function-Arn"] = identity.FunctionArn;
        headers["Lambda-Runtime-Trace-Id"] = invocation.TraceId;
        if (invocation.Options?.ClientContextJson is { } clientContext)
        {
            headers["Lambda-Runtime-Client-Context"] = clientContext;
        }

        if (invocation.Options?.CognitoIdentityJson is { } cognitoIdentity)
        {
            headers["Lambda-Runtime-Cognito-Identity"] = cognitoIdentity;
        }

        if (invocation.Options?.TenantId is { } tenantId)
        {
            headers["Lambda-Runtime-Aws-Tenant-Id"] = tenantId;
        }

        // Not tied to RequestAborted: if the runtime vanished, the invocation times out like it would in Lambda.
        await HttpResponses.WriteJsonAsync(context.Response, StatusCodes.Status200OK, invocation.Payload).ConfigureAwait(false);
    }

    private async Task ResponseAsync(HttpContext context)
    {
        if (IsStreamed(context))
        {
            await StreamedResponseAsync(context).ConfigureAwait(false);
            return;
        }

        if (await ClaimAnswerAsync(context).ConfigureAwait(false) is not var (invocation, body))
        {
            return;
        }

        // A streaming response that fails midway reports the error in trailers (the Go client and RuntimeSupport do).
        if (StreamedResponseReader.Trailer(context, ErrorTypeHeader) is { } streamedErrorType)
        {
            var errorBody = StreamedResponseReader.DecodeBase64(StreamedResponseReader.Trailer(context, ErrorBodyTrailer)) ?? body.Bytes;
            broker.Finish(invocation, errorBody, "Unhandled", streamedErrorType);
        }
        else
        {
            broker.Finish(invocation, body.Bytes, functionError: null, errorType: null);
        }

        await HttpResponses.WriteJsonAsync(context.Response, StatusCodes.Status202Accepted, JsonBodies.StatusOk).ConfigureAwait(false);
    }

    /// <summary>
    /// A streamed answer: the invocation is claimed for it at once (a later <c>/error</c> for it is refused, as the
    /// response has begun), and its bytes go on as they arrive.
    /// </summary>
    private async Task StreamedResponseAsync(HttpContext context)
    {
        if (broker.FindAwaitingAnswer(RequestId(context)) is not { } invocation || invocation.TryBeginStream() is not { } ended)
        {
            await InvalidRequestIdAsync(context).ConfigureAwait(false);
            return;
        }

        // A function may pause between writes for as long as its timeout allows (a model thinking, a signal awaited):
        // Kestrel's minimum upload rate would otherwise cut a stream that is quiet for five seconds.
        if (context.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } minimumRate)
        {
            minimumRate.MinDataRate = null;
        }

        // A stream's type is the function's own (text/plain, text/event-stream...); without one it is just bytes.
        var contentType = string.IsNullOrEmpty(context.Request.ContentType) ? "application/octet-stream" : context.Request.ContentType;
        invocation.StreamContentType = contentType;
        await new StreamedResponseReader(broker, options).ReadAsync(context, invocation, contentType, ended).ConfigureAwait(false);
    }

    private async Task ErrorAsync(HttpContext context)
    {
        if (await ClaimAnswerAsync(context).ConfigureAwait(false) is not var (invocation, body))
        {
            return;
        }

        broker.Finish(invocation, body.Bytes, "Unhandled", ErrorType(context));
        await HttpResponses.WriteJsonAsync(context.Response, StatusCodes.Status202Accepted, JsonBodies.StatusOk).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the runtime's one answer (a response or an error) for the request id in the route, with its body. When there
    /// is nothing to take, or the body is over the limit, the runtime has been answered and the result is null.
    /// </summary>
    private async Task<(Invocation Invocation, RequestBody Body)?> ClaimAnswerAsync(HttpContext context)
    {
        var requestId = RequestId(context);
        if (broker.FindAwaitingAnswer(requestId) is null or { IsStreaming: true })
        {
            await InvalidRequestIdAsync(context).ConfigureAwait(false);
            return null;
        }

        var body = await RequestBody.ReadAsync(context.Request, options.MaxSyncPayloadBytes, context.RequestAborted).ConfigureAwait(false);
        if (broker.FindAwaitingAnswer(requestId) is { IsStreaming: true } || broker.TakeAwaitingAnswer(requestId) is not { } invocation)
        {
            await InvalidRequestIdAsync(context).ConfigureAwait(false);
            return null;
        }

        if (body.TooLarge)
        {
            // Lambda closes the invocation itself: the invoker gets the size error, and a later /error for it is refused.
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"Response payload size exceeded maximum allowed payload size ({options.MaxSyncPayloadBytes} bytes).");
            broker.Finish(invocation, JsonBodies.FunctionError(ResponseSizeTooLargeType, message), "Unhandled", ResponseSizeTooLargeType);
            await TooLargeAsync(context).ConfigureAwait(false);
            return null;
        }

        return (invocation, body);
    }

    private async Task InitErrorAsync(HttpContext context)
    {
        var body = await RequestBody.ReadAsync(context.Request, options.MaxSyncPayloadBytes, context.RequestAborted).ConfigureAwait(false);
        if (body.TooLarge)
        {
            await TooLargeAsync(context).ConfigureAwait(false);
            return;
        }

        // In launch mode the failed environment is done: the next invocation gets a new process with a new init, as in
        // Lambda. Without one, nothing can restart the runtime, so the failure stands until it polls again.
        var functionHost = host();
        functionHost?.OnInitFailed(functionHost.Current, ErrorType(context) ?? "Runtime.Unknown");
        broker.FailInit(body.Bytes, ErrorType(context), standing: functionHost is null);
        await HttpResponses.WriteJsonAsync(context.Response, StatusCodes.Status202Accepted, JsonBodies.StatusOk).ConfigureAwait(false);
    }

    private Task TooLargeAsync(HttpContext context) =>
        HttpResponses.WriteJsonAsync(
            context.Response,
            StatusCodes.Status413PayloadTooLarge,
            JsonBodies.RuntimeApiError(
                "RequestEntityTooLarge",
                string.Create(CultureInfo.InvariantCulture, $"Exceeded maximum allowed payload size ({options.MaxSyncPayloadBytes} bytes).")));

    private static Task InvalidRequestIdAsync(HttpContext context) =>
        HttpResponses.WriteJsonAsync(
            context.Response,
            StatusCodes.Status400BadRequest,
            JsonBodies.RuntimeApiError("InvalidRequestID", "Invalid request ID"));

    private static string RequestId(HttpContext context) => (string)context.Request.RouteValues["requestId"]!;

    private static bool IsStreamed(HttpContext context) =>
        string.Equals(context.Request.Headers["Lambda-Runtime-Function-Response-Mode"], "streaming", StringComparison.OrdinalIgnoreCase);

    private static string? ErrorType(HttpContext context) =>
        context.Request.Headers.TryGetValue(ErrorTypeHeader, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;
}
