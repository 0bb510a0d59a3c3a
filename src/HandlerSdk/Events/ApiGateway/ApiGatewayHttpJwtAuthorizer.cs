using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>jwt</c> of an <see cref="ApiGatewayHttpRequestAuthorizer"/>: the validated token's claims and scopes.</summary>
public sealed record ApiGatewayHttpJwtAuthorizer : AwsEventObject
{
    /// <summary>The token's claims, by name; API Gateway passes every value as a string (numbers too, and arrays as <c>[a b]</c>).</summary>
    [JsonPropertyName("claims")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Claims { get; init; }

    /// <summary>The token's scopes; <see langword="null"/> when the route requires none.</summary>
    [JsonPropertyName("scopes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Scopes { get; init; }
}
