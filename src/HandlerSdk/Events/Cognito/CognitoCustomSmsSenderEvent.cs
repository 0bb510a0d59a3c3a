namespace HandlerSdk.Events;

/// <summary>
/// The Cognito custom SMS sender trigger (<c>CustomSMSSender_SignUp</c>, <c>CustomSMSSender_Authentication</c> and
/// others): send the SMS yourself; the code comes encrypted with the pool's KMS key.
/// </summary>
public sealed record CognitoCustomSmsSenderEvent : CognitoTriggerEvent<CognitoCustomSenderRequest, CognitoEmptyResponse>;
