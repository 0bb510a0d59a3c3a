namespace HandlerSdk.Events;

/// <summary>
/// The Cognito define auth challenge trigger (<c>DefineAuthChallenge_Authentication</c>): decide, from the session so
/// far, the next challenge of a custom authentication flow, or to issue tokens, or to fail.
/// </summary>
public sealed record CognitoDefineAuthChallengeEvent : CognitoTriggerEvent<CognitoDefineAuthChallengeRequest, CognitoDefineAuthChallengeResponse>;
