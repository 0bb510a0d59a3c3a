using System.Text.Json;

namespace HelloWorld;

/// <summary>
/// Reads and writes the sample's JSON straight on Utf8JsonReader/Utf8JsonWriter, the way the [LambdaHandler]
/// generator will: no reflection, no serializer metadata, nothing for the trimmer to keep.
/// </summary>
internal static class GreetingJson
{
    public static GreetingRequest ReadRequest(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The event must be a JSON object such as {\"name\":\"Ada\"}.");
        }

        string? name = null;
        int repeat = 1, delayMs = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.ValueSpan;
            reader.Read();
            if (Matches(property, "name"u8))
            {
                name = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else if (Matches(property, "repeat"u8))
            {
                repeat = reader.GetInt32();
            }
            else if (Matches(property, "delayMs"u8))
            {
                delayMs = reader.GetInt32();
            }
            else
            {
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("The event is not a well-formed JSON object.");
        }

        return new GreetingRequest(name, repeat, delayMs);
    }

    public static void WriteResponse(Utf8JsonWriter writer, GreetingResponse response)
    {
        writer.WriteStartObject();
        writer.WriteString("message"u8, response.Message);
        writer.WriteString("requestId"u8, response.RequestId);
        writer.WriteString("function"u8, response.Function);
        writer.WriteEndObject();
        writer.Flush();
    }

    private static bool Matches(ReadOnlySpan<byte> property, ReadOnlySpan<byte> name) =>
        property.SequenceEqual(name) || System.Text.Ascii.EqualsIgnoreCase(property, name);
}
