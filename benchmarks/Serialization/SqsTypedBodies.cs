using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HandlerSdk.Events;
using HandlerSdk.Generated;
using HandlerSdk.Serialization;

namespace HandlerSdk.Benchmarks.Serialization;

// Issue 10's first goal: an SQS batch of 10 messages whose bodies are ~300-byte JSON orders, read into typed orders.
// Ours: the generated reader of SqsEvent<BatchOrder>, bodies decoded in the same pass ([JsonPayload]). The baseline:
// System.Text.Json's source generator the two-pass way users write today: an SQS event model with a string body
// (the same members as ours), then each body deserialized into the order.

[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SqsTypedBodiesBenchmarks
{
    private readonly byte[] _json = SqsTypedBodies.Json();

    [Benchmark(Baseline = true), BenchmarkCategory("Deserialize")]
    public int DeserializeStj() => SqsTypedBodies.ReadStj(_json).Count;

    [Benchmark, BenchmarkCategory("Deserialize")]
    public int DeserializeHandlerSdk() => SqsTypedBodies.ReadOurs(_json).Records.Count;
}

internal static class SqsTypedBodies
{
    private static readonly JsonSerializerOptions AwsEscaping = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The event as SQS sends it: bodies are JSON text with quotes escaped as <c>\"</c>.</summary>
    public static byte[] Json()
    {
        var records = new List<StjSqsMessage>(10);
        for (var i = 0; i < 10; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            records.Add(new StjSqsMessage
            {
                MessageId = $"059f36b4-87a3-44ab-83d2-66197{n}b8f1a",
                ReceiptHandle = $"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a{n}Z2rVuW3JSuKznXaIbMYQwO6HMEdzZf1A8mFSpXcfR6ukQ5AvpwlmSB5rQ8TcHzM2Tw{n}vdQCGfwh9jvbUYCDFm5bLlOTmhXbnRckkE3fZSNpo0YZ43jRBGMPGHJSVk6mjRHszBzl+{n}",
                Body = JsonSerializer.Serialize(Order(i), OrdersStjContext.Default.BatchOrder),
                Attributes = new StjSqsAttributes
                {
                    ApproximateReceiveCount = "1",
                    SentTimestamp = "179577246700" + n,
                    SenderId = "AIDAIENQZJOLO23YVJ4VO",
                    ApproximateFirstReceiveTimestamp = "179577246701" + n,
                },
                MessageAttributes = [],
                Md5OfBody = "e4e68fb7bd0e697a0ae8f1bb342846b" + n,
                EventSource = "aws:sqs",
                EventSourceArn = "arn:aws:sqs:us-east-2:123456789012:orders-queue",
                AwsRegion = "us-east-2",
            });
        }

        return JsonSerializer.SerializeToUtf8Bytes(new StjSqsEvent { Records = records }, AwsEscaping);
    }

    public static BatchOrder Order(int i)
    {
        var n = i.ToString("D6", CultureInfo.InvariantCulture);
        return new BatchOrder
        {
            OrderId = "ord-2026-" + n,
            CustomerId = "cust-48" + n,
            CreatedAt = new DateTimeOffset(2026, 12, 5, 7, 30, i, TimeSpan.Zero),
            Currency = "EUR",
            Total = 129.95m + i,
            Status = "Paid",
            Lines =
            [
                new() { Sku = "BOOK-0001", Quantity = 1, UnitPrice = 24.99m },
                new() { Sku = "LAMP-0003", Quantity = 2, UnitPrice = 39.98m },
                new() { Sku = "BULB-0009", Quantity = 4 + i, UnitPrice = 6.25m },
            ],
            ShipTo = new() { Country = "DE", PostalCode = "10115" },
        };
    }

    public static SqsEvent<BatchOrder> ReadOurs(ReadOnlySpan<byte> json) =>
        JsonRead.Root(json, "HandlerSdk.Events.SqsEvent<BatchOrder>", static (ref Utf8JsonReader reader) => LambdaJson.ReadSqsEventOfBatchOrder(ref reader));

    /// <summary>The two-pass way: the event with string bodies, then each body.</summary>
    public static List<BatchOrder> ReadStj(ReadOnlySpan<byte> json)
    {
        var batch = JsonSerializer.Deserialize(json, OrdersStjContext.Default.StjSqsEvent)!;
        var orders = new List<BatchOrder>(batch.Records.Count);
        foreach (var record in batch.Records)
        {
            orders.Add(JsonSerializer.Deserialize(record.Body, OrdersStjContext.Default.BatchOrder)!);
        }

        return orders;
    }

    /// <summary>Both sides read the same orders and message ids from the same bytes, or the comparison is void.</summary>
    public static bool Verify(TextWriter log)
    {
        var json = Json();
        var ours = ReadOurs(json);
        var stj = ReadStj(json);
        var twoPass = JsonSerializer.Deserialize(json, OrdersStjContext.Default.StjSqsEvent)!;
        var ok = ours.Records.Count == 10 && stj.Count == 10;
        for (var i = 0; ok && i < stj.Count; i++)
        {
            ok = JsonSerializer.Serialize(ours.Records[i].Body, OrdersStjContext.Default.BatchOrder) == JsonSerializer.Serialize(stj[i], OrdersStjContext.Default.BatchOrder) &&
                JsonSerializer.Serialize(stj[i], OrdersStjContext.Default.BatchOrder) == JsonSerializer.Serialize(Order(i), OrdersStjContext.Default.BatchOrder) &&
                ours.Records[i].MessageId == twoPass.Records[i].MessageId &&
                ours.Records[i].ReceiptHandle == twoPass.Records[i].ReceiptHandle &&
                ours.Records[i].Attributes.SentTimestamp == twoPass.Records[i].Attributes.SentTimestamp;
        }

        var body = twoPass.Records[0].Body.Length;
        log.WriteLine($"SQS batch of 10 typed orders ({json.Length:N0} B, bodies ~{body} B): {(ok ? "same orders and messages" : "DIFFERENT")}");
        return ok;
    }

    public static void Interleaved(TextWriter log, int rounds)
    {
        var json = Json();
        Serialization.Interleaved.Compare(log, rounds, "SqsTypedBodies", "Deserialize", () => ReadStj(json), () => ReadOurs(json));
    }
}

/// <summary>Never invoked: makes the generator write the reader of the SQS event with typed bodies.</summary>
public static class TypedBodyHandlers
{
    [LambdaHandler]
    public static void HandleOrders(SqsEvent<BatchOrder> batch)
    {
    }
}

public sealed class BatchOrder
{
    [JsonPropertyName("orderId")] public string OrderId { get; set; } = "";
    [JsonPropertyName("customerId")] public string CustomerId { get; set; } = "";
    [JsonPropertyName("createdAt")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("currency")] public string Currency { get; set; } = "";
    [JsonPropertyName("total")] public decimal Total { get; set; }
    [JsonPropertyName("status")] public string Status { get; set; } = "";
    [JsonPropertyName("lines")] public List<BatchOrderLine> Lines { get; set; } = [];
    [JsonPropertyName("shipTo")] public BatchAddress ShipTo { get; set; } = new();
}

public sealed class BatchOrderLine
{
    [JsonPropertyName("sku")] public string Sku { get; set; } = "";
    [JsonPropertyName("quantity")] public int Quantity { get; set; }
    [JsonPropertyName("unitPrice")] public decimal UnitPrice { get; set; }
}

public sealed class BatchAddress
{
    [JsonPropertyName("country")] public string Country { get; set; } = "";
    [JsonPropertyName("postalCode")] public string PostalCode { get; set; } = "";
}

/// <summary>HandlerSdk.Events.SqsEvent's members, with the body as a string: what a user writes for the two-pass way.</summary>
public sealed class StjSqsEvent
{
    [JsonPropertyName("Records")] public List<StjSqsMessage> Records { get; set; } = [];
}

public sealed class StjSqsMessage
{
    [JsonPropertyName("messageId")] public string MessageId { get; set; } = "";
    [JsonPropertyName("receiptHandle")] public string ReceiptHandle { get; set; } = "";
    [JsonPropertyName("body")] public string Body { get; set; } = "";
    [JsonPropertyName("attributes")] public StjSqsAttributes Attributes { get; set; } = new();
    [JsonPropertyName("messageAttributes")] public Dictionary<string, StjSqsMessageAttributeValue> MessageAttributes { get; set; } = [];
    [JsonPropertyName("md5OfBody")] public string Md5OfBody { get; set; } = "";
    [JsonPropertyName("md5OfMessageAttributes")] public string? Md5OfMessageAttributes { get; set; }
    [JsonPropertyName("eventSource")] public string EventSource { get; set; } = "";
    [JsonPropertyName("eventSourceARN")] public string EventSourceArn { get; set; } = "";
    [JsonPropertyName("awsRegion")] public string AwsRegion { get; set; } = "";
}

public sealed class StjSqsAttributes
{
    public string ApproximateReceiveCount { get; set; } = "";
    public string SentTimestamp { get; set; } = "";
    public string SenderId { get; set; } = "";
    public string ApproximateFirstReceiveTimestamp { get; set; } = "";
    public string? SequenceNumber { get; set; }
    public string? MessageGroupId { get; set; }
    public string? MessageDeduplicationId { get; set; }
    [JsonPropertyName("AWSTraceHeader")] public string? AwsTraceHeader { get; set; }
    public string? DeadLetterQueueSourceArn { get; set; }
}

public sealed class StjSqsMessageAttributeValue
{
    [JsonPropertyName("stringValue")] public string? StringValue { get; set; }
    [JsonPropertyName("binaryValue")] public string? BinaryValue { get; set; }
    [JsonPropertyName("stringListValues")] public List<string> StringListValues { get; set; } = [];
    [JsonPropertyName("binaryListValues")] public List<string> BinaryListValues { get; set; } = [];
    [JsonPropertyName("dataType")] public string DataType { get; set; } = "";
}

/// <summary>The baseline's context, with the options our generated code has by default (as <see cref="StjContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StjSqsEvent))]
[JsonSerializable(typeof(BatchOrder))]
internal sealed partial class OrdersStjContext : JsonSerializerContext;
