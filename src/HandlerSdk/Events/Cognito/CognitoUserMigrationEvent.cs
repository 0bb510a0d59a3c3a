namespace HandlerSdk.Events;

/// <summary>
/// The Cognito user migration trigger (<c>UserMigration_Authentication</c>, <c>UserMigration_ForgotPassword</c>):
/// a user the pool does not know signs in; look them up elsewhere and answer with their attributes to create them.
/// </summary>
public sealed record CognitoUserMigrationEvent : CognitoTriggerEvent<CognitoUserMigrationRequest, CognitoUserMigrationResponse>;
