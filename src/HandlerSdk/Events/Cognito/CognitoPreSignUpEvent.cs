namespace HandlerSdk.Events;

/// <summary>
/// The Cognito pre sign-up trigger (<c>PreSignUp_SignUp</c>, <c>PreSignUp_AdminCreateUser</c>,
/// <c>PreSignUp_ExternalProvider</c>): validate a sign-up, and confirm or verify the user on the spot.
/// </summary>
public sealed record CognitoPreSignUpEvent : CognitoTriggerEvent<CognitoPreSignUpRequest, CognitoPreSignUpResponse>;
