using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>mail</c> of an <see cref="SesMessage"/>: the received message without its body.</summary>
public sealed record SesMail : AwsEventObject
{
    /// <summary>When SES received the message.</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The envelope sender (the SMTP <c>MAIL FROM</c> address).</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = "";

    /// <summary>The id SES gave the message; the key of the object an S3 action stored it under.</summary>
    [JsonPropertyName("messageId")]
    public string MessageId { get; init; } = "";

    /// <summary>The envelope recipients (the SMTP <c>RCPT TO</c> addresses), all of them, not only this rule's.</summary>
    [JsonPropertyName("destination")]
    public IReadOnlyList<string> Destination { get; init; } = [];

    /// <summary>Whether SES left headers out of <see cref="Headers"/> because there were too many.</summary>
    [JsonPropertyName("headersTruncated")]
    public bool HeadersTruncated { get; init; }

    /// <summary>The message's headers in the order they appear, repeated names included.</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyList<SesHeader> Headers { get; init; } = [];

    /// <summary>The headers every message has, parsed.</summary>
    [JsonPropertyName("commonHeaders")]
    public SesCommonHeaders CommonHeaders { get; init; } = new();

    /// <summary>The value of the first header named <paramref name="name"/> (any case), or <see langword="null"/> when there is none.</summary>
    /// <param name="name">The header's name, such as <c>Subject</c> or <c>X-SES-Spam-Verdict</c>.</param>
    /// <returns>The header's value.</returns>
    public string? Header(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var header in Headers)
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }
}
