namespace HandlerSdk.Events;

/// <summary>
/// The Cognito custom message trigger (<c>CustomMessage_SignUp</c>, <c>CustomMessage_ForgotPassword</c> and others):
/// write the email or SMS Cognito sends, placing <see cref="CognitoCustomMessageRequest.CodeParameter"/> where the code goes.
/// </summary>
public sealed record CognitoCustomMessageEvent : CognitoTriggerEvent<CognitoCustomMessageRequest, CognitoCustomMessageResponse>;
