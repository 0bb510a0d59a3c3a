using System.Buffers;
using System.Text.Json;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>The event the function gets for one HTTP request, in the configured format.</summary>
internal static class GatewayPayload
{
    public static byte[] Build(IncomingRequest request, GatewayFormat format, string region)
    {
        var buffer = new ArrayBufferWriter<byte>(1024 + (request.Body.Length * 4 / 3));
        using (var writer = new Utf8JsonWriter(buffer))
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
