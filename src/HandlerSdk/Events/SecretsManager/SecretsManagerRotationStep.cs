namespace HandlerSdk.Events;

/// <summary>The steps of a Secrets Manager rotation, in the order they run (<see cref="SecretsManagerRotationEvent.GetRotationStep()"/>).</summary>
public enum SecretsManagerRotationStep
{
    /// <summary><c>createSecret</c>: create the new version of the secret, labelled <c>AWSPENDING</c>.</summary>
    CreateSecret,

    /// <summary><c>setSecret</c>: set the new credentials in the database or service.</summary>
    SetSecret,

    /// <summary><c>testSecret</c>: check that the new credentials work.</summary>
    TestSecret,

    /// <summary><c>finishSecret</c>: move the <c>AWSCURRENT</c> label to the new version.</summary>
    FinishSecret,
}
