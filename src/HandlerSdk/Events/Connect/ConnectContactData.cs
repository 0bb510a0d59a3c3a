using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The contact an Amazon Connect flow runs for, as its Lambda block sends it.</summary>
public sealed record ConnectContactData : AwsEventObject
{
    /// <summary>The contact's user-defined attributes, by name (strings, as Connect keeps them).</summary>
    [JsonPropertyName("Attributes")]
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How the customer reached the contact center: <c>VOICE</c>, <c>CHAT</c>, <c>TASK</c> or <c>EMAIL</c>.</summary>
    [JsonPropertyName("Channel")]
    public string Channel { get; init; } = "";

    /// <summary>The id of the contact.</summary>
    [JsonPropertyName("ContactId")]
    public string ContactId { get; init; } = "";

    /// <summary>The customer's phone number or address; <see langword="null"/> when Connect has none (chats, tasks).</summary>
    [JsonPropertyName("CustomerEndpoint")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConnectEndpoint? CustomerEndpoint { get; init; }

    /// <summary>The customer's id in Customer Profiles or an external system, when the contact has one.</summary>
    [JsonPropertyName("CustomerId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CustomerId { get; init; }

    /// <summary>The contact's description (tasks).</summary>
    [JsonPropertyName("Description")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }

    /// <summary>The id of the first contact of a chain of transfers.</summary>
    [JsonPropertyName("InitialContactId")]
    public string InitialContactId { get; init; } = "";

    /// <summary>How the contact began: <c>INBOUND</c>, <c>OUTBOUND</c>, <c>TRANSFER</c>, <c>CALLBACK</c>, <c>API</c>, and others Connect adds.</summary>
    [JsonPropertyName("InitiationMethod")]
    public string InitiationMethod { get; init; } = "";

    /// <summary>The ARN of the Connect instance.</summary>
    [JsonPropertyName("InstanceARN")]
    public string InstanceArn { get; init; } = "";

    /// <summary>The contact's language, such as <c>en-US</c>.</summary>
    [JsonPropertyName("LanguageCode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LanguageCode { get; init; }

    /// <summary>Where the customer's audio streams to, when live media streaming is on.</summary>
    [JsonPropertyName("MediaStreams")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConnectMediaStreams? MediaStreams { get; init; }

    /// <summary>The contact's name (tasks).</summary>
    [JsonPropertyName("Name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>The id of the contact this one was transferred from; the contact's own id when there was none.</summary>
    [JsonPropertyName("PreviousContactId")]
    public string PreviousContactId { get; init; } = "";

    /// <summary>The queue the contact is in; <see langword="null"/> before the flow sets one.</summary>
    [JsonPropertyName("Queue")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConnectQueueDetails? Queue { get; init; }

    /// <summary>Links and values attached to the contact (tasks), by name.</summary>
    [JsonPropertyName("References")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, ConnectReference>? References { get; init; }

    /// <summary>The id of a contact this one relates to.</summary>
    [JsonPropertyName("RelatedContactId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RelatedContactId { get; init; }

    /// <summary>System segment attributes, such as <c>connect:Subtype</c>, each an object like <c>{"ValueString": "connect:Guide"}</c>.</summary>
    [JsonPropertyName("SegmentAttributes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? SegmentAttributes { get; init; }

    /// <summary>The number or address the customer contacted.</summary>
    [JsonPropertyName("SystemEndpoint")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConnectEndpoint? SystemEndpoint { get; init; }

    /// <summary>The contact's tags, by key.</summary>
    [JsonPropertyName("Tags")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
