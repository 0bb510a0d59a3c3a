namespace HandlerSdk.Events;

/// <summary>
/// The Cognito verify auth challenge response trigger (<c>VerifyAuthChallengeResponse_Authentication</c>): check the
/// user's answer against what the create trigger expected.
/// </summary>
public sealed record CognitoVerifyAuthChallengeEvent : CognitoTriggerEvent<CognitoVerifyAuthChallengeRequest, CognitoVerifyAuthChallengeResponse>;
