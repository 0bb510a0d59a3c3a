using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>The event the function gets for one HTTP request, in the configured format.</summary>
internal static class GatewayPayload
{
    // Quotes as \" and '&' as is, as AWS writes its events, rather than the \u0022 and \u0026 of the HTML-safe default.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Build(IncomingRequest request, GatewayFormat format, string region)
    {
        var buffer = new ArrayBufferWriter<byte>(1024 + (request.Body.Length * 4 / 3));
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            switch (format)
            {
                case GatewayFormat.ApiGatewayV2:
                    V2Payload.Write(writer, request);
                    break;
                case GatewayFormat.ApiGatewayV1:
                    V1Payload.Write(writer, request);
                    break;
                default:
                    AlbPayload.Write(writer, request, multiValue: format == GatewayFormat.AlbMultiValue, region);
                    break;
            }
        }

        return buffer.WrittenSpan.ToArray();
    }
}
