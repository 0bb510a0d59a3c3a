using System.Buffers;
using System.Text.Json;

namespace HandlerSdk.Events;

/// <summary>
/// IAM policy members that are one string or an array of strings, kept as the JSON that arrived so that they are
/// written back in the same form.
/// </summary>
internal static class StringOrList
{
    public static IReadOnlyList<string> Read(JsonElement value, string name)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return [];
            case JsonValueKind.String:
                return [value.GetString()!];
            case JsonValueKind.Array:
                var items = new List<string>(value.GetArrayLength());
                foreach (var item in value.EnumerateArray())
                {
                    items.Add(item.ValueKind == JsonValueKind.String
                        ? item.GetString()!
                        : throw new FormatException($"The policy statement's {name} holds {item.ValueKind}, where IAM takes only strings."));
                }

                return items;
            default:
                throw new FormatException($"The policy statement's {name} is {value.ValueKind}, not a string or an array of strings.");
        }
    }

    public static JsonElement Of(string value) => Write(writer => writer.WriteStringValue(value));

    public static JsonElement Of(IReadOnlyList<string> values) => Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    });

    private static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
