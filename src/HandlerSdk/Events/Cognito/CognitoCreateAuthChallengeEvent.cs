namespace HandlerSdk.Events;

/// <summary>
/// The Cognito create auth challenge trigger (<c>CreateAuthChallenge_Authentication</c>): make the challenge the define
/// trigger chose, with what the app may show and what the verify trigger will check.
/// </summary>
public sealed record CognitoCreateAuthChallengeEvent : CognitoTriggerEvent<CognitoCreateAuthChallengeRequest, CognitoCreateAuthChallengeResponse>;
