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
        Add<CloudWatchAlarmEvent>(map, LambdaJson.WriteCloudWatchAlarmEvent, LambdaJson.ReadCloudWatchAlarmEvent);
        Add<SesEvent>(map, LambdaJson.WriteSesEvent, LambdaJson.ReadSesEvent);
        Add<CognitoPreSignUpEvent>(map, LambdaJson.WriteCognitoPreSignUpEvent, LambdaJson.ReadCognitoPreSignUpEvent);
        Add<CognitoPostConfirmationEvent>(map, LambdaJson.WriteCognitoPostConfirmationEvent, LambdaJson.ReadCognitoPostConfirmationEvent);
        Add<CognitoPreAuthenticationEvent>(map, LambdaJson.WriteCognitoPreAuthenticationEvent, LambdaJson.ReadCognitoPreAuthenticationEvent);
        Add<CognitoPostAuthenticationEvent>(map, LambdaJson.WriteCognitoPostAuthenticationEvent, LambdaJson.ReadCognitoPostAuthenticationEvent);
        Add<CognitoPreTokenGenerationEvent>(map, LambdaJson.WriteCognitoPreTokenGenerationEvent, LambdaJson.ReadCognitoPreTokenGenerationEvent);
        Add<CognitoPreTokenGenerationV2Event>(map, LambdaJson.WriteCognitoPreTokenGenerationV2Event, LambdaJson.ReadCognitoPreTokenGenerationV2Event);
        Add<CognitoCustomMessageEvent>(map, LambdaJson.WriteCognitoCustomMessageEvent, LambdaJson.ReadCognitoCustomMessageEvent);
        Add<CognitoDefineAuthChallengeEvent>(map, LambdaJson.WriteCognitoDefineAuthChallengeEvent, LambdaJson.ReadCognitoDefineAuthChallengeEvent);
        Add<CognitoCreateAuthChallengeEvent>(map, LambdaJson.WriteCognitoCreateAuthChallengeEvent, LambdaJson.ReadCognitoCreateAuthChallengeEvent);
        Add<CognitoVerifyAuthChallengeEvent>(map, LambdaJson.WriteCognitoVerifyAuthChallengeEvent, LambdaJson.ReadCognitoVerifyAuthChallengeEvent);
        Add<CognitoUserMigrationEvent>(map, LambdaJson.WriteCognitoUserMigrationEvent, LambdaJson.ReadCognitoUserMigrationEvent);
        Add<CognitoCustomEmailSenderEvent>(map, LambdaJson.WriteCognitoCustomEmailSenderEvent, LambdaJson.ReadCognitoCustomEmailSenderEvent);
        Add<CognitoCustomSmsSenderEvent>(map, LambdaJson.WriteCognitoCustomSmsSenderEvent, LambdaJson.ReadCognitoCustomSmsSenderEvent);
        Add<CloudFormationCustomResourceRequest>(map, LambdaJson.WriteCloudFormationCustomResourceRequest, LambdaJson.ReadCloudFormationCustomResourceRequest);
        Add<CloudFormationCustomResourceRequest<ResourceKeys>>(map, LambdaJson.WriteCloudFormationCustomResourceRequestOfResourceKeys, LambdaJson.ReadCloudFormationCustomResourceRequestOfResourceKeys);
        Add<CloudFormationCustomResourceResponse>(map, LambdaJson.WriteCloudFormationCustomResourceResponse, LambdaJson.ReadCloudFormationCustomResourceResponse);
        Add<SecretsManagerRotationEvent>(map, LambdaJson.WriteSecretsManagerRotationEvent, LambdaJson.ReadSecretsManagerRotationEvent);
        Add<ConfigEvent>(map, LambdaJson.WriteConfigEvent, LambdaJson.ReadConfigEvent);
        Add<CodeCommitEvent>(map, LambdaJson.WriteCodeCommitEvent, LambdaJson.ReadCodeCommitEvent);
        Add<CognitoSyncEvent>(map, LambdaJson.WriteCognitoSyncEvent, LambdaJson.ReadCognitoSyncEvent);
        Add<SesReceiptResponse>(map, LambdaJson.WriteSesReceiptResponse, LambdaJson.ReadSesReceiptResponse);
        Add<EventBridgeEvent<CloudWatchAlarmData>>(map, LambdaJson.WriteEventBridgeEventOfCloudWatchAlarmData, LambdaJson.ReadEventBridgeEventOfCloudWatchAlarmData);
        Add<CognitoInboundFederationEvent>(map, LambdaJson.WriteCognitoInboundFederationEvent, LambdaJson.ReadCognitoInboundFederationEvent);
        Add<CloudWatchAlarmNotification>(map, LambdaJson.WriteCloudWatchAlarmNotification, LambdaJson.ReadCloudWatchAlarmNotification);
    }
}
