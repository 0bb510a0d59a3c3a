using System.Globalization;
using System.Text;
using System.Text.Json;
using HandlerSdk;

namespace HttpEcho;

/// <summary>
/// The functions the <c>hsdk serve --http</c> tests call: <c>Echo</c> answers with the payload the gateway built, so
/// a test can check every field; <c>Mirror</c> answers with the request's body, so a test chooses the function's
/// response and checks how the gateway maps it back.
/// </summary>
public static class EchoHandlers
{
    /// <summary>A 200 whose JSON body is the whole payload, in a response every payload format accepts.</summary>
    [LambdaHandler(Name = "Echo", TimeoutSeconds = 10)]
    public static byte[] Echo(byte[] payload)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", 200);
            writer.WriteStartObject("headers");
            writer.WriteString("content-type", "application/json");
            writer.WriteEndObject();
            writer.WriteString("body", Encoding.UTF8.GetString(payload));
            writer.WriteBoolean("isBase64Encoded", false);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The request's body (base64-decoded when the gateway encoded it) as the function's response, as is; a body of
    /// <c>throw</c> fails the invocation, and <c>sleep:N</c> waits N milliseconds first (past the timeout if asked).
    /// </summary>
    [LambdaHandler(Name = "Mirror", TimeoutSeconds = 2)]
    public static async Task<byte[]> MirrorAsync(byte[] payload)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        var body = root.TryGetProperty("body", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "";
        var bytes = root.TryGetProperty("isBase64Encoded", out var encoded) && encoded.ValueKind == JsonValueKind.True
            ? Convert.FromBase64String(body)
            : Encoding.UTF8.GetBytes(body);
        var request = Encoding.UTF8.GetString(bytes);
        if (request == "throw")
        {
            throw new InvalidOperationException("Mirror was asked to fail.");
        }

        if (request.StartsWith("sleep:", StringComparison.Ordinal))
        {
            await Task.Delay(int.Parse(request.AsSpan("sleep:".Length), CultureInfo.InvariantCulture));
            return Encoding.UTF8.GetBytes("{\"statusCode\":200,\"body\":\"woke up\"}");
        }

        return bytes;
    }
}
