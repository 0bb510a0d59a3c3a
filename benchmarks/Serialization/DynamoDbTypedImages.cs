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

// Issue 10's second goal: a DynamoDB stream batch of 10 MODIFY records (NEW_AND_OLD_IMAGES) of a 15-attribute order
// item, read into typed items. Ours: the generated reader of DynamoDbStreamEvent<DdbOrder>, whose Keys, NewImage and
// OldImage are DynamoDB JSON mapped into DdbOrder in the same pass ([JsonPayload(PayloadEncoding.DynamoDbJson)]). The
// baseline: what an AOT user of the peers writes today: System.Text.Json's source generator over a stream event model
// with an AttributeValue record {S, N, B, SS, NS, BS, M, L, NULL, BOOL}, then hand-written code mapping each image's
// attribute values into the item.

[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DynamoDbTypedImagesBenchmarks
{
    private readonly byte[] _json = DynamoDbTypedImages.Json();

    [Benchmark(Baseline = true), BenchmarkCategory("Deserialize")]
    public int DeserializeStj() => DynamoDbTypedImages.ReadStj(_json).Count;

    [Benchmark, BenchmarkCategory("Deserialize")]
    public int DeserializeHandlerSdk() => DynamoDbTypedImages.ReadOurs(_json).Records.Count;
}

internal static class DynamoDbTypedImages
{
    private static readonly JsonSerializerOptions AwsEscaping = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = DynamoDbStjContext.Default,
    };

    /// <summary>The event as Lambda sends it: compact JSON, every attribute value tagged with its DynamoDB type.</summary>
    public static byte[] Json()
    {
        var records = new List<StjDynamoDbRecord>(10);
        for (var i = 0; i < 10; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var before = Order(i, shipped: false);
            var after = Order(i, shipped: true);
            records.Add(new StjDynamoDbRecord
            {
                EventId = $"c81e728d9d4c2f636f067f89cc1486{n}c",
                EventName = "MODIFY",
                EventVersion = "1.1",
                EventSource = "aws:dynamodb",
                AwsRegion = "eu-central-1",
                DynamoDb = new StjStreamRecord
                {
                    ApproximateCreationDateTime = new DateTimeOffset(2026, 12, 5, 8, 0, i, TimeSpan.Zero),
                    Keys = new Dictionary<string, StjAttributeValue>(StringComparer.Ordinal)
                    {
                        ["customerId"] = new() { S = after.CustomerId },
                        ["orderId"] = new() { S = after.OrderId },
                    },
                    NewImage = Image(after),
                    OldImage = Image(before),
                    SequenceNumber = "44215845000000000174504390" + n.PadLeft(2, '0'),
                    SizeBytes = 1012 + i,
                    StreamViewType = "NEW_AND_OLD_IMAGES",
                },
                EventSourceArn = "arn:aws:dynamodb:eu-central-1:123456789012:table/Orders/stream/2026-11-30T09:12:45.118",
            });
        }

        return JsonSerializer.SerializeToUtf8Bytes(new StjDynamoDbEvent { Records = records }, AwsEscaping);
    }

    /// <summary>An order item before (paid) or after (shipped) the change the stream records.</summary>
    public static DdbOrder Order(int i, bool shipped)
    {
        var n = i.ToString("D6", CultureInfo.InvariantCulture);
        return new DdbOrder
        {
            CustomerId = "cust-48" + n,
            OrderId = "ord-2026-" + n,
            CreatedAt = new DateTimeOffset(2026, 12, 5, 7, 30, i, TimeSpan.Zero),
            UpdatedAt = new DateTimeOffset(2026, 12, 5, shipped ? 8 : 7, shipped ? 0 : 31, i, TimeSpan.Zero),
            Status = shipped ? "Shipped" : "Paid",
            Currency = "EUR",
            Total = 129.95m + i,
            Discount = 5.5m,
            ItemCount = 7 + i,
            Version = shipped ? 4 : 3,
            Express = i % 3 == 0,
            GiftMessage = null,
            Tags = shipped ? ["books", "gift", "priority", "shipped"] : ["books", "gift", "priority"],
            Lines =
            [
                new() { Sku = "BOOK-0001", Title = "The Pragmatic Programmer", Quantity = 1, UnitPrice = 24.99m },
                new() { Sku = "LAMP-0003", Title = "Desk lamp, brass", Quantity = 2, UnitPrice = 39.98m },
                new() { Sku = "BULB-0009", Title = "LED bulb E27 2700K", Quantity = 4 + i, UnitPrice = 6.25m },
            ],
            ShipTo = new() { Name = "Erika Mustermann", Street = "Heidestraße 17", City = "Berlin", PostalCode = "10115", Country = "DE" },
        };
    }

    public static DynamoDbStreamEvent<DdbOrder> ReadOurs(ReadOnlySpan<byte> json) =>
        JsonRead.Root(json, "HandlerSdk.Events.DynamoDbStreamEvent<DdbOrder>", static (ref Utf8JsonReader reader) => LambdaJson.ReadDynamoDbStreamEventOfDdbOrder(ref reader));

    /// <summary>The peers' way under AOT: the event with attribute values, then each record's keys and images mapped by hand.</summary>
    public static List<(DdbOrder Keys, DdbOrder? NewImage, DdbOrder? OldImage)> ReadStj(ReadOnlySpan<byte> json)
    {
        var batch = JsonSerializer.Deserialize(json, DynamoDbStjContext.Default.StjDynamoDbEvent)!;
        return Map(batch);
    }

    public static List<(DdbOrder Keys, DdbOrder? NewImage, DdbOrder? OldImage)> Map(StjDynamoDbEvent batch)
    {
        var items = new List<(DdbOrder, DdbOrder?, DdbOrder?)>(batch.Records.Count);
        foreach (var record in batch.Records)
        {
            var change = record.DynamoDb;
            items.Add((ToOrder(change.Keys), change.NewImage is { } after ? ToOrder(after) : null, change.OldImage is { } before ? ToOrder(before) : null));
        }

        return items;
    }

    /// <summary>The hand mapping: each attribute the item may have, read from the tag its type is stored under.</summary>
    public static DdbOrder ToOrder(Dictionary<string, StjAttributeValue> image)
    {
        var order = new DdbOrder();
        if (image.TryGetValue("customerId", out var value))
        {
            order.CustomerId = value.S!;
        }

        if (image.TryGetValue("orderId", out value))
        {
            order.OrderId = value.S!;
        }

        if (image.TryGetValue("createdAt", out value))
        {
            order.CreatedAt = DateTimeOffset.Parse(value.S!, CultureInfo.InvariantCulture);
        }

        if (image.TryGetValue("updatedAt", out value))
        {
            order.UpdatedAt = DateTimeOffset.Parse(value.S!, CultureInfo.InvariantCulture);
        }

        if (image.TryGetValue("status", out value))
        {
            order.Status = value.S!;
        }

        if (image.TryGetValue("currency", out value))
        {
            order.Currency = value.S!;
        }

        if (image.TryGetValue("total", out value))
        {
            order.Total = decimal.Parse(value.N!, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (image.TryGetValue("discount", out value))
        {
            order.Discount = decimal.Parse(value.N!, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (image.TryGetValue("itemCount", out value))
        {
            order.ItemCount = int.Parse(value.N!, CultureInfo.InvariantCulture);
        }

        if (image.TryGetValue("version", out value))
        {
            order.Version = long.Parse(value.N!, CultureInfo.InvariantCulture);
        }

        if (image.TryGetValue("express", out value))
        {
            order.Express = value.BOOL == true;
        }

        if (image.TryGetValue("giftMessage", out value))
        {
            order.GiftMessage = value.NULL == true ? null : value.S;
        }

        if (image.TryGetValue("tags", out value))
        {
            order.Tags = value.SS!;
        }

        if (image.TryGetValue("lines", out value))
        {
            var lines = new List<DdbOrderLine>(value.L!.Count);
            foreach (var line in value.L)
            {
                var map = line.M!;
                lines.Add(new DdbOrderLine
                {
                    Sku = map["sku"].S!,
                    Title = map["title"].S!,
                    Quantity = int.Parse(map["quantity"].N!, CultureInfo.InvariantCulture),
                    UnitPrice = decimal.Parse(map["unitPrice"].N!, NumberStyles.Float, CultureInfo.InvariantCulture),
                });
            }

            order.Lines = lines;
        }

        if (image.TryGetValue("shipTo", out value))
        {
            var map = value.M!;
            order.ShipTo = new DdbAddress
            {
                Name = map["name"].S!,
                Street = map["street"].S!,
                City = map["city"].S!,
                PostalCode = map["postalCode"].S!,
                Country = map["country"].S!,
            };
        }

        return order;
    }

    /// <summary>An item as DynamoDB stores it, for the payload: the inverse of <see cref="ToOrder"/>.</summary>
    private static Dictionary<string, StjAttributeValue> Image(DdbOrder order)
    {
        static StjAttributeValue S(string text) => new() { S = text };
        static StjAttributeValue N(IFormattable number) => new() { N = number.ToString(null, CultureInfo.InvariantCulture) };
        static StjAttributeValue Date(DateTimeOffset date) => S(date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        return new Dictionary<string, StjAttributeValue>(StringComparer.Ordinal)
        {
            ["customerId"] = S(order.CustomerId),
            ["orderId"] = S(order.OrderId),
            ["createdAt"] = Date(order.CreatedAt),
            ["updatedAt"] = Date(order.UpdatedAt),
            ["status"] = S(order.Status),
            ["currency"] = S(order.Currency),
            ["total"] = N(order.Total),
            ["discount"] = N(order.Discount),
            ["itemCount"] = N(order.ItemCount),
            ["version"] = N(order.Version),
            ["express"] = new() { BOOL = order.Express },
            ["giftMessage"] = new() { NULL = true },
            ["tags"] = new() { SS = order.Tags },
            ["lines"] = new()
            {
                L = order.Lines.Select(line => new StjAttributeValue
                {
                    M = new Dictionary<string, StjAttributeValue>(StringComparer.Ordinal)
                    {
                        ["sku"] = S(line.Sku),
                        ["title"] = S(line.Title),
                        ["quantity"] = N(line.Quantity),
                        ["unitPrice"] = N(line.UnitPrice),
                    },
                }).ToList(),
            },
            ["shipTo"] = new()
            {
                M = new Dictionary<string, StjAttributeValue>(StringComparer.Ordinal)
                {
                    ["name"] = S(order.ShipTo.Name),
                    ["street"] = S(order.ShipTo.Street),
                    ["city"] = S(order.ShipTo.City),
                    ["postalCode"] = S(order.ShipTo.PostalCode),
                    ["country"] = S(order.ShipTo.Country),
                },
            },
        };
    }

    /// <summary>
    /// Both sides read the same keys and images from the same bytes, equal to the items the payload was made from, and
    /// the same record envelopes; otherwise the comparison is void.
    /// </summary>
    public static bool Verify(TextWriter log)
    {
        var json = Json();
        var ours = ReadOurs(json);
        var stj = ReadStj(json);
        var plain = JsonSerializer.Deserialize(json, DynamoDbStjContext.Default.StjDynamoDbEvent)!;
        var differences = new List<string>();
        if (ours.Records.Count != 10 || stj.Count != 10)
        {
            differences.Add($"record counts {ours.Records.Count} (ours) and {stj.Count} (STJ)");
        }

        for (var i = 0; differences.Count == 0 && i < stj.Count; i++)
        {
            var change = ours.Records[i].DynamoDb;
            var keys = new DdbOrder { CustomerId = Order(i, shipped: true).CustomerId, OrderId = Order(i, shipped: true).OrderId };
            Compare(differences, $"Records[{i}].Keys", keys, stj[i].Keys, change.Keys);
            Compare(differences, $"Records[{i}].NewImage", Order(i, shipped: true), stj[i].NewImage, change.NewImage);
            Compare(differences, $"Records[{i}].OldImage", Order(i, shipped: false), stj[i].OldImage, change.OldImage);
            var envelope = plain.Records[i];
            if (ours.Records[i].EventId != envelope.EventId || ours.Records[i].EventSourceArn != envelope.EventSourceArn ||
                change.SequenceNumber != envelope.DynamoDb.SequenceNumber || change.SizeBytes != envelope.DynamoDb.SizeBytes ||
                change.ApproximateCreationDateTime != envelope.DynamoDb.ApproximateCreationDateTime)
            {
                differences.Add($"Records[{i}]: the envelopes differ");
            }
        }

        var attributes = plain.Records[0].DynamoDb.NewImage!.Count;
        log.WriteLine($"DynamoDB stream batch of 10 MODIFY records ({json.Length:N0} B, {attributes} attributes per image): {(differences.Count == 0 ? "same keys, images and records" : "DIFFERENT: " + string.Join("; ", differences))}");
        return differences.Count == 0;
    }

    private static void Compare(List<string> differences, string path, DdbOrder expected, DdbOrder? stj, DdbOrder? ours)
    {
        if (Verification.Difference(expected, stj, "$") is { } stjDifference)
        {
            differences.Add($"STJ {path} differs from the original at {stjDifference}");
        }

        if (Verification.Difference(expected, ours, "$") is { } oursDifference)
        {
            differences.Add($"ours {path} differs from the original at {oursDifference}");
        }
    }

    public static void Interleaved(TextWriter log, int rounds)
    {
        var json = Json();
        Serialization.Interleaved.Compare(log, rounds, "DynamoDbTypedImages", "Deserialize", () => ReadStj(json), () => ReadOurs(json));
    }
}

/// <summary>Never invoked: makes the generator write the reader of the stream event with typed images.</summary>
public static class TypedImageHandlers
{
    [LambdaHandler]
    public static void HandleOrderChanges(DynamoDbStreamEvent<DdbOrder> batch)
    {
    }
}

public sealed class DdbOrder
{
    [JsonPropertyName("customerId")] public string CustomerId { get; set; } = "";
    [JsonPropertyName("orderId")] public string OrderId { get; set; } = "";
    [JsonPropertyName("createdAt")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset UpdatedAt { get; set; }
    [JsonPropertyName("status")] public string Status { get; set; } = "";
    [JsonPropertyName("currency")] public string Currency { get; set; } = "";
    [JsonPropertyName("total")] public decimal Total { get; set; }
    [JsonPropertyName("discount")] public decimal Discount { get; set; }
    [JsonPropertyName("itemCount")] public int ItemCount { get; set; }
    [JsonPropertyName("version")] public long Version { get; set; }
    [JsonPropertyName("express")] public bool Express { get; set; }
    [JsonPropertyName("giftMessage")] public string? GiftMessage { get; set; }
    [JsonPropertyName("tags")] public List<string> Tags { get; set; } = [];
    [JsonPropertyName("lines")] public List<DdbOrderLine> Lines { get; set; } = [];
    [JsonPropertyName("shipTo")] public DdbAddress ShipTo { get; set; } = new();
}

public sealed class DdbOrderLine
{
    [JsonPropertyName("sku")] public string Sku { get; set; } = "";
    [JsonPropertyName("title")] public string Title { get; set; } = "";
    [JsonPropertyName("quantity")] public int Quantity { get; set; }
    [JsonPropertyName("unitPrice")] public decimal UnitPrice { get; set; }
}

public sealed class DdbAddress
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("street")] public string Street { get; set; } = "";
    [JsonPropertyName("city")] public string City { get; set; } = "";
    [JsonPropertyName("postalCode")] public string PostalCode { get; set; } = "";
    [JsonPropertyName("country")] public string Country { get; set; } = "";
}

/// <summary>HandlerSdk.Events.DynamoDbStreamEvent's members with attribute-value images: what a user writes for the peers' way.</summary>
public sealed class StjDynamoDbEvent
{
    [JsonPropertyName("Records")] public List<StjDynamoDbRecord> Records { get; set; } = [];
}

public sealed class StjDynamoDbRecord
{
    [JsonPropertyName("eventID")] public string EventId { get; set; } = "";
    [JsonPropertyName("eventName")] public string EventName { get; set; } = "";
    [JsonPropertyName("eventVersion")] public string EventVersion { get; set; } = "";
    [JsonPropertyName("eventSource")] public string EventSource { get; set; } = "";
    [JsonPropertyName("awsRegion")] public string AwsRegion { get; set; } = "";
    [JsonPropertyName("userIdentity")] public StjDynamoDbUserIdentity? UserIdentity { get; set; }
    [JsonPropertyName("dynamodb")] public StjStreamRecord DynamoDb { get; set; } = new();
    [JsonPropertyName("eventSourceARN")] public string EventSourceArn { get; set; } = "";
}

public sealed class StjDynamoDbUserIdentity
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("principalId")] public string PrincipalId { get; set; } = "";
}

public sealed class StjStreamRecord
{
    // The same converter as ours, on the number as ours keeps it (DynamoDB sends epoch seconds, which System.Text.Json
    // does not read as a date by itself); the time is read from it as ours does (whole seconds in this payload).
    [JsonPropertyName("ApproximateCreationDateTime")]
    [JsonConverter(typeof(DynamoDbCreationTimeConverter))]
    public decimal? ApproximateCreationDateTimeNumber { get; set; }

    [JsonIgnore]
    public DateTimeOffset? ApproximateCreationDateTime
    {
        get => ApproximateCreationDateTimeNumber is { } seconds ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)) : null;
        set => ApproximateCreationDateTimeNumber = value is { } time ? time.ToUnixTimeMilliseconds() / 1000m : null;
    }

    [JsonPropertyName("Keys")] public Dictionary<string, StjAttributeValue> Keys { get; set; } = [];
    [JsonPropertyName("NewImage")] public Dictionary<string, StjAttributeValue>? NewImage { get; set; }
    [JsonPropertyName("OldImage")] public Dictionary<string, StjAttributeValue>? OldImage { get; set; }
    [JsonPropertyName("SequenceNumber")] public string SequenceNumber { get; set; } = "";
    [JsonPropertyName("SizeBytes")] public long SizeBytes { get; set; }
    [JsonPropertyName("StreamViewType")] public string StreamViewType { get; set; } = "";
}

