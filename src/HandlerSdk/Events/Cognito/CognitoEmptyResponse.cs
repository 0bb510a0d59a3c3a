namespace HandlerSdk.Events;

/// <summary>
/// The response of the Cognito triggers that take no answer (post confirmation, pre and post authentication, custom
/// senders): Cognito sends it empty and ignores what comes back in it.
/// </summary>
public sealed record CognitoEmptyResponse : AwsEventObject;
