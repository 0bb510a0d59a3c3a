using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The base of every object in an AWS event model. AWS adds members to its events over time; a member the model
/// does not declare is kept in <see cref="AdditionalProperties"/> when read and written back where it was, so a
/// function built today neither fails on tomorrow's events nor drops what they carry when it passes them on.
/// </summary>
public abstract record AwsEventObject
{
    /// <summary>The members AWS sent that the model does not declare, by their JSON names; null when there were none.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
