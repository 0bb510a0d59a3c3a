using Microsoft.AspNetCore.Http;

namespace HandlerSdk.Testing.Internal;

/// <summary>Writes JSON answers with an explicit Content-Length, as Lambda's endpoints do.</summary>
internal static class HttpResponses
{
    public static Task WriteJsonAsync(HttpResponse response, int statusCode, byte[] body)
    {
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }
}
