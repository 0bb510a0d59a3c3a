// Echo handlers over the service-event models of group B (API Gateway authorizers, AppSync, Lex V2, Connect, IoT,
// S3 Batch Operations), and their roots for the tests' bridge.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using HandlerSdk;
using HandlerSdk.Events;
using HandlerSdk.Generated;

namespace EventCorpus;

/// <summary>A user's own arguments type for an AppSync field, as <c>comments(first: Int, after: String)</c>.</summary>
public sealed record CommentsArguments
{
    [JsonPropertyName("first")]
    public int First { get; init; }
    [JsonPropertyName("after")]
    public string? After { get; init; }
}

public static class ServicesBHandlers
{
    [LambdaHandler] public static ApiGatewayTokenAuthorizerRequest EchoApiGatewayTokenAuthorizerRequest(ApiGatewayTokenAuthorizerRequest value) => value;
    [LambdaHandler] public static ApiGatewayRequestAuthorizerRequest EchoApiGatewayRequestAuthorizerRequest(ApiGatewayRequestAuthorizerRequest value) => value;
    [LambdaHandler] public static ApiGatewayHttpAuthorizerRequest EchoApiGatewayHttpAuthorizerRequest(ApiGatewayHttpAuthorizerRequest value) => value;
    [LambdaHandler] public static ApiGatewayAuthorizerResponse EchoApiGatewayAuthorizerResponse(ApiGatewayAuthorizerResponse value) => value;
    [LambdaHandler] public static ApiGatewayHttpSimpleAuthorizerResponse EchoApiGatewayHttpSimpleAuthorizerResponse(ApiGatewayHttpSimpleAuthorizerResponse value) => value;
    [LambdaHandler] public static AppSyncResolverEvent EchoAppSyncResolverEvent(AppSyncResolverEvent value) => value;
    [LambdaHandler] public static AppSyncResolverEvent<CommentsArguments> EchoAppSyncResolverEventOfComments(AppSyncResolverEvent<CommentsArguments> value) => value;
    [LambdaHandler] public static IReadOnlyList<AppSyncResolverEvent> EchoAppSyncBatch(IReadOnlyList<AppSyncResolverEvent> value) => value;
    [LambdaHandler] public static AppSyncAuthorizerRequest EchoAppSyncAuthorizerRequest(AppSyncAuthorizerRequest value) => value;
    [LambdaHandler] public static AppSyncAuthorizerResponse EchoAppSyncAuthorizerResponse(AppSyncAuthorizerResponse value) => value;
    [LambdaHandler] public static LexV2Event EchoLexV2Event(LexV2Event value) => value;
    [LambdaHandler] public static LexV2Response EchoLexV2Response(LexV2Response value) => value;
    [LambdaHandler] public static ConnectContactFlowEvent EchoConnectContactFlowEvent(ConnectContactFlowEvent value) => value;
    [LambdaHandler] public static IotCustomAuthorizerRequest EchoIotCustomAuthorizerRequest(IotCustomAuthorizerRequest value) => value;
    [LambdaHandler] public static IotCustomAuthorizerResponse EchoIotCustomAuthorizerResponse(IotCustomAuthorizerResponse value) => value;
    [LambdaHandler] public static IotButtonEvent EchoIotButtonEvent(IotButtonEvent value) => value;
    [LambdaHandler] public static IotOneClickEvent EchoIotOneClickEvent(IotOneClickEvent value) => value;
    [LambdaHandler] public static IotPreProvisioningHookRequest EchoIotPreProvisioningHookRequest(IotPreProvisioningHookRequest value) => value;
    [LambdaHandler] public static IotPreProvisioningHookResponse EchoIotPreProvisioningHookResponse(IotPreProvisioningHookResponse value) => value;
    [LambdaHandler] public static S3BatchOperationsEvent EchoS3BatchOperationsEvent(S3BatchOperationsEvent value) => value;
    [LambdaHandler] public static S3BatchOperationsResponse EchoS3BatchOperationsResponse(S3BatchOperationsResponse value) => value;
}

/// <summary>The examples of docs/events.md, compiled with the generator like a user's code.</summary>
public static class ServicesBExamples
{
    [LambdaHandler]
    public static ApiGatewayAuthorizerResponse Authorize(ApiGatewayTokenAuthorizerRequest request) => new()
    {
        PrincipalId = "user-1",
        PolicyDocument = new()
        {
            Statement = [ApiGatewayPolicyStatement.Create(request.AuthorizationToken == "allow" ? "Allow" : "Deny", request.MethodArn)],
        },
    };

