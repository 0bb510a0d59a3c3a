using Microsoft.AspNetCore.Http;

namespace HandlerSdk.Testing.Internal;

/// <summary>Writes answers (JSON unless said otherwise) with an explicit Content-Length, as Lambda's endpoints do.</summary>
internal static class HttpResponses
{
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
