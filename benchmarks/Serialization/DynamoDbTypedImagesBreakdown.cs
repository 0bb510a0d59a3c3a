using System.Text.Json;
using HandlerSdk.Events;
using HandlerSdk.Generated;
using HandlerSdk.Serialization;
using HandlerSdk.Serialization.Payloads;

namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>
/// Where the time of the typed DynamoDB stream batch goes (<c>--breakdown-ddb</c>): the event tokenized only, the event
/// with attribute-value images (STJ's model and ours), the baseline's hand mapping against our DynamoDB-JSON-to-plain
/// transform, the 30 items from plain JSON, and the whole read; each pair interleaved as
/// <see cref="Serialization.Interleaved"/> does. The first pair also warms the process up.
/// </summary>
internal static class DynamoDbTypedImagesBreakdown
{
    public static void Run(TextWriter log)
    {
        var json = DynamoDbTypedImages.Json();
        var plain = JsonSerializer.Deserialize(json, DynamoDbStjContext.Default.StjDynamoDbEvent)!;
        var items = Plain(json);
        log.WriteLine("| pair (left / right) | | left (median) | right (median) | left / right | left allocated | right allocated |");
        log.WriteLine("|---|---|---|---|---|---|---|");
        Serialization.Interleaved.Compare(log, 100, "tokenize only: the event / the 30 images as plain JSON", "Read", () => Tokenize(json), () =>
        {
            foreach (var item in items)
            {
                Tokenize(item);
            }
        });
        Serialization.Interleaved.Compare(log, 100, "the event with attribute values: STJ / ours (HandlerSdk.Events.DynamoDbStreamEvent)", "Deserialize",
            () => JsonSerializer.Deserialize(json, DynamoDbStjContext.Default.StjDynamoDbEvent),
            () => JsonRead.Root(json, "DynamoDbStreamEvent", static (ref Utf8JsonReader reader) => LambdaJson.ReadDynamoDbStreamEvent(ref reader)));
        Serialization.Interleaved.Compare(log, 100, "STJ's hand mapping of the 30 images / our DynamoDB JSON to plain JSON of them", "Map",
            () => DynamoDbTypedImages.Map(plain),
            () => Images(json, static (ref Utf8JsonReader reader) => JsonPayload.Read(ref reader, PayloadEncoding.DynamoDbJson, "DdbOrder", SkipValue)));
        Serialization.Interleaved.Compare(log, 100, "30 items from plain JSON: STJ / ours", "Deserialize",
            () =>
            {
                foreach (var item in items)
                {
                    JsonSerializer.Deserialize(item, DynamoDbStjContext.Default.DdbOrder);
                }
            },
            () =>
            {
                foreach (var item in items)
                {
                    JsonRead.Root(item, "DdbOrder", static (ref Utf8JsonReader reader) => LambdaJson.ReadDdbOrder(ref reader));
                }
            });
        Serialization.Interleaved.Compare(log, 100, "the whole batch: STJ + hand mapping / ours typed", "Deserialize", () => DynamoDbTypedImages.ReadStj(json), () => DynamoDbTypedImages.ReadOurs(json));
    }

    private static int SkipValue(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return 0;
    }

    /// <summary>Each image of the event (Keys, NewImage, OldImage) as the plain JSON our transform makes of it.</summary>
    private static List<byte[]> Plain(byte[] json)
    {
        var items = new List<byte[]>();
        Images(json, (ref Utf8JsonReader reader) => JsonPayload.Read(ref reader, PayloadEncoding.DynamoDbJson, "DdbOrder", (ref Utf8JsonReader inner) =>
        {
            using var document = JsonDocument.ParseValue(ref inner);
            var output = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(output))
            {
                document.WriteTo(writer);
            }

            items.Add(output.WrittenSpan.ToArray());
            return 0;
        }));
        return items;
    }

    private static void Tokenize(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
        }
    }

    /// <summary>Runs <paramref name="read"/> at the value of every Keys, NewImage and OldImage member.</summary>
    private static void Images(byte[] json, ReadValue<int> read)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName &&
                (reader.ValueTextEquals("Keys"u8) || reader.ValueTextEquals("NewImage"u8) || reader.ValueTextEquals("OldImage"u8)))
            {
                reader.Read();
                read(ref reader);
            }
        }
    }
}

/// <summary>Never invoked: makes the generator write the readers the breakdown compares.</summary>
public static class DynamoDbBreakdownHandlers
{
    [LambdaHandler]
    public static void PlainStream(DynamoDbStreamEvent batch)
    {
    }

    [LambdaHandler]
    public static void OneItem(DdbOrder order)
    {
    }
}
