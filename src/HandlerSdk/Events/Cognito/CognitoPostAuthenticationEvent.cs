namespace HandlerSdk.Events;

/// <summary>
/// The Cognito post authentication trigger (<c>PostAuthentication_Authentication</c>): runs after a sign-in; it takes
/// no answer.
/// </summary>
public sealed record CognitoPostAuthenticationEvent : CognitoTriggerEvent<CognitoPostAuthenticationRequest, CognitoEmptyResponse>;
