// Echo handlers over the service-event models of group A (CloudWatch alarms, SES, Cognito user-pool triggers,
// CloudFormation custom resources, Secrets Manager rotation, AWS Config rules, CodeCommit triggers), and their
// part of the Bridge.
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using HandlerSdk;
using HandlerSdk.Events;
using HandlerSdk.Generated;

namespace EventCorpus;

/// <summary>Typed custom resource properties, as a user declares them (CloudFormation sends scalars as strings).</summary>
public sealed record ResourceKeys
{
    [JsonPropertyName("Key1")]
    public string Key1 { get; init; } = "";
    [JsonPropertyName("Key2")]
    public List<string> Key2 { get; init; } = [];
    [JsonPropertyName("Key3")]
    public Dictionary<string, string> Key3 { get; init; } = [];
}

public static class ServicesAHandlers
{
    [LambdaHandler] public static CloudWatchAlarmEvent EchoCloudWatchAlarm(CloudWatchAlarmEvent value) => value;
    [LambdaHandler] public static SesEvent EchoSes(SesEvent value) => value;
    [LambdaHandler] public static CognitoPreSignUpEvent EchoCognitoPreSignUp(CognitoPreSignUpEvent value) => value;
    [LambdaHandler] public static CognitoPostConfirmationEvent EchoCognitoPostConfirmation(CognitoPostConfirmationEvent value) => value;
    [LambdaHandler] public static CognitoPreAuthenticationEvent EchoCognitoPreAuthentication(CognitoPreAuthenticationEvent value) => value;
    [LambdaHandler] public static CognitoPostAuthenticationEvent EchoCognitoPostAuthentication(CognitoPostAuthenticationEvent value) => value;
    [LambdaHandler] public static CognitoPreTokenGenerationEvent EchoCognitoPreTokenGeneration(CognitoPreTokenGenerationEvent value) => value;
    [LambdaHandler] public static CognitoPreTokenGenerationV2Event EchoCognitoPreTokenGenerationV2(CognitoPreTokenGenerationV2Event value) => value;
    [LambdaHandler] public static CognitoCustomMessageEvent EchoCognitoCustomMessage(CognitoCustomMessageEvent value) => value;
    [LambdaHandler] public static CognitoDefineAuthChallengeEvent EchoCognitoDefineAuthChallenge(CognitoDefineAuthChallengeEvent value) => value;
    [LambdaHandler] public static CognitoCreateAuthChallengeEvent EchoCognitoCreateAuthChallenge(CognitoCreateAuthChallengeEvent value) => value;
    [LambdaHandler] public static CognitoVerifyAuthChallengeEvent EchoCognitoVerifyAuthChallenge(CognitoVerifyAuthChallengeEvent value) => value;
    [LambdaHandler] public static CognitoUserMigrationEvent EchoCognitoUserMigration(CognitoUserMigrationEvent value) => value;
    [LambdaHandler] public static CognitoCustomEmailSenderEvent EchoCognitoCustomEmailSender(CognitoCustomEmailSenderEvent value) => value;
    [LambdaHandler] public static CognitoCustomSmsSenderEvent EchoCognitoCustomSmsSender(CognitoCustomSmsSenderEvent value) => value;
    [LambdaHandler] public static CloudFormationCustomResourceRequest EchoCloudFormationRequest(CloudFormationCustomResourceRequest value) => value;
    [LambdaHandler] public static CloudFormationCustomResourceRequest<ResourceKeys> EchoTypedCloudFormationRequest(CloudFormationCustomResourceRequest<ResourceKeys> value) => value;
    [LambdaHandler] public static CloudFormationCustomResourceResponse EchoCloudFormationResponse(CloudFormationCustomResourceResponse value) => value;
    [LambdaHandler] public static SecretsManagerRotationEvent EchoSecretsManagerRotationEvent(SecretsManagerRotationEvent value) => value;
    [LambdaHandler] public static ConfigEvent EchoConfigEvent(ConfigEvent value) => value;
    [LambdaHandler] public static CodeCommitEvent EchoCodeCommitEvent(CodeCommitEvent value) => value;
    [LambdaHandler] public static CognitoSyncEvent EchoCognitoSyncEvent(CognitoSyncEvent value) => value;
    [LambdaHandler] public static SesReceiptResponse EchoSesReceiptResponse(SesReceiptResponse value) => value;
    [LambdaHandler] public static EventBridgeEvent<CloudWatchAlarmData> EchoAlarmStateChange(EventBridgeEvent<CloudWatchAlarmData> value) => value;
    [LambdaHandler] public static CognitoInboundFederationEvent EchoCognitoInboundFederationEvent(CognitoInboundFederationEvent value) => value;
    [LambdaHandler] public static CloudWatchAlarmNotification EchoCloudWatchAlarmNotification(CloudWatchAlarmNotification value) => value;
}

