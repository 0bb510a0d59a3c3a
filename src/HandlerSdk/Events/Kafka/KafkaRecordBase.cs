using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What every Kafka record carries besides its value. The base of <see cref="KafkaRecord"/> (value as base64 text) and
/// <see cref="KafkaRecord{T}"/> (value read as JSON into a type). <see cref="Key"/> stays the base64 text Lambda sends,
/// so what is read is what is written back; <see cref="DecodeKey"/> gives the bytes.
/// </summary>
public abstract record KafkaRecordBase : AwsEventObject
{
    /// <summary>The topic the record is in.</summary>
    [JsonPropertyName("topic")]
    public string Topic { get; init; } = "";

    /// <summary>The partition of the topic the record is in.</summary>
    [JsonPropertyName("partition")]
    public int Partition { get; init; }

    /// <summary>The record's offset in its partition.</summary>
    [JsonPropertyName("offset")]
    public long Offset { get; init; }

    /// <summary>The record's timestamp (sent as milliseconds since the Unix epoch); <see cref="TimestampType"/> says whose.</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset Timestamp { get; init; }

    /// <summary><c>CREATE_TIME</c> (the producer's clock) or <c>LOG_APPEND_TIME</c> (the broker's).</summary>
    [JsonPropertyName("timestampType")]
    public string TimestampType { get; init; } = "";

    /// <summary>The record's key, base64-encoded; <see langword="null"/> when the record has none.</summary>
    [JsonPropertyName("key")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Key { get; init; }

    /// <summary>
    /// The record's headers, each a one-member object from the header's name to its value's bytes (a name may repeat);
    /// <see langword="null"/> when Lambda sent none. Lambda writes the bytes as an array of numbers; the AWS SDKs' Java
    /// events write them as a base64 string; each value stays the JSON it came as, and <see cref="GetHeaderBytes"/>,
    /// <see cref="GetHeaderString"/> and <see cref="EnumerateHeaders"/> read either.
    /// </summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>? Headers { get; init; }

    /// <summary>The schema registry's description of the key, when the event source mapping uses one.</summary>
    [JsonPropertyName("keySchemaMetadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public KafkaSchemaMetadata? KeySchemaMetadata { get; init; }

    /// <summary>The schema registry's description of the value, when the event source mapping uses one.</summary>
    [JsonPropertyName("valueSchemaMetadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public KafkaSchemaMetadata? ValueSchemaMetadata { get; init; }

    /// <summary>The key's bytes, or <see langword="null"/> when the record has no key.</summary>
    /// <exception cref="FormatException">The key is not base64.</exception>
    public byte[]? DecodeKey() => Key is null ? null : Base64(Key, "key");

    /// <summary>The bytes of the last header named <paramref name="name"/> (as Kafka's <c>lastHeader</c>), or <see langword="null"/>.</summary>
    /// <param name="name">The header's name, compared exactly.</param>
    /// <exception cref="FormatException">A value is neither a list of bytes (numbers from -128 to 255) nor base64.</exception>
    public byte[]? GetHeaderBytes(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        JsonElement? found = null;
        foreach (var header in Headers ?? [])
        {
            if (header.TryGetValue(name, out var value))
            {
                found = value;
            }
        }

        return found is { } last ? ToBytes(name, last) : null;
    }

    /// <summary>The last header named <paramref name="name"/> decoded as UTF-8, or <see langword="null"/>.</summary>
    /// <param name="name">The header's name, compared exactly.</param>
    /// <exception cref="FormatException">A value is neither a list of bytes (numbers from -128 to 255) nor base64.</exception>
    public string? GetHeaderString(string name) => GetHeaderBytes(name) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Every header as a name and its value's bytes, in the record's order.</summary>
    /// <exception cref="FormatException">A value is neither a list of bytes (numbers from -128 to 255) nor base64.</exception>
    public IEnumerable<KeyValuePair<string, byte[]>> EnumerateHeaders()
    {
        foreach (var header in Headers ?? [])
        {
            foreach (var (name, value) in header)
            {
                yield return new(name, ToBytes(name, value));
            }
        }
    }

    private static byte[] ToBytes(string name, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return Base64(value.GetString()!, $"header '{name}'");
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"The Kafka header '{name}' is {value.GetRawText()}, not an array of bytes or a base64 string.");
        }

        var bytes = new byte[value.GetArrayLength()];
        var i = 0;
        foreach (var number in value.EnumerateArray())
        {
            // Java's bytes are signed, so a producer's 0xE9 may arrive as -23; both mean the same byte.
            bytes[i] = number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out var b) && b is >= sbyte.MinValue and <= byte.MaxValue
                ? unchecked((byte)b)
                : throw new FormatException($"The Kafka header '{name}' has {number.GetRawText()} at [{i}], which is not a byte.");
            i++;
        }

        return bytes;
    }

    private protected static byte[] Base64(string text, string member)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException error)
        {
            throw new FormatException($"The Kafka record's {member} is not base64: {error.Message}", error);
        }
    }
}
