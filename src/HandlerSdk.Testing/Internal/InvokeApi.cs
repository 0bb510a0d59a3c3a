using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// Lambda's Invoke API (<c>POST /2015-03-31/functions/{name}/invocations</c>), so the AWS SDKs and CLI can call the
/// emulator through an endpoint override.
/// </summary>
internal sealed class InvokeApi(
    FunctionIdentity identity,
    LambdaEmulatorOptions options,
    Func<Invocation, Task<LambdaInvocationResult>> invoke,
    InvocationBroker broker)
{
    private const int TailBytes = 4 * 1024;

    // The Invoke API reference: "Up to 3,583 bytes of base64-encoded data about the invoking client".
    private const int MaxClientContextChars = 3583;

    public const string StreamingRoute = "/2021-11-15/functions/{functionName}/response-streaming-invocations";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/2015-03-31/functions/{functionName}/invocations", context => InvokeAsync(context, streaming: false));
        routes.MapPost(StreamingRoute, context => InvokeAsync(context, streaming: true));
    }

    private async Task InvokeAsync(HttpContext context, bool streaming)
    {
        var request = context.Request;
        var response = context.Response;
        var requestedName = (string)request.RouteValues["functionName"]!;
        var qualifier = request.Query["Qualifier"].ToString();
        if (FunctionNames.ValidationError(requestedName) is { } invalidName)
        {
            await ApiErrorAsync(context, StatusCodes.Status400BadRequest, "ValidationException", invalidName).ConfigureAwait(false);
            return;
        }

        if (!FunctionNames.Matches(requestedName, qualifier, identity))
        {
            var arn = identity.ArnFor(FunctionNames.Describe(requestedName, qualifier));
            await ApiErrorAsync(context, StatusCodes.Status404NotFound, "ResourceNotFoundException", $"Function not found: {arn}").ConfigureAwait(false);
            return;
        }

        var invocationType = request.Headers["X-Amz-Invocation-Type"].ToString();
        if (invocationType.Length == 0)
        {
            invocationType = "RequestResponse";
        }

        // InvokeWithResponseStream is synchronous only: RequestResponse or DryRun.
        if (invocationType is not ("RequestResponse" or "Event" or "DryRun") || (streaming && invocationType == "Event"))
        {
            await ApiErrorAsync(
                context,
                StatusCodes.Status400BadRequest,
                "InvalidParameterValueException",
                $"Unsupported invocation type: {invocationType}").ConfigureAwait(false);
            return;
        }

        var isAsync = invocationType == "Event";
        var limit = isAsync ? options.MaxAsyncPayloadBytes : options.MaxSyncRequestBytes;
        var body = await RequestBody.ReadAsync(request, limit, context.RequestAborted).ConfigureAwait(false);
        if (body.TooLarge)
        {
            // Lambda's two wordings: the synchronous limit is the request's, the asynchronous one the event queue's.
            var message = isAsync
                ? string.Create(CultureInfo.InvariantCulture, $"{body.Length} byte payload is too large for the Event invocation type (limit {limit} bytes)")
                : string.Create(CultureInfo.InvariantCulture, $"Request must be smaller than {limit} bytes for the InvokeFunction operation");
            await ApiErrorAsync(context, StatusCodes.Status413PayloadTooLarge, "RequestEntityTooLargeException", message).ConfigureAwait(false);
            return;
        }

        // Lambda turns a missing payload into an empty JSON object.
        var payload = body.Bytes.Length == 0 ? "{}"u8.ToArray() : body.Bytes;
        if (!JsonBodies.TryValidateJson(payload, out var jsonError))
        {
            await ApiErrorAsync(
                context,
                StatusCodes.Status400BadRequest,
                "InvalidRequestContentException",
                $"Could not parse request body into json: {jsonError}").ConfigureAwait(false);
            return;
        }

        // Lambda passes a client context to synchronous invocations only.
        string? clientContext = null;
        if (!isAsync && request.Headers["X-Amz-Client-Context"].ToString() is { Length: > MaxClientContextChars } tooLong)
        {
            await ApiErrorAsync(
                context,
                StatusCodes.Status400BadRequest,
                "InvalidRequestContentException",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Client context must be at most {MaxClientContextChars} bytes of base64-encoded data; it is {tooLong.Length}.")).ConfigureAwait(false);
            return;
        }

        if (!isAsync
            && request.Headers["X-Amz-Client-Context"].ToString() is { Length: > 0 } encodedContext
            && (clientContext = DecodeClientContext(encodedContext)) is null)
        {
            await ApiErrorAsync(
                context,
                StatusCodes.Status400BadRequest,
                "InvalidRequestContentException",
                "Client context must be a valid Base64-encoded JSON object.").ConfigureAwait(false);
            return;
        }

        var traceId = request.Headers["X-Amzn-Trace-Id"].ToString() is { Length: > 0 } trace ? trace : null;
        if (traceId is not null && !InvocationHeaders.IsHeaderText(traceId))
        {
            await ApiErrorAsync(
                context,
                StatusCodes.Status400BadRequest,
                "InvalidRequestContentException",
                "X-Amzn-Trace-Id must be printable ASCII.").ConfigureAwait(false);
            return;
        }

        if (invocationType == "DryRun")
        {
            response.Headers["x-amzn-RequestId"] = FunctionIdentity.NewRequestId();
            response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        var invokeOptions = new LambdaInvokeOptions { ClientContextJson = clientContext, TraceId = traceId };
        var invocation = new Invocation(FunctionIdentity.NewRequestId(), payload, invokeOptions, isAsync)
        {
            Chunks = streaming ? new ResponseChunks() : null,
        };
        response.Headers["x-amzn-RequestId"] = invocation.RequestId;
        var resultTask = invoke(invocation);
        if (streaming)
        {
            await new EventStreamResponse(identity, broker).WriteAsync(context, invocation, resultTask).ConfigureAwait(false);
            return;
        }

        if (isAsync)
        {
            // Queued and run in order; the caller only learns it was accepted.
            response.StatusCode = StatusCodes.Status202Accepted;
            response.ContentLength = 0;
            return;
        }

        // A caller that hangs up before the runtime took the event takes it back, as an in-process caller cancelling does.
        LambdaInvocationResult result;
        try
        {
            result = await broker.WaitOrWithdrawAsync(invocation, resultTask, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // nobody is left to answer
        }
        response.Headers["X-Amz-Executed-Version"] = identity.FunctionVersion;
        if (result.FunctionError is { } functionError)
        {
            response.Headers["X-Amz-Function-Error"] = functionError;
        }

        if (string.Equals(request.Headers["X-Amz-Log-Type"].ToString(), "Tail", StringComparison.OrdinalIgnoreCase))
        {
            response.Headers["X-Amz-Log-Result"] = Tail(result.Logs);
        }

        await HttpResponses.WriteAsync(response, StatusCodes.Status200OK, result.Payload, result.ContentType ?? "application/json").ConfigureAwait(false);
    }

    /// <summary>The last 4 KB of the invocation's log, base64 encoded, cut on a character boundary.</summary>
    internal static string Tail(string logs)
    {
        var bytes = Encoding.UTF8.GetBytes(logs + "\n");
        var start = Math.Max(0, bytes.Length - TailBytes);
        while (start < bytes.Length && (bytes[start] & 0xC0) == 0x80)
        {
            start++; // a UTF-8 continuation byte: skip to the next whole character
        }

        return Convert.ToBase64String(bytes, start, bytes.Length - start);
    }

    /// <summary>The client context as the runtime gets it (minified ASCII JSON), or null when it is not base64 of one JSON object.</summary>
    private static string? DecodeClientContext(string encoded)
    {
        var buffer = new byte[encoded.Length];
        return Convert.TryFromBase64String(encoded, buffer, out var written) ? InvocationHeaders.TryMinifyObject(buffer.AsSpan(0, written)) : null;
    }

    private static Task ApiErrorAsync(HttpContext context, int statusCode, string errorType, string message) =>
        HttpResponses.WriteApiErrorAsync(context.Response, statusCode, errorType, message);
}
