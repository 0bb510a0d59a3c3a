namespace HandlerSdk.Events;

/// <summary>
/// The Cognito post confirmation trigger (<c>PostConfirmation_ConfirmSignUp</c>,
/// <c>PostConfirmation_ConfirmForgotPassword</c>): runs after a user is confirmed; it takes no answer.
/// </summary>
public sealed record CognitoPostConfirmationEvent : CognitoTriggerEvent<CognitoPostConfirmationRequest, CognitoEmptyResponse>;
