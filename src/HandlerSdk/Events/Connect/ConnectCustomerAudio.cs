using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>Where an Amazon Connect contact's audio streams to in Kinesis Video Streams, and which part is this contact's. Connect sends the timestamps as strings of epoch milliseconds; <see cref="GetStartTime()"/> and <see cref="GetStopTime()"/> read them.</summary>
public sealed record ConnectCustomerAudio : AwsEventObject
{
    /// <summary>The fragment of the stream where the customer's audio started.</summary>
    [JsonPropertyName("StartFragmentNumber")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StartFragmentNumber { get; init; }

    /// <summary>When the customer's audio started, in milliseconds since the Unix epoch (a decimal string).</summary>
    [JsonPropertyName("StartTimestamp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StartTimestamp { get; init; }

    /// <summary>The fragment where the audio stopped, once it has.</summary>
    [JsonPropertyName("StopFragmentNumber")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StopFragmentNumber { get; init; }

    /// <summary>When the audio stopped, in milliseconds since the Unix epoch (a decimal string), once it has.</summary>
    [JsonPropertyName("StopTimestamp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StopTimestamp { get; init; }

    /// <summary>The ARN of the Kinesis video stream.</summary>
    [JsonPropertyName("StreamARN")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StreamArn { get; init; }

    /// <summary><see cref="StartTimestamp"/> as a time, or <see langword="null"/> when Connect sent none.</summary>
    /// <exception cref="FormatException">The timestamp is not a whole number of milliseconds.</exception>
    public DateTimeOffset? GetStartTime() => EpochMilliseconds.ToTime(StartTimestamp, "Connect media stream's " + nameof(StartTimestamp));

    /// <summary><see cref="StopTimestamp"/> as a time, or <see langword="null"/> when Connect sent none.</summary>
    /// <exception cref="FormatException">The timestamp is not a whole number of milliseconds.</exception>
    public DateTimeOffset? GetStopTime() => EpochMilliseconds.ToTime(StopTimestamp, "Connect media stream's " + nameof(StopTimestamp));
}
