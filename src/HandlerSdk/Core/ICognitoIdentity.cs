namespace HandlerSdk;

/// <summary>The Amazon Cognito identity of the caller, when invoked through the AWS Mobile SDK.</summary>
public interface ICognitoIdentity
{
    /// <summary>The Cognito identity id.</summary>
    string IdentityId { get; }

    /// <summary>The Cognito identity pool id.</summary>
    string IdentityPoolId { get; }
}
