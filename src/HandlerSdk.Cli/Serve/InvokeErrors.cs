using HandlerSdk.Testing.Internal;
using Microsoft.AspNetCore.Http;

namespace HandlerSdk.Cli.Serve;

/// <summary>The Invoke API errors the proxy answers itself, in Lambda's shape: status, <c>x-amzn-ErrorType</c>, a request id, JSON body.</summary>
internal static class InvokeErrors
{
    public static Task NotFoundAsync(HttpContext context, string arn) =>
        WriteAsync(context, StatusCodes.Status404NotFound, "ResourceNotFoundException", $"Function not found: {arn}");

    /// <summary>
    /// Lambda throttles a synchronous call that would exceed the function's concurrency; AWS SDKs retry it with backoff.
    /// </summary>
    public static Task ThrottledAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status429TooManyRequests, "TooManyRequestsException", "Rate Exceeded.", "ReservedFunctionConcurrentInvocationLimitExceeded");

    public static Task WriteAsync(HttpContext context, int status, string errorType, string message, string? reason = null) =>
        HttpResponses.WriteApiErrorAsync(context.Response, status, errorType, message, reason);
}
