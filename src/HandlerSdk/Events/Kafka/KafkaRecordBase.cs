using System.Text;
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
    /// The record's headers, each a one-member object from the header's name to its value's bytes as numbers (a
    /// name may repeat); <see langword="null"/> when Lambda sent none. <see cref="GetHeaderBytes"/> and
    /// <see cref="GetHeaderString"/> read them.
    /// </summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyList<int>>>? Headers { get; init; }

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
    /// <exception cref="FormatException">A value is not a list of bytes (numbers from -128 to 255).</exception>
    public byte[]? GetHeaderBytes(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        byte[]? found = null;
        foreach (var (header, value) in EnumerateHeaders())
        {
            if (string.Equals(header, name, StringComparison.Ordinal))
            {
                found = value;
            }
        }

        return found;
    }

    /// <summary>The last header named <paramref name="name"/> decoded as UTF-8, or <see langword="null"/>.</summary>
    /// <param name="name">The header's name, compared exactly.</param>
    /// <exception cref="FormatException">A value is not a list of bytes (numbers from -128 to 255).</exception>
    public string? GetHeaderString(string name) => GetHeaderBytes(name) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Every header as a name and its value's bytes, in the record's order.</summary>
    /// <exception cref="FormatException">A value is not a list of bytes (numbers from -128 to 255).</exception>
    public IEnumerable<KeyValuePair<string, byte[]>> EnumerateHeaders()
    {
        foreach (var header in Headers ?? [])
        {
            foreach (var (name, numbers) in header)
            {
                yield return new(name, ToBytes(name, numbers));
            }
        }
    }

    private static byte[] ToBytes(string name, IReadOnlyList<int> numbers)
    {
        var bytes = new byte[numbers.Count];
        for (var i = 0; i < bytes.Length; i++)
        {
            // Java's bytes are signed, so a producer's 0xE9 may arrive as -23; both mean the same byte.
            var number = numbers[i];
            bytes[i] = number is >= sbyte.MinValue and <= byte.MaxValue
                ? unchecked((byte)number)
                : throw new FormatException($"The Kafka header '{name}' has {number} at [{i}], which is not a byte.");
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
