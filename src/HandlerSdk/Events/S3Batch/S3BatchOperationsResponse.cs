using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>What a function returns for an <see cref="S3BatchOperationsEvent"/>: the result of each task.</summary>
public sealed record S3BatchOperationsResponse : AwsEventObject
{
    /// <summary>The event's <see cref="S3BatchOperationsEvent.InvocationSchemaVersion"/>.</summary>
    [JsonPropertyName("invocationSchemaVersion")]
    public string InvocationSchemaVersion { get; init; } = "";

    /// <summary>The result of a task the response leaves out: <c>Succeeded</c>, <c>TemporaryFailure</c> or <c>PermanentFailure</c> (S3's default).</summary>
    [JsonPropertyName("treatMissingKeysAs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TreatMissingKeysAs { get; init; }

    /// <summary>The event's <see cref="S3BatchOperationsEvent.InvocationId"/>.</summary>
    [JsonPropertyName("invocationId")]
    public string InvocationId { get; init; } = "";

    /// <summary>The result of each task.</summary>
    [JsonPropertyName("results")]
    public IReadOnlyList<S3BatchOperationsResult> Results { get; init; } = [];

    /// <summary>A response to <paramref name="batch"/>, carrying back its schema version and invocation id, with <paramref name="results"/>.</summary>
    /// <param name="batch">The event answered.</param>
    /// <param name="results">The result of each of its tasks, such as <see cref="S3BatchOperationsResult.Succeeded"/>.</param>
    public static S3BatchOperationsResponse For(S3BatchOperationsEvent batch, params IReadOnlyList<S3BatchOperationsResult> results)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(results);
        return new S3BatchOperationsResponse
        {
            InvocationSchemaVersion = batch.InvocationSchemaVersion,
            InvocationId = batch.InvocationId,
            Results = results,
        };
    }
}
