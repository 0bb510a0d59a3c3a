using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>What an HTTP API's Lambda authorizer with payload format 2.0 and simple responses enabled returns: whether to let the request through, and values for the route's integration.</summary>
public sealed record ApiGatewayHttpSimpleAuthorizerResponse : AwsEventObject
{
    /// <summary><see langword="true"/> lets the request through; <see langword="false"/> answers it with 403.</summary>
    [JsonPropertyName("isAuthorized")]
    public bool IsAuthorized { get; init; }

    /// <summary>Values the integration reads as <c>$context.authorizer.{key}</c>: strings, numbers, booleans, or objects and arrays (HTTP APIs only).</summary>
    [JsonPropertyName("context")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? Context { get; init; }
}
