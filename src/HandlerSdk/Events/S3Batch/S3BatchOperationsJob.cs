using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The job of an <see cref="S3BatchOperationsEvent"/>.</summary>
public sealed record S3BatchOperationsJob : AwsEventObject
{
    /// <summary>The id of the job.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>Schema 2.0: the arguments the job was created with, by name.</summary>
    [JsonPropertyName("userArguments")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? UserArguments { get; init; }
}
