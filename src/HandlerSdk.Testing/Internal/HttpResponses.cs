using Microsoft.AspNetCore.Http;

namespace HandlerSdk.Testing.Internal;

/// <summary>Writes answers (JSON unless said otherwise) with an explicit Content-Length, as Lambda's endpoints do.</summary>
internal static class HttpResponses
{
    /// <summary>
    /// An error of the Invoke API (AWS JSON protocol) as SDKs read it: a request id, the error type in
    /// <c>x-amzn-ErrorType</c>, and <c>{"Reason"?,"Type":"User","message"}</c>.
    /// </summary>
    public static Task WriteApiErrorAsync(HttpResponse response, int statusCode, string errorType, string message, string? reason = null)
    {
        response.Headers["x-amzn-RequestId"] = FunctionIdentity.NewRequestId();
        response.Headers["x-amzn-ErrorType"] = errorType;
        return WriteJsonAsync(response, statusCode, JsonBodies.ApiError(message, reason));
    }

    public static Task WriteJsonAsync(HttpResponse response, int statusCode, byte[] body) =>
        WriteAsync(response, statusCode, body, "application/json");

    public static Task WriteAsync(HttpResponse response, int statusCode, byte[] body, string contentType)
    {
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }
}