/// <summary>DynamoDB's attribute value as the peers model it: one member per type tag, all but one null.</summary>
#pragma warning disable CA1819 // Mirrors the peers' model, byte[] B included.
public sealed class StjAttributeValue
{
    [JsonPropertyName("S")] public string? S { get; set; }
    [JsonPropertyName("N")] public string? N { get; set; }
    [JsonPropertyName("B")] public byte[]? B { get; set; }
    [JsonPropertyName("SS")] public List<string>? SS { get; set; }
    [JsonPropertyName("NS")] public List<string>? NS { get; set; }
    [JsonPropertyName("BS")] public List<byte[]>? BS { get; set; }
    [JsonPropertyName("M")] public Dictionary<string, StjAttributeValue>? M { get; set; }
    [JsonPropertyName("L")] public List<StjAttributeValue>? L { get; set; }
    [JsonPropertyName("NULL")] public bool? NULL { get; set; }
    [JsonPropertyName("BOOL")] public bool? BOOL { get; set; }
}
#pragma warning restore CA1819

/// <summary>The baseline's context, with the options our generated code has by default (as <see cref="StjContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StjDynamoDbEvent))]
[JsonSerializable(typeof(DdbOrder))]
internal sealed partial class DynamoDbStjContext : JsonSerializerContext;
