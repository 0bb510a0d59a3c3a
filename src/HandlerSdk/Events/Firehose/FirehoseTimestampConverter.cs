using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// Reads a Firehose record's epoch-millisecond timestamp whether it comes as a number (<c>1716369573887</c>, as Firehose
/// sends it) or as decimal text (<c>"1716369573887"</c>, as the AWS Java events library writes the MSK record
/// metadata's); writes a number.
/// </summary>
public sealed class FirehoseTimestampConverter : JsonConverter<DateTimeOffset>
{
    private static readonly EpochMillisecondsConverter Milliseconds = new();

    /// <inheritdoc/>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            var text = reader.ValueSpan;
            if (Utf8Parser.TryParse(text, out long milliseconds, out var consumed) && consumed == text.Length)
            {
                return milliseconds >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds() && milliseconds <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
                    ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
                    : throw new JsonException($"{milliseconds} milliseconds since the Unix epoch is outside the range of a date.");
            }
        }

        return Milliseconds.Read(ref reader, typeToConvert, options);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        Milliseconds.Write(writer, value, options);
}
