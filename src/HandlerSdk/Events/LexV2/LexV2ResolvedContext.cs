using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>resolvedContext</c> of a <see cref="LexV2Transcription"/>.</summary>
public sealed record LexV2ResolvedContext : AwsEventObject
{
    /// <summary>The name of the intent the transcription resolved to.</summary>
    [JsonPropertyName("intent")]
    public string Intent { get; init; } = "";
}
