namespace HandlerSdk.Events;

/// <summary>
/// The Cognito custom email sender trigger (<c>CustomEmailSender_SignUp</c>, <c>CustomEmailSender_ForgotPassword</c>
/// and others): send the email yourself; the code comes encrypted with the pool's KMS key.
/// </summary>
public sealed record CognitoCustomEmailSenderEvent : CognitoTriggerEvent<CognitoCustomSenderRequest, CognitoEmptyResponse>;
