using System.Text;
using System.Text.Json;

namespace HandlerSdk.Tests.Streaming;

/// <summary>Runs the whole runtime against a <see cref="StreamingRuntimeApi"/> and decodes what it streamed.</summary>
internal static class StreamingTestSupport
{
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    public static Task<int> RunAsync(StreamingRuntimeApi api, Action<LambdaHandlerTable> configure, Action<LambdaRuntimeOptions>? options = null)
    {
        var settings = new LambdaRuntimeOptions { RuntimeApiAddress = api.Address, ConnectTimeout = TimeSpan.FromSeconds(5) };
        options?.Invoke(settings);
        return LambdaRuntime.RunAsync(configure, settings).WaitAsync(Generous);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>The error JSON carried, base64-encoded, in the Lambda-Runtime-Function-Error-Body trailer.</summary>
    public static JsonElement ErrorBodyTrailer(StreamedRequest request) =>
        JsonDocument.Parse(Convert.FromBase64String(request.Trailers!["Lambda-Runtime-Function-Error-Body"])).RootElement;
}
