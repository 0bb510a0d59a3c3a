using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event an Amazon S3 Batch Operations job with the <i>Invoke AWS Lambda function</i> operation sends: one task, an object of the job's manifest. Answer with an <see cref="S3BatchOperationsResponse"/> (<see cref="S3BatchOperationsResponse.For"/>).</summary>
public sealed record S3BatchOperationsEvent : AwsEventObject
{
    /// <summary>The version of the event format: <c>1.0</c>, or <c>2.0</c> (which adds <see cref="S3BatchOperationsJob.UserArguments"/> and names the bucket rather than its ARN).</summary>
    [JsonPropertyName("invocationSchemaVersion")]
    public string InvocationSchemaVersion { get; init; } = "";

    /// <summary>The id of this invocation; the response must carry it back.</summary>
    [JsonPropertyName("invocationId")]
    public string InvocationId { get; init; } = "";

    /// <summary>The job the task belongs to.</summary>
    [JsonPropertyName("job")]
    public S3BatchOperationsJob Job { get; init; } = new();

    /// <summary>The tasks to perform; S3 sends one per invocation.</summary>
    [JsonPropertyName("tasks")]
    public IReadOnlyList<S3BatchOperationsTask> Tasks { get; init; } = [];
}
