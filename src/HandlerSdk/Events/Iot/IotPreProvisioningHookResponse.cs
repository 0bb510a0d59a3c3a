using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>What an AWS IoT pre-provisioning hook returns.</summary>
public sealed record IotPreProvisioningHookResponse : AwsEventObject
{
    /// <summary><see langword="true"/> provisions the device.</summary>
    [JsonPropertyName("allowProvisioning")]
    public bool AllowProvisioning { get; init; }

    /// <summary>Template parameters to use instead of the device's, by name.</summary>
    [JsonPropertyName("parameterOverrides")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? ParameterOverrides { get; init; }
}
