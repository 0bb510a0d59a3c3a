using System.Net;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The object of an S3 event.</summary>
public sealed record S3Object : AwsEventObject
{
    /// <summary>
    /// The object key as S3 sends it: URL-encoded, with <c>+</c> for a space (<c>my+file%3D1.txt</c>). Pass
    /// <see cref="DecodedKey"/> to the S3 API, not this.
    /// </summary>
    [JsonPropertyName("key")]
    public string Key { get; init; } = "";

    /// <summary>The object's size in bytes; absent (<see langword="null"/>) in <c>ObjectRemoved</c> events.</summary>
    [JsonPropertyName("size")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Size { get; init; }

    /// <summary>The object's ETag; absent (<see langword="null"/>) in <c>ObjectRemoved</c> events.</summary>
    [JsonPropertyName("eTag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }

    /// <summary>The object's version id when the bucket is versioned, otherwise <see langword="null"/>.</summary>
    [JsonPropertyName("versionId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? VersionId { get; init; }

    /// <summary>
    /// Hexadecimal text that orders the events of one key: of two events, the one with the greater value (compared
    /// after padding the shorter with leading zeros) happened later.
    /// </summary>
    [JsonPropertyName("sequencer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sequencer { get; init; }

    /// <summary>
    /// <see cref="Key"/> decoded as S3 encoded it (form URL encoding): each <c>+</c> becomes a space, then each
    /// <c>%XX</c> escape the UTF-8 byte it stands for. <c>my+file%3D1.txt</c> is <c>my file=1.txt</c>.
    /// </summary>
    [JsonIgnore]
    public string DecodedKey => WebUtility.UrlDecode(Key);
}
