using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HandlerSdk.Cli.Events;

/// <summary>The <c>--body</c> payload: JSON, from a file or given inline, kept compact as a sender would send it.</summary>
internal sealed class EventBody
{
    private EventBody(JsonNode? node, string text)
    {
        Node = node;
        Text = text;
    }

    /// <summary>The parsed payload (null for the JSON literal <c>null</c>).</summary>
    public JsonNode? Node { get; }

    /// <summary>The payload as compact JSON text: what an SQS body or an SNS Message carries.</summary>
    public string Text { get; }

    /// <summary>The payload's UTF-8 bytes in base64: what Kinesis, Kafka, Firehose and Amazon MQ carry.</summary>
    public string Base64 => Convert.ToBase64String(Encoding.UTF8.GetBytes(Text));

    /// <summary>
    /// Standard input for <c>-</c>, a file when one exists at <paramref name="fileOrJson"/>, else the text itself; either
    /// way it must be JSON.
    /// </summary>
    public static EventBody Parse(string fileOrJson, TextReader standardInput)
    {
        string json;
        string origin;
        if (fileOrJson == "-")
        {
            json = standardInput.ReadToEnd();
            origin = "standard input";
        }
        else if (File.Exists(fileOrJson))
        {
            json = File.ReadAllText(fileOrJson);
            origin = $"the file {Path.GetFullPath(fileOrJson)}";
        }
        else
        {
            json = fileOrJson;
            origin = "--body";
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return new EventBody(JsonNode.Parse(json), Compact(document.RootElement));
        }
        catch (JsonException ex)
        {
            var hint = LooksLikePath(fileOrJson) && !File.Exists(fileOrJson) ? $" (no file {Path.GetFullPath(fileOrJson)} either)" : "";
            throw new UserErrorException($"--body must be JSON or a JSON file, but {origin} is not valid JSON{hint}: {ex.Message}");
        }
    }

    /// <summary>The payload as a JSON object, for sources whose payload is one (an EventBridge detail, DynamoDB image).</summary>
    public JsonObject RequireObject(string source, string place) =>
        Node is JsonObject obj
            ? (JsonObject)obj.DeepClone()
            : throw new UserErrorException($"--body for {source} must be a JSON object ({place}), got {Kind(Node)}");

    private static string Kind(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "a boolean",
    };

    private static bool LooksLikePath(string text) =>
        !text.TrimStart().StartsWith('{') && !text.TrimStart().StartsWith('[') && (text.Contains('/') || text.Contains('\\') || text.EndsWith(".json", StringComparison.OrdinalIgnoreCase));

    // Raw numbers are written as given (12.50 stays 12.50): the payload is the user's, not ours to reformat.
    private static string Compact(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
