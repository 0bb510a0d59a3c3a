namespace HandlerSdk.Events;

/// <summary>
/// The Cognito pre authentication trigger (<c>PreAuthentication_Authentication</c>): throw to deny a sign-in; it takes
/// no other answer.
/// </summary>
public sealed record CognitoPreAuthenticationEvent : CognitoTriggerEvent<CognitoPreAuthenticationRequest, CognitoEmptyResponse>;