public static partial class Bridge
{
    private static void RegisterServicesA(Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)> map)
    {
        Add<CloudWatchAlarmEvent>(map, LambdaJson.Write_HandlerSdk_Events_CloudWatchAlarmEvent, LambdaJson.Read_HandlerSdk_Events_CloudWatchAlarmEvent);
        Add<SesEvent>(map, LambdaJson.Write_HandlerSdk_Events_SesEvent, LambdaJson.Read_HandlerSdk_Events_SesEvent);
        Add<CognitoPreSignUpEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoPreSignUpEvent, LambdaJson.Read_HandlerSdk_Events_CognitoPreSignUpEvent);
        Add<CognitoPostConfirmationEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoPostConfirmationEvent, LambdaJson.Read_HandlerSdk_Events_CognitoPostConfirmationEvent);
        Add<CognitoPreAuthenticationEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoPreAuthenticationEvent, LambdaJson.Read_HandlerSdk_Events_CognitoPreAuthenticationEvent);
        Add<CognitoPostAuthenticationEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoPostAuthenticationEvent, LambdaJson.Read_HandlerSdk_Events_CognitoPostAuthenticationEvent);
        Add<CognitoPreTokenGenerationEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoPreTokenGenerationEvent, LambdaJson.Read_HandlerSdk_Events_CognitoPreTokenGenerationEvent);
        Add<CognitoPreTokenGenerationV2Event>(map, LambdaJson.Write_HandlerSdk_Events_CognitoPreTokenGenerationV2Event, LambdaJson.Read_HandlerSdk_Events_CognitoPreTokenGenerationV2Event);
        Add<CognitoCustomMessageEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoCustomMessageEvent, LambdaJson.Read_HandlerSdk_Events_CognitoCustomMessageEvent);
        Add<CognitoDefineAuthChallengeEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoDefineAuthChallengeEvent, LambdaJson.Read_HandlerSdk_Events_CognitoDefineAuthChallengeEvent);
        Add<CognitoCreateAuthChallengeEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoCreateAuthChallengeEvent, LambdaJson.Read_HandlerSdk_Events_CognitoCreateAuthChallengeEvent);
        Add<CognitoVerifyAuthChallengeEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoVerifyAuthChallengeEvent, LambdaJson.Read_HandlerSdk_Events_CognitoVerifyAuthChallengeEvent);
        Add<CognitoUserMigrationEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoUserMigrationEvent, LambdaJson.Read_HandlerSdk_Events_CognitoUserMigrationEvent);
        Add<CognitoCustomEmailSenderEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoCustomEmailSenderEvent, LambdaJson.Read_HandlerSdk_Events_CognitoCustomEmailSenderEvent);
        Add<CognitoCustomSmsSenderEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoCustomSmsSenderEvent, LambdaJson.Read_HandlerSdk_Events_CognitoCustomSmsSenderEvent);
        Add<CloudFormationCustomResourceRequest>(map, LambdaJson.Write_HandlerSdk_Events_CloudFormationCustomResourceRequest, LambdaJson.Read_HandlerSdk_Events_CloudFormationCustomResourceRequest);
        Add<CloudFormationCustomResourceRequest<ResourceKeys>>(map, LambdaJson.Write_HandlerSdk_Events_CloudFormationCustomResourceRequest_1OfEventCorpus_ResourceKeys, LambdaJson.Read_HandlerSdk_Events_CloudFormationCustomResourceRequest_1OfEventCorpus_ResourceKeys);
        Add<CloudFormationCustomResourceResponse>(map, LambdaJson.Write_HandlerSdk_Events_CloudFormationCustomResourceResponse, LambdaJson.Read_HandlerSdk_Events_CloudFormationCustomResourceResponse);
        Add<SecretsManagerRotationEvent>(map, LambdaJson.Write_HandlerSdk_Events_SecretsManagerRotationEvent, LambdaJson.Read_HandlerSdk_Events_SecretsManagerRotationEvent);
        Add<ConfigEvent>(map, LambdaJson.Write_HandlerSdk_Events_ConfigEvent, LambdaJson.Read_HandlerSdk_Events_ConfigEvent);
        Add<CodeCommitEvent>(map, LambdaJson.Write_HandlerSdk_Events_CodeCommitEvent, LambdaJson.Read_HandlerSdk_Events_CodeCommitEvent);
        Add<CognitoSyncEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoSyncEvent, LambdaJson.Read_HandlerSdk_Events_CognitoSyncEvent);
        Add<SesReceiptResponse>(map, LambdaJson.Write_HandlerSdk_Events_SesReceiptResponse, LambdaJson.Read_HandlerSdk_Events_SesReceiptResponse);
        Add<EventBridgeEvent<CloudWatchAlarmData>>(map, LambdaJson.Write_HandlerSdk_Events_EventBridgeEvent_1OfHandlerSdk_Events_CloudWatchAlarmData, LambdaJson.Read_HandlerSdk_Events_EventBridgeEvent_1OfHandlerSdk_Events_CloudWatchAlarmData);
        Add<CognitoInboundFederationEvent>(map, LambdaJson.Write_HandlerSdk_Events_CognitoInboundFederationEvent, LambdaJson.Read_HandlerSdk_Events_CognitoInboundFederationEvent);
        Add<CloudWatchAlarmNotification>(map, LambdaJson.Write_HandlerSdk_Events_CloudWatchAlarmNotification, LambdaJson.Read_HandlerSdk_Events_CloudWatchAlarmNotification);
    }
}
