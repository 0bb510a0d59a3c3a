using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The Amazon Cognito Sync trigger of an identity pool (<c>SyncTrigger</c>): a dataset is being synchronized. The
/// function returns the event, with <see cref="DatasetRecords"/> changed as it sees fit (<c>op</c> <c>replace</c> or
/// <c>remove</c>), and Cognito Sync stores what it returns.
/// </summary>
public sealed record CognitoSyncEvent : AwsEventObject
{
    /// <summary>The version of the event format, <c>2</c>.</summary>
    [JsonPropertyName("version")]
    public int Version { get; init; }

    /// <summary>Always <c>SyncTrigger</c>.</summary>
    [JsonPropertyName("eventType")]
    public string EventType { get; init; } = "";

    /// <summary>The region of the identity pool.</summary>
    [JsonPropertyName("region")]
    public string Region { get; init; } = "";

    /// <summary>The id of the identity pool.</summary>
    [JsonPropertyName("identityPoolId")]
    public string IdentityPoolId { get; init; } = "";

    /// <summary>The id of the identity whose dataset is synchronized.</summary>
    [JsonPropertyName("identityId")]
    public string IdentityId { get; init; } = "";

    /// <summary>The name of the dataset.</summary>
    [JsonPropertyName("datasetName")]
    public string DatasetName { get; init; } = "";

    /// <summary>The records being synchronized, by key.</summary>
    [JsonPropertyName("datasetRecords")]
    public IReadOnlyDictionary<string, CognitoSyncDatasetRecord> DatasetRecords { get; init; } = new Dictionary<string, CognitoSyncDatasetRecord>(StringComparer.Ordinal);
}
