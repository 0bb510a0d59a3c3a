using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One record of a <see cref="CognitoSyncEvent"/>'s dataset.</summary>
public sealed record CognitoSyncDatasetRecord : AwsEventObject
{
    /// <summary>The value stored before this synchronization, or <see langword="null"/> for a new record.</summary>
    [JsonPropertyName("oldValue")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OldValue { get; init; }

    /// <summary>The value to store, or <see langword="null"/> when the record is removed.</summary>
    [JsonPropertyName("newValue")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NewValue { get; init; }

    /// <summary>What to do with the record: <c>replace</c> or <c>remove</c>.</summary>
    [JsonPropertyName("op")]
    public string Op { get; init; } = "";
}
