using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>receipt</c> of an <see cref="SesMessage"/>: how SES received the message and what its checks found.</summary>
public sealed record SesReceipt : AwsEventObject
{
    /// <summary>When the action that invoked the function was triggered.</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>How long SES took to process the message, from receiving it to triggering the action, in milliseconds.</summary>
    [JsonPropertyName("processingTimeMillis")]
    public long ProcessingTimeMillis { get; init; }

    /// <summary>The recipients the receipt rule matched (a subset of <see cref="SesMail.Destination"/>).</summary>
    [JsonPropertyName("recipients")]
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Whether the message is spam.</summary>
    [JsonPropertyName("spamVerdict")]
    public SesVerdict SpamVerdict { get; init; } = new();

    /// <summary>Whether the message carries a virus.</summary>
    [JsonPropertyName("virusVerdict")]
    public SesVerdict VirusVerdict { get; init; } = new();

    /// <summary>Whether the SPF check passed.</summary>
    [JsonPropertyName("spfVerdict")]
    public SesVerdict SpfVerdict { get; init; } = new();

    /// <summary>Whether the DKIM check passed.</summary>
    [JsonPropertyName("dkimVerdict")]
    public SesVerdict DkimVerdict { get; init; } = new();

    /// <summary>Whether the DMARC check passed, when SES ran it.</summary>
    [JsonPropertyName("dmarcVerdict")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SesVerdict? DmarcVerdict { get; init; }

    /// <summary>
    /// The sending domain's DMARC policy (<c>none</c>, <c>quarantine</c> or <c>reject</c>), sent only when
    /// <see cref="DmarcVerdict"/> is <c>FAIL</c>.
    /// </summary>
    [JsonPropertyName("dmarcPolicy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DmarcPolicy { get; init; }

    /// <summary>The receipt rule action that produced this event.</summary>
    [JsonPropertyName("action")]
    public SesReceiptAction Action { get; init; } = new();
}
