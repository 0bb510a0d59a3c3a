namespace HandlerSdk.Events;

/// <summary>
/// The Cognito pre token generation trigger, event version 1 (<c>TokenGeneration_Authentication</c>,
/// <c>TokenGeneration_RefreshTokens</c> and others): change the ID token's claims and groups. Pools set to event
/// version 2 or 3, which can also change the access token, send a <see cref="CognitoPreTokenGenerationV2Event"/>.
/// </summary>
public sealed record CognitoPreTokenGenerationEvent : CognitoTriggerEvent<CognitoPreTokenGenerationRequest, CognitoPreTokenGenerationResponse>;
