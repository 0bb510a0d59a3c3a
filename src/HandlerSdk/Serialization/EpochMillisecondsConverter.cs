using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Serialization;

/// <summary>
/// Reads and writes a time as a JSON number of milliseconds since the Unix epoch (<c>1545082650636</c>), as Kafka,
/// Amazon MQ and CloudWatch Logs send them. Put it on a member with
/// <c>[JsonConverter(typeof(EpochMillisecondsConverter))]</c>; the generated serializers call it like System.Text.Json does.
/// </summary>
public sealed class EpochMillisecondsConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc/>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        EpochNumber.Read(ref reader, TimeSpan.TicksPerMillisecond, "milliseconds");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        EpochNumber.Write(writer, value, TimeSpan.TicksPerMillisecond);
    }
}
