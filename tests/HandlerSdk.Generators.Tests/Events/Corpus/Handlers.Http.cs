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
        Add<ApiGatewayProxyRequest>(map, LambdaJson.Write_HandlerSdk_Events_ApiGatewayProxyRequest, LambdaJson.Read_HandlerSdk_Events_ApiGatewayProxyRequest);
        Add<ApiGatewayProxyResponse>(map, LambdaJson.Write_HandlerSdk_Events_ApiGatewayProxyResponse, LambdaJson.Read_HandlerSdk_Events_ApiGatewayProxyResponse);
        Add<ApiGatewayHttpApiV2Request>(map, LambdaJson.Write_HandlerSdk_Events_ApiGatewayHttpApiV2Request, LambdaJson.Read_HandlerSdk_Events_ApiGatewayHttpApiV2Request);
        Add<ApiGatewayHttpApiV2Response>(map, LambdaJson.Write_HandlerSdk_Events_ApiGatewayHttpApiV2Response, LambdaJson.Read_HandlerSdk_Events_ApiGatewayHttpApiV2Response);
        Add<AlbTargetRequest>(map, LambdaJson.Write_HandlerSdk_Events_AlbTargetRequest, LambdaJson.Read_HandlerSdk_Events_AlbTargetRequest);
        Add<AlbTargetResponse>(map, LambdaJson.Write_HandlerSdk_Events_AlbTargetResponse, LambdaJson.Read_HandlerSdk_Events_AlbTargetResponse);
        Add<ApiGatewayWebSocketRequest>(map, LambdaJson.Write_HandlerSdk_Events_ApiGatewayWebSocketRequest, LambdaJson.Read_HandlerSdk_Events_ApiGatewayWebSocketRequest);
        Add<ApiGatewayWebSocketResponse>(map, LambdaJson.Write_HandlerSdk_Events_ApiGatewayWebSocketResponse, LambdaJson.Read_HandlerSdk_Events_ApiGatewayWebSocketResponse);
    }
}
