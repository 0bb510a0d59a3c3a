using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>The event the function gets for one HTTP request, in the configured format.</summary>
internal static class GatewayPayload
{
    // Quotes as \" and '&' as is, as AWS writes its events, rather than the \u0022 and \u0026 of the HTML-safe default.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // route: the API Gateway route the request matched; null for none (and for an ALB, which has no routes).
    // function: the function that answers, whose URL a function URL event names.
    public static byte[] Build(IncomingRequest request, GatewayFormat format, string function, string region, GatewayRouteMatch? route)
    {
        var buffer = new ArrayBufferWriter<byte>(1024 + (request.Body.Length * 4 / 3));
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            switch (format)
            {
                case GatewayFormat.ApiGatewayV2:
                    V2Payload.Write(writer, request, route, V2Context.HttpApi(request));
                    break;
                case GatewayFormat.FunctionUrl:
                    V2Payload.Write(writer, request, null, V2Context.FunctionUrl(function, region));
                    break;
                case GatewayFormat.ApiGatewayV1:
                    V1Payload.Write(writer, request, route);
                    break;
                default:
                    AlbPayload.Write(writer, request, multiValue: format == GatewayFormat.AlbMultiValue, region);
                    break;
            }
        }

        return buffer.WrittenSpan.ToArray();
    }
}
