using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The <c>commonHeaders</c> of an <see cref="SesMail"/>. SES sends only the headers the message has; the others are
/// <see langword="null"/> and not written.
/// </summary>
public sealed record SesCommonHeaders : AwsEventObject
{
    /// <summary>The <c>Return-Path</c> address.</summary>
    [JsonPropertyName("returnPath")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReturnPath { get; init; }

    /// <summary>The <c>From</c> addresses, display names included (<c>Jane Doe &lt;jane@example.com&gt;</c>).</summary>
    [JsonPropertyName("from")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? From { get; init; }

    /// <summary>The <c>Sender</c> addresses.</summary>
    [JsonPropertyName("sender")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Sender { get; init; }

    /// <summary>The <c>Reply-To</c> addresses.</summary>
    [JsonPropertyName("replyTo")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ReplyTo { get; init; }

    /// <summary>The <c>Date</c> header as written (RFC 5322: <c>Mon, 5 Aug 2019 21:29:57 +0000</c>).</summary>
    [JsonPropertyName("date")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Date { get; init; }

    /// <summary>The <c>To</c> addresses.</summary>
    [JsonPropertyName("to")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? To { get; init; }

    /// <summary>The <c>Cc</c> addresses.</summary>
    [JsonPropertyName("cc")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Cc { get; init; }

    /// <summary>The <c>Bcc</c> addresses.</summary>
    [JsonPropertyName("bcc")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Bcc { get; init; }

    /// <summary>The <c>Message-ID</c> header (the sender's id, in angle brackets; not <see cref="SesMail.MessageId"/>).</summary>
    [JsonPropertyName("messageId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MessageId { get; init; }

    /// <summary>The <c>Subject</c>.</summary>
    [JsonPropertyName("subject")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subject { get; init; }
}
