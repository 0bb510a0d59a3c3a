using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A branch or tag a push changed, in a <see cref="CodeCommitChanges"/>.</summary>
public sealed record CodeCommitReference : AwsEventObject
{
    /// <summary>The commit the reference points to now (for a deleted one, the commit it pointed to).</summary>
    [JsonPropertyName("commit")]
    public string Commit { get; init; } = "";

    /// <summary>The full name of the reference, such as <c>refs/heads/main</c> or <c>refs/tags/v1.0</c>.</summary>
    [JsonPropertyName("ref")]
    public string Ref { get; init; } = "";

    /// <summary><see langword="true"/> when the push created the reference; absent (<see langword="null"/>) otherwise.</summary>
    [JsonPropertyName("created")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Created { get; init; }

    /// <summary><see langword="true"/> when the push deleted the reference; absent (<see langword="null"/>) otherwise.</summary>
    [JsonPropertyName("deleted")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Deleted { get; init; }
}
