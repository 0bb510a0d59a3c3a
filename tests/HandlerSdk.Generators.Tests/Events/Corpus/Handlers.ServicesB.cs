// Echo handlers over the service-event models of group B (API Gateway authorizers, AppSync, Lex V2, Connect, IoT,
// S3 Batch Operations), and their roots for the tests' bridge.
using System;
using System.Collections.Generic;
using HandlerSdk;
using HandlerSdk.Events;
using HandlerSdk.Generated;

namespace EventCorpus;

public static class ServicesBHandlers
{
    [LambdaHandler] public static ApiGatewayTokenAuthorizerRequest EchoApiGatewayTokenAuthorizerRequest(ApiGatewayTokenAuthorizerRequest value) => value;
    [LambdaHandler] public static ApiGatewayRequestAuthorizerRequest EchoApiGatewayRequestAuthorizerRequest(ApiGatewayRequestAuthorizerRequest value) => value;
    [LambdaHandler] public static ApiGatewayHttpAuthorizerRequest EchoApiGatewayHttpAuthorizerRequest(ApiGatewayHttpAuthorizerRequest value) => value;
    [LambdaHandler] public static ApiGatewayAuthorizerResponse EchoApiGatewayAuthorizerResponse(ApiGatewayAuthorizerResponse value) => value;
    [LambdaHandler] public static ApiGatewayHttpSimpleAuthorizerResponse EchoApiGatewayHttpSimpleAuthorizerResponse(ApiGatewayHttpSimpleAuthorizerResponse value) => value;
}

public static partial class Bridge
{
    private static void RegisterServicesB(Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)> map)
    {
        Add<ApiGatewayTokenAuthorizerRequest>(map, LambdaJson.Write_HandlerSdk_Events_ApiGatewayTokenAuthorizerRequest, LambdaJson.Read_HandlerSdk_Events_ApiGatewayTokenAuthorizerRequest);
        Add<ApiGatewayRequestAuthorizerRequest>(map, LambdaJson.Write_HandlerSdk_Events_ApiGatewayRequestAuthorizerRequest, LambdaJson.Read_HandlerSdk_Events_ApiGatewayRequestAuthorizerRequest);
        Add<ApiGatewayHttpAuthorizerRequest>(map, LambdaJson.Write_HandlerSdk_Events_ApiGatewayHttpAuthorizerRequest, LambdaJson.Read_HandlerSdk_Events_ApiGatewayHttpAuthorizerRequest);
        Add<ApiGatewayAuthorizerResponse>(map, LambdaJson.Write_HandlerSdk_Events_ApiGatewayAuthorizerResponse, LambdaJson.Read_HandlerSdk_Events_ApiGatewayAuthorizerResponse);
        Add<ApiGatewayHttpSimpleAuthorizerResponse>(map, LambdaJson.Write_HandlerSdk_Events_ApiGatewayHttpSimpleAuthorizerResponse, LambdaJson.Read_HandlerSdk_Events_ApiGatewayHttpSimpleAuthorizerResponse);
    }
}
