namespace HandlerSdk.Events;

/// <summary>
/// The Cognito pre token generation trigger, event versions 2 and 3: change the ID and access tokens' claims, the
/// access token's scopes, and the groups. Version 3 also runs for machine-to-machine (client credentials) tokens.
/// </summary>
public sealed record CognitoPreTokenGenerationV2Event : CognitoTriggerEvent<CognitoPreTokenGenerationV2Request, CognitoPreTokenGenerationV2Response>;
