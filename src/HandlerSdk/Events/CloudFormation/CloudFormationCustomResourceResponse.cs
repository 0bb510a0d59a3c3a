using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What a custom resource's function sends CloudFormation, with an HTTP PUT to the request's
/// <see cref="CloudFormationCustomResourceRequest{TProperties}.ResponseUrl"/> (not as the function's return value).
/// <see cref="CloudFormationCustomResourceRequest{TProperties}.Succeed"/> and
/// <see cref="CloudFormationCustomResourceRequest{TProperties}.Fail"/> make one; <see cref="CloudFormationResponseSender"/> sends it.
/// An AWS CDK provider framework <c>onEvent</c> function returns one instead, with only <see cref="PhysicalResourceId"/>,
/// <see cref="Data"/> and <see cref="NoEcho"/> set; members left <see langword="null"/> are not written.
/// </summary>
public sealed record CloudFormationCustomResourceResponse : AwsEventObject
{
    /// <summary>The <see cref="Status"/> of a request that succeeded.</summary>
    public const string Success = "SUCCESS";

    /// <summary>The <see cref="Status"/> of a request that failed.</summary>
    public const string Failed = "FAILED";

    /// <summary><see cref="Success"/> or <see cref="Failed"/>.</summary>
    [JsonPropertyName("Status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }

    /// <summary>Why the request failed, shown in the stack's events; optional on success.</summary>
    [JsonPropertyName("Reason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>The resource's physical id, unique within the stack (at most 1 KB).</summary>
    [JsonPropertyName("PhysicalResourceId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PhysicalResourceId { get; init; }

    /// <summary>The request's <see cref="CloudFormationCustomResourceRequest{TProperties}.StackId"/>.</summary>
    [JsonPropertyName("StackId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StackId { get; init; }

    /// <summary>The request's <see cref="CloudFormationCustomResourceRequest{TProperties}.RequestId"/>.</summary>
    [JsonPropertyName("RequestId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RequestId { get; init; }

    /// <summary>The request's <see cref="CloudFormationCustomResourceRequest{TProperties}.LogicalResourceId"/>.</summary>
    [JsonPropertyName("LogicalResourceId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LogicalResourceId { get; init; }

    /// <summary>Whether CloudFormation masks <see cref="Data"/> where <c>Fn::GetAtt</c> shows it; <see langword="null"/> (not written) is no.</summary>
    [JsonPropertyName("NoEcho")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? NoEcho { get; init; }

    /// <summary>Values the template can read with <c>Fn::GetAtt</c>, by attribute name (at most 4 KB with the rest of the response).</summary>
    [JsonPropertyName("Data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Data { get; init; }
}
