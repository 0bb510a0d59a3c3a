using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event Lambda sends a function that a CloudWatch Logs subscription filter triggers: log events of one log
/// stream, gzip-compressed and base64-encoded in <see cref="AwsLogs"/>. <see cref="Decode"/> gives them as a
/// <see cref="CloudWatchLogsData"/>; <see cref="DecodeJson"/> gives the JSON for a reader of your own.
/// </summary>
public sealed record CloudWatchLogsEvent : AwsEventObject
{
    /// <summary>The compressed payload, kept as sent.</summary>
    [JsonPropertyName("awslogs")]
    public CloudWatchLogsPayload AwsLogs { get; init; } = new();

    /// <summary>The payload's JSON: <see cref="CloudWatchLogsPayload.Data"/> base64-decoded and gunzipped, as UTF-8.</summary>
    /// <exception cref="InvalidDataException">The data is not base64, or not gzip.</exception>
    public byte[] DecodeJson()
    {
        byte[] compressed;
        try
        {
            compressed = Convert.FromBase64String(AwsLogs.Data);
        }
        catch (FormatException error)
        {
            throw new InvalidDataException($"The CloudWatch Logs data is not base64: {error.Message}", error);
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
            using var json = new MemoryStream();
            gzip.CopyTo(json);
            return json.ToArray();
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"The CloudWatch Logs data is not gzip: {error.Message}", error);
        }
    }

    /// <summary>The log events of the payload, decoded and read.</summary>
    /// <exception cref="InvalidDataException">The data is not base64, or not gzip.</exception>
    /// <exception cref="JsonException">The decompressed data is not the JSON CloudWatch Logs sends.</exception>
    public CloudWatchLogsData Decode() => CloudWatchLogsDataJson.Read(DecodeJson());

    /// <summary>The event CloudWatch Logs would send for <paramref name="data"/>: its JSON gzipped and base64-encoded.</summary>
    /// <param name="data">The log events to send.</param>
    public static CloudWatchLogsEvent From(CloudWatchLogsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(CloudWatchLogsDataJson.Write(data));
        }

        return new() { AwsLogs = new() { Data = Convert.ToBase64String(compressed.GetBuffer(), 0, (int)compressed.Length) } };
    }
}
