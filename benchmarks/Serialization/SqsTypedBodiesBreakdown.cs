using System.Text.Json;
using HandlerSdk.Generated;
using HandlerSdk.Serialization;

namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>
/// Where the time of the typed SQS batch goes (<c>--breakdown</c>): the same bytes tokenized only, the bodies
/// unescaped with and without a string, the envelope with string bodies, the orders alone, and the whole read; each
/// pair interleaved as <see cref="Serialization.Interleaved"/> does. The first pair also warms the process up.
/// </summary>
internal static class SqsTypedBodiesBreakdown
{
    public static void Run(TextWriter log)
    {
        var json = SqsTypedBodies.Json();
        var plain = JsonSerializer.Deserialize(json, OrdersStjContext.Default.StjSqsEvent)!;
        var bodies = plain.Records.Select(r => System.Text.Encoding.UTF8.GetBytes(r.Body)).ToArray();
        var buffer = new byte[4096];
        log.WriteLine("| pair (left / right) | | left (median) | right (median) | left / right | left allocated | right allocated |");
        log.WriteLine("|---|---|---|---|---|---|---|");
        Serialization.Interleaved.Compare(log, 100, "tokenize only: the event / the 10 bodies", "Read", () => Tokenize(json), () =>
        {
            foreach (var body in bodies)
            {
                Tokenize(body);
            }
        });
        Serialization.Interleaved.Compare(log, 100, "tokenize the event and GetString / CopyString each body", "Read",
            () => Bodies(json, static (ref Utf8JsonReader reader, byte[] _) => reader.GetString(), buffer),
            () => Bodies(json, static (ref Utf8JsonReader reader, byte[] into) => reader.CopyString(into), buffer));
        Serialization.Interleaved.Compare(log, 100, "the event with string bodies: STJ / ours (HandlerSdk.Events.SqsEvent)", "Deserialize",
            () => JsonSerializer.Deserialize(json, OrdersStjContext.Default.StjSqsEvent),
            () => JsonRead.Root(json, "SqsEvent", static (ref Utf8JsonReader reader) => LambdaJson.ReadSqsEvent(ref reader)));
        Serialization.Interleaved.Compare(log, 100, "10 orders from UTF-8: STJ / ours", "Deserialize",
            () =>
            {
                foreach (var body in bodies)
                {
                    JsonSerializer.Deserialize(body, OrdersStjContext.Default.BatchOrder);
                }
            },
            () =>
            {
                foreach (var body in bodies)
                {
                    JsonRead.Root(body, "BatchOrder", static (ref Utf8JsonReader reader) => LambdaJson.ReadBatchOrder(ref reader));
                }
            });
        Serialization.Interleaved.Compare(log, 100, "the whole batch: STJ two-pass / ours typed", "Deserialize", () => SqsTypedBodies.ReadStj(json), () => SqsTypedBodies.ReadOurs(json));
    }

    private delegate void BodyRead(ref Utf8JsonReader reader, byte[] buffer);

    private static void Tokenize(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
        }
    }

    private static void Bodies(byte[] json, BodyRead read, byte[] buffer)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > 300)
            {
                read(ref reader, buffer);
            }
        }
    }
}

/// <summary>Never invoked: makes the generator write the readers the breakdown compares.</summary>
public static class BreakdownHandlers
{
    [LambdaHandler]
    public static void Plain(HandlerSdk.Events.SqsEvent batch)
    {
    }

    [LambdaHandler]
    public static void One(BatchOrder order)
    {
    }
}
