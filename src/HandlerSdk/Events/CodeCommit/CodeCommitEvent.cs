using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event a CodeCommit repository trigger sends a function: the references a push changed.</summary>
public sealed record CodeCommitEvent : AwsEventObject
{
    /// <summary>The records of the event; a push that changed many references may come in several parts.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<CodeCommitRecord> Records { get; init; } = [];
}
