using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event Secrets Manager sends a rotation function, once per step of a rotation: <c>createSecret</c>,
/// <c>setSecret</c>, <c>testSecret</c>, then <c>finishSecret</c>, each for the same <see cref="ClientRequestToken"/>.
/// </summary>
public sealed record SecretsManagerRotationEvent : AwsEventObject
{
    /// <summary>The step of the rotation: <c>createSecret</c>, <c>setSecret</c>, <c>testSecret</c> or <c>finishSecret</c>.</summary>
    [JsonPropertyName("Step")]
    public string Step { get; init; } = "";

    /// <summary>The ARN of the secret being rotated.</summary>
    [JsonPropertyName("SecretId")]
    public string SecretId { get; init; } = "";

    /// <summary>The version id of the new secret version, the same in every step of one rotation.</summary>
    [JsonPropertyName("ClientRequestToken")]
    public string ClientRequestToken { get; init; } = "";

    /// <summary>A token the function passes back to Secrets Manager calls made for a secret in another account, when sent.</summary>
    [JsonPropertyName("RotationToken")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RotationToken { get; init; }

    /// <summary><see cref="Step"/> as a <see cref="SecretsManagerRotationStep"/>, for a <c>switch</c>; the case of the text does not matter.</summary>
    /// <exception cref="FormatException"><see cref="Step"/> is not one of the four steps.</exception>
    public SecretsManagerRotationStep GetRotationStep() => Step.ToUpperInvariant() switch
    {
        "CREATESECRET" => SecretsManagerRotationStep.CreateSecret,
        "SETSECRET" => SecretsManagerRotationStep.SetSecret,
        "TESTSECRET" => SecretsManagerRotationStep.TestSecret,
        "FINISHSECRET" => SecretsManagerRotationStep.FinishSecret,
        _ => throw new FormatException($"The rotation event's Step is '{Step}', not createSecret, setSecret, testSecret or finishSecret."),
    };
}
