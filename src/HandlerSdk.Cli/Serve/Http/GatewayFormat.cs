namespace HandlerSdk.Cli.Serve.Http;

/// <summary>The payload <c>hsdk serve --http</c> builds for each request, as the front door in AWS would.</summary>
internal enum GatewayFormat
{
    /// <summary>API Gateway HTTP API payload format 2.0.</summary>
    ApiGatewayV2,

    /// <summary>
    /// A Lambda function URL: payload 2.0 with the URL's own request context (no routes, stage <c>$default</c>), no
    /// integration timeout of its own, and its own error answers.
    /// </summary>
    FunctionUrl,

    /// <summary>API Gateway REST API proxy integration (payload format 1.0).</summary>
    ApiGatewayV1,

    /// <summary>Application Load Balancer Lambda target, single-value headers and query.</summary>
    Alb,

    /// <summary>Application Load Balancer Lambda target with multi-value headers turned on for the target group.</summary>
    AlbMultiValue,
}

/// <summary>The <c>--payload</c> names of each <see cref="GatewayFormat"/>.</summary>
internal static class GatewayFormats
{
    public static readonly string[] Names = ["v2", "function-url", "v1", "alb", "alb-multi-value"];

    public static GatewayFormat Parse(string name) => name switch
    {
        "v2" => GatewayFormat.ApiGatewayV2,
        "function-url" => GatewayFormat.FunctionUrl,
        "v1" => GatewayFormat.ApiGatewayV1,
        "alb" => GatewayFormat.Alb,
        "alb-multi-value" => GatewayFormat.AlbMultiValue,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Expected one of: " + string.Join(", ", Names)),
    };

    public static string Describe(GatewayFormat format) => format switch
    {
        GatewayFormat.ApiGatewayV2 => "API Gateway HTTP API payload 2.0",
        GatewayFormat.FunctionUrl => "Lambda function URL, payload 2.0",
        GatewayFormat.ApiGatewayV1 => "API Gateway REST API proxy payload 1.0",
        GatewayFormat.Alb => "Application Load Balancer",
        _ => "Application Load Balancer, multi-value headers",
    };

    public static bool IsAlb(GatewayFormat format) => format is GatewayFormat.Alb or GatewayFormat.AlbMultiValue;

    /// <summary>The event is payload format 2.0 (an HTTP API's or a function URL's), and so is the answer it expects.</summary>
    public static bool IsPayloadV2(GatewayFormat format) => format is GatewayFormat.ApiGatewayV2 or GatewayFormat.FunctionUrl;

    /// <summary>API Gateway routes the request (HTTP and REST APIs); function URLs and ALBs pass every path to the function.</summary>
    public static bool HasRoutes(GatewayFormat format) => format is GatewayFormat.ApiGatewayV2 or GatewayFormat.ApiGatewayV1;
}
