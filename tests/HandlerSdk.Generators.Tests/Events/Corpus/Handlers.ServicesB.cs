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
        Add<ApiGatewayTokenAuthorizerRequest>(map, LambdaJson.WriteApiGatewayTokenAuthorizerRequest, LambdaJson.ReadApiGatewayTokenAuthorizerRequest);
        Add<ApiGatewayRequestAuthorizerRequest>(map, LambdaJson.WriteApiGatewayRequestAuthorizerRequest, LambdaJson.ReadApiGatewayRequestAuthorizerRequest);
        Add<ApiGatewayHttpAuthorizerRequest>(map, LambdaJson.WriteApiGatewayHttpAuthorizerRequest, LambdaJson.ReadApiGatewayHttpAuthorizerRequest);
        Add<ApiGatewayAuthorizerResponse>(map, LambdaJson.WriteApiGatewayAuthorizerResponse, LambdaJson.ReadApiGatewayAuthorizerResponse);
        Add<ApiGatewayHttpSimpleAuthorizerResponse>(map, LambdaJson.WriteApiGatewayHttpSimpleAuthorizerResponse, LambdaJson.ReadApiGatewayHttpSimpleAuthorizerResponse);
        Add<AppSyncResolverEvent>(map, LambdaJson.WriteAppSyncResolverEvent, LambdaJson.ReadAppSyncResolverEvent);
        Add<AppSyncResolverEvent<CommentsArguments>>(map, LambdaJson.WriteAppSyncResolverEventOfCommentsArguments, LambdaJson.ReadAppSyncResolverEventOfCommentsArguments);
        Add<IReadOnlyList<AppSyncResolverEvent>>(map, LambdaJson.WriteIReadOnlyListOfAppSyncResolverEvent, LambdaJson.ReadIReadOnlyListOfAppSyncResolverEvent);
        Add<AppSyncAuthorizerRequest>(map, LambdaJson.WriteAppSyncAuthorizerRequest, LambdaJson.ReadAppSyncAuthorizerRequest);
        Add<AppSyncAuthorizerResponse>(map, LambdaJson.WriteAppSyncAuthorizerResponse, LambdaJson.ReadAppSyncAuthorizerResponse);
        Add<LexV2Event>(map, LambdaJson.WriteLexV2Event, LambdaJson.ReadLexV2Event);
        Add<LexV2Response>(map, LambdaJson.WriteLexV2Response, LambdaJson.ReadLexV2Response);
        Add<ConnectContactFlowEvent>(map, LambdaJson.WriteConnectContactFlowEvent, LambdaJson.ReadConnectContactFlowEvent);
        Add<IotCustomAuthorizerRequest>(map, LambdaJson.WriteIotCustomAuthorizerRequest, LambdaJson.ReadIotCustomAuthorizerRequest);
        Add<IotCustomAuthorizerResponse>(map, LambdaJson.WriteIotCustomAuthorizerResponse, LambdaJson.ReadIotCustomAuthorizerResponse);
        Add<IotButtonEvent>(map, LambdaJson.WriteIotButtonEvent, LambdaJson.ReadIotButtonEvent);
        Add<IotOneClickEvent>(map, LambdaJson.WriteIotOneClickEvent, LambdaJson.ReadIotOneClickEvent);
        Add<IotPreProvisioningHookRequest>(map, LambdaJson.WriteIotPreProvisioningHookRequest, LambdaJson.ReadIotPreProvisioningHookRequest);
        Add<IotPreProvisioningHookResponse>(map, LambdaJson.WriteIotPreProvisioningHookResponse, LambdaJson.ReadIotPreProvisioningHookResponse);
        Add<S3BatchOperationsEvent>(map, LambdaJson.WriteS3BatchOperationsEvent, LambdaJson.ReadS3BatchOperationsEvent);
        Add<S3BatchOperationsResponse>(map, LambdaJson.WriteS3BatchOperationsResponse, LambdaJson.ReadS3BatchOperationsResponse);
    }
}
