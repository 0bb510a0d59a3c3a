using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>What an AWS IoT Core custom authorizer returns: whether the device may connect, and the IoT policies that decide what it may do.</summary>
public sealed record IotCustomAuthorizerResponse : AwsEventObject
{
    /// <summary><see langword="true"/> lets the device connect.</summary>
    [JsonPropertyName("isAuthenticated")]
    public bool IsAuthenticated { get; init; }

    /// <summary>The id of the device in logs and policy variables: 1 to 128 letters and digits.</summary>
    [JsonPropertyName("principalId")]
    public string PrincipalId { get; init; } = "";

    /// <summary>How long the connection may last, 300 to 86,400 seconds.</summary>
    [JsonPropertyName("disconnectAfterInSeconds")]
    public int DisconnectAfterInSeconds { get; init; }

    /// <summary>How long IoT Core caches the policies before calling the authorizer again, 300 to 86,400 seconds.</summary>
    [JsonPropertyName("refreshAfterInSeconds")]
    public int RefreshAfterInSeconds { get; init; }

    /// <summary>The IoT policies, up to 10: each a policy object, or a string holding one as JSON text (IoT Core takes both, AWS's samples show both).</summary>
    [JsonPropertyName("policyDocuments")]
    public IReadOnlyList<JsonElement> PolicyDocuments { get; init; } = [];

    /// <summary>Values IoT rules and policies read as <c>${context.key}</c>.</summary>
    [JsonPropertyName("context")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? Context { get; init; }
}
