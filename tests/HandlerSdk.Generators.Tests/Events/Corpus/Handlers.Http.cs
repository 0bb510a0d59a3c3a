// Echo handlers over the HTTP payload models (API Gateway REST v1 proxy, HTTP API v2 and function URLs, ALB
// targets, WebSocket APIs), and their part of the Bridge.
using System;
using System.Collections.Generic;
using HandlerSdk;
using HandlerSdk.Events;
using HandlerSdk.Generated;

namespace EventCorpus;

public static class HttpHandlers
{
    [LambdaHandler] public static ApiGatewayProxyRequest EchoApiGatewayProxyRequest(ApiGatewayProxyRequest value) => value;
    [LambdaHandler] public static ApiGatewayProxyResponse EchoApiGatewayProxyResponse(ApiGatewayProxyResponse value) => value;
    [LambdaHandler] public static ApiGatewayHttpApiV2Request EchoApiGatewayHttpApiV2Request(ApiGatewayHttpApiV2Request value) => value;
    [LambdaHandler] public static ApiGatewayHttpApiV2Response EchoApiGatewayHttpApiV2Response(ApiGatewayHttpApiV2Response value) => value;
    [LambdaHandler] public static AlbTargetRequest EchoAlbTargetRequest(AlbTargetRequest value) => value;
    [LambdaHandler] public static AlbTargetResponse EchoAlbTargetResponse(AlbTargetResponse value) => value;
    [LambdaHandler] public static ApiGatewayWebSocketRequest EchoApiGatewayWebSocketRequest(ApiGatewayWebSocketRequest value) => value;
    [LambdaHandler] public static ApiGatewayWebSocketResponse EchoApiGatewayWebSocketResponse(ApiGatewayWebSocketResponse value) => value;
}

public static partial class Bridge
{
    private static void RegisterHttp(Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)> map)
    {
        Add<ApiGatewayProxyRequest>(map, LambdaJson.WriteApiGatewayProxyRequest, LambdaJson.ReadApiGatewayProxyRequest);
        Add<ApiGatewayProxyResponse>(map, LambdaJson.WriteApiGatewayProxyResponse, LambdaJson.ReadApiGatewayProxyResponse);
        Add<ApiGatewayHttpApiV2Request>(map, LambdaJson.WriteApiGatewayHttpApiV2Request, LambdaJson.ReadApiGatewayHttpApiV2Request);
        Add<ApiGatewayHttpApiV2Response>(map, LambdaJson.WriteApiGatewayHttpApiV2Response, LambdaJson.ReadApiGatewayHttpApiV2Response);
        Add<AlbTargetRequest>(map, LambdaJson.WriteAlbTargetRequest, LambdaJson.ReadAlbTargetRequest);
        Add<AlbTargetResponse>(map, LambdaJson.WriteAlbTargetResponse, LambdaJson.ReadAlbTargetResponse);
        Add<ApiGatewayWebSocketRequest>(map, LambdaJson.WriteApiGatewayWebSocketRequest, LambdaJson.ReadApiGatewayWebSocketRequest);
        Add<ApiGatewayWebSocketResponse>(map, LambdaJson.WriteApiGatewayWebSocketResponse, LambdaJson.ReadApiGatewayWebSocketResponse);
    }
}
