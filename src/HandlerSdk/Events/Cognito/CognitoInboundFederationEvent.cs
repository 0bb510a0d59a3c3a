namespace HandlerSdk.Events;

/// <summary>
/// The Cognito inbound federation trigger (<c>InboundFederation_ExternalProvider</c>): a user signs in through an
/// OIDC or SAML identity provider; choose the user-pool attributes made from what the provider sent.
/// </summary>
public sealed record CognitoInboundFederationEvent : CognitoTriggerEvent<CognitoInboundFederationRequest, CognitoInboundFederationResponse>;
