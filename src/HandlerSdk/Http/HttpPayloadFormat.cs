namespace HandlerSdk.Http;

/// <summary>The shape of the HTTP event Lambda received; the response is written in the same shape.</summary>
public enum HttpPayloadFormat
{
    /// <summary>API Gateway REST API proxy integration, or HTTP API payload format 1.0.</summary>
    ApiGatewayV1 = 1,

    /// <summary>API Gateway HTTP API payload format 2.0 (<c>"version": "2.0"</c>); Lambda function URLs send it too.</summary>
    ApiGatewayV2 = 2,

    /// <summary>Application Load Balancer target group (<c>requestContext.elb</c>).</summary>
    ApplicationLoadBalancer = 3,
}
