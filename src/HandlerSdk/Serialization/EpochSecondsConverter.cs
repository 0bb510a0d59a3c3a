using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Serialization;

/// <summary>
/// Reads and writes a time as a JSON number of seconds since the Unix epoch, fractions included
/// (<c>1545084650.987</c>), as DynamoDB Streams and Kinesis send them. Put it on a member with
/// <c>[JsonConverter(typeof(EpochSecondsConverter))]</c>; the generated serializers call it like System.Text.Json does.
/// </summary>
public sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc/>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        EpochNumber.Read(ref reader, TimeSpan.TicksPerSecond, "seconds");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        EpochNumber.Write(writer, value, TimeSpan.TicksPerSecond);
    }
}
