using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>codecommit</c> member of a <see cref="CodeCommitRecord"/>: the references the push changed.</summary>
public sealed record CodeCommitChanges : AwsEventObject
{
    /// <summary>The changed branches and tags.</summary>
    [JsonPropertyName("references")]
    public IReadOnlyList<CodeCommitReference> References { get; init; } = [];
}
