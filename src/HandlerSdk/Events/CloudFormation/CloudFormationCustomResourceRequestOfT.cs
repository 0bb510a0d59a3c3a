using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The request CloudFormation sends a custom resource's function when a stack creates, updates or deletes the
/// resource, with its properties read as <typeparamref name="TProperties"/>. CloudFormation sends every scalar property
/// as a string (<c>"Port": "8080"</c>), so a typed properties record declares strings.
/// </summary>
/// <typeparam name="TProperties">The type <c>ResourceProperties</c> and <c>OldResourceProperties</c> read as.</typeparam>
public record CloudFormationCustomResourceRequest<TProperties> : AwsEventObject
{
    /// <summary><c>Create</c>, <c>Update</c> or <c>Delete</c>.</summary>
    [JsonPropertyName("RequestType")]
    public string RequestType { get; init; } = "";

    /// <summary>
    /// The pre-signed S3 URL the response goes to, with an HTTP PUT; valid for two hours. <see langword="null"/> in the
    /// requests the AWS CDK provider framework passes its <c>onEvent</c> function, which answers by returning a
    /// <see cref="CloudFormationCustomResourceResponse"/> instead.
    /// </summary>
    [JsonPropertyName("ResponseURL")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ResponseUrl { get; init; }

    /// <summary>The ARN of the stack the resource belongs to.</summary>
    [JsonPropertyName("StackId")]
    public string StackId { get; init; } = "";

    /// <summary>The id of this request, which the response repeats.</summary>
    [JsonPropertyName("RequestId")]
    public string RequestId { get; init; } = "";

    /// <summary>The resource's type in the template, such as <c>Custom::Database</c> or <c>AWS::CloudFormation::CustomResource</c>.</summary>
    [JsonPropertyName("ResourceType")]
    public string ResourceType { get; init; } = "";

    /// <summary>The resource's logical id in the template.</summary>
    [JsonPropertyName("LogicalResourceId")]
    public string LogicalResourceId { get; init; } = "";

    /// <summary>
    /// <c>Update</c> and <c>Delete</c>: the physical id the function answered when it created the resource. An
    /// <c>Update</c> answered with a different id replaces the resource, and CloudFormation then deletes the old one.
    /// </summary>
    [JsonPropertyName("PhysicalResourceId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PhysicalResourceId { get; init; }

    /// <summary>The resource's properties as the template sets them now, <c>ServiceToken</c> included.</summary>
    [JsonPropertyName("ResourceProperties")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public TProperties? ResourceProperties { get; init; }

    /// <summary><c>Update</c> only: the properties as they were before the update.</summary>
    [JsonPropertyName("OldResourceProperties")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public TProperties? OldResourceProperties { get; init; }

    /// <summary>The ARN of the function (or SNS topic) the template's <c>ServiceToken</c> names, when CloudFormation sends it.</summary>
    [JsonPropertyName("ServiceToken")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ServiceToken { get; init; }

    /// <summary>The 12-digit id of the stack's account, when CloudFormation sends it (newer requests carry it).</summary>
    [JsonPropertyName("AccountId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AccountId { get; init; }

    /// <summary>
    /// A <see cref="CloudFormationCustomResourceResponse.Success"/> answer to this request, repeating its ids.
    /// </summary>
    /// <param name="physicalResourceId">The resource's physical id; on <c>Update</c> and <c>Delete</c>, pass <see cref="PhysicalResourceId"/> to keep it.</param>
    /// <param name="data">Values the template can read with <c>Fn::GetAtt</c>, or <see langword="null"/>.</param>
    /// <param name="noEcho">Whether CloudFormation masks <paramref name="data"/> in its output.</param>
    /// <returns>The response to send.</returns>
    public CloudFormationCustomResourceResponse Succeed(string physicalResourceId, IReadOnlyDictionary<string, string>? data = null, bool noEcho = false) =>
        new()
        {
            Status = CloudFormationCustomResourceResponse.Success,
            PhysicalResourceId = physicalResourceId,
            StackId = StackId,
            RequestId = RequestId,
            LogicalResourceId = LogicalResourceId,
            NoEcho = noEcho ? true : null,
            Data = data,
        };

    /// <summary>
    /// A <see cref="CloudFormationCustomResourceResponse.Failed"/> answer to this request, repeating its ids. CloudFormation
    /// shows <paramref name="reason"/> in the stack's events and rolls back.
    /// </summary>
    /// <param name="reason">Why the request failed.</param>
    /// <returns>The response to send; its physical id is the request's, or the logical id on a failed <c>Create</c>.</returns>
    public CloudFormationCustomResourceResponse Fail(string reason) =>
        new()
        {
            Status = CloudFormationCustomResourceResponse.Failed,
            Reason = reason,
            PhysicalResourceId = string.IsNullOrEmpty(PhysicalResourceId) ? LogicalResourceId : PhysicalResourceId,
            StackId = StackId,
            RequestId = RequestId,
            LogicalResourceId = LogicalResourceId,
        };
}