    [LambdaHandler]
    public static S3BatchOperationsResponse Tag(S3BatchOperationsEvent batch) =>
        S3BatchOperationsResponse.For(batch, [.. batch.Tasks.Select(task => S3BatchOperationsResult.Succeeded(task, task.DecodedS3Key))]);
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
        Add<AppSyncResolverEvent>(map, LambdaJson.Write_HandlerSdk_Events_AppSyncResolverEvent, LambdaJson.Read_HandlerSdk_Events_AppSyncResolverEvent);
        Add<AppSyncResolverEvent<CommentsArguments>>(map, LambdaJson.Write_HandlerSdk_Events_AppSyncResolverEvent_1OfEventCorpus_CommentsArguments, LambdaJson.Read_HandlerSdk_Events_AppSyncResolverEvent_1OfEventCorpus_CommentsArguments);
        Add<IReadOnlyList<AppSyncResolverEvent>>(map, LambdaJson.Write_System_Collections_Generic_IReadOnlyList_1OfHandlerSdk_Events_AppSyncResolverEvent, LambdaJson.Read_System_Collections_Generic_IReadOnlyList_1OfHandlerSdk_Events_AppSyncResolverEvent);
        Add<AppSyncAuthorizerRequest>(map, LambdaJson.Write_HandlerSdk_Events_AppSyncAuthorizerRequest, LambdaJson.Read_HandlerSdk_Events_AppSyncAuthorizerRequest);
        Add<AppSyncAuthorizerResponse>(map, LambdaJson.Write_HandlerSdk_Events_AppSyncAuthorizerResponse, LambdaJson.Read_HandlerSdk_Events_AppSyncAuthorizerResponse);
        Add<LexV2Event>(map, LambdaJson.Write_HandlerSdk_Events_LexV2Event, LambdaJson.Read_HandlerSdk_Events_LexV2Event);
        Add<LexV2Response>(map, LambdaJson.Write_HandlerSdk_Events_LexV2Response, LambdaJson.Read_HandlerSdk_Events_LexV2Response);
        Add<ConnectContactFlowEvent>(map, LambdaJson.Write_HandlerSdk_Events_ConnectContactFlowEvent, LambdaJson.Read_HandlerSdk_Events_ConnectContactFlowEvent);
        Add<IotCustomAuthorizerRequest>(map, LambdaJson.Write_HandlerSdk_Events_IotCustomAuthorizerRequest, LambdaJson.Read_HandlerSdk_Events_IotCustomAuthorizerRequest);
        Add<IotCustomAuthorizerResponse>(map, LambdaJson.Write_HandlerSdk_Events_IotCustomAuthorizerResponse, LambdaJson.Read_HandlerSdk_Events_IotCustomAuthorizerResponse);
        Add<IotButtonEvent>(map, LambdaJson.Write_HandlerSdk_Events_IotButtonEvent, LambdaJson.Read_HandlerSdk_Events_IotButtonEvent);
        Add<IotOneClickEvent>(map, LambdaJson.Write_HandlerSdk_Events_IotOneClickEvent, LambdaJson.Read_HandlerSdk_Events_IotOneClickEvent);
        Add<IotPreProvisioningHookRequest>(map, LambdaJson.Write_HandlerSdk_Events_IotPreProvisioningHookRequest, LambdaJson.Read_HandlerSdk_Events_IotPreProvisioningHookRequest);
        Add<IotPreProvisioningHookResponse>(map, LambdaJson.Write_HandlerSdk_Events_IotPreProvisioningHookResponse, LambdaJson.Read_HandlerSdk_Events_IotPreProvisioningHookResponse);
        Add<S3BatchOperationsEvent>(map, LambdaJson.Write_HandlerSdk_Events_S3BatchOperationsEvent, LambdaJson.Read_HandlerSdk_Events_S3BatchOperationsEvent);
        Add<S3BatchOperationsResponse>(map, LambdaJson.Write_HandlerSdk_Events_S3BatchOperationsResponse, LambdaJson.Read_HandlerSdk_Events_S3BatchOperationsResponse);
    }
}
