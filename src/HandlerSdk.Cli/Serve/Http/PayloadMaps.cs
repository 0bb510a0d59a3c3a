using System.Text.Json;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>The single-value and multi-value maps (headers, query parameters) of the v1 and ALB payloads.</summary>
internal static class PayloadMaps
{
    /// <summary>One value per name: the last one sent, as both gateways keep it.</summary>
    public static void WriteSingle(Utf8JsonWriter writer, string property, IReadOnlyList<KeyValuePair<string, List<string>>> values, bool nullWhenEmpty)
    {
        if (values.Count == 0 && nullWhenEmpty)
        {
            writer.WriteNull(property);
            return;
        }

        writer.WriteStartObject(property);
        foreach (var (name, list) in values)
        {
            writer.WriteString(name, list[^1]);
        }

        writer.WriteEndObject();
    }

    /// <summary>Every value per name, in order.</summary>
    public static void WriteMulti(Utf8JsonWriter writer, string property, IReadOnlyList<KeyValuePair<string, List<string>>> values, bool nullWhenEmpty)
    {
        if (values.Count == 0 && nullWhenEmpty)
        {
            writer.WriteNull(property);
            return;
        }

        writer.WriteStartObject(property);
        foreach (var (name, list) in values)
        {
            writer.WriteStartArray(name);
            foreach (var value in list)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
