// Types read straight from DynamoDB JSON (Read…_DynamoDbItem): one member of each shape the direct reader takes in place
// or hands to the transform, and two ways to read the same item, for the differential tests.
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using HandlerSdk;
using HandlerSdk.Events;
using HandlerSdk.Generated;
using HandlerSdk.Serialization;
using HandlerSdk.Serialization.Payloads;

namespace EventCorpus;

[JsonConverter(typeof(JsonStringEnumConverter<DdbColor>))]
public enum DdbColor { Red, Green }

public enum DdbLevel { Low = 1, High = 2 }

public sealed record DdbLine
{
    [JsonPropertyName("sku")] public string Sku { get; init; } = "";
    [JsonPropertyName("quantity")] public int Quantity { get; init; }
}

public sealed record DdbOpen
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonExtensionData] public Dictionary<string, JsonElement>? Rest { get; set; }
}

public sealed record DdbShapes(string Id)
{
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("count")] public int Count { get; init; }
    [JsonPropertyName("big")] public long Big { get; init; }
    [JsonPropertyName("price")] public decimal Price { get; init; }
    [JsonPropertyName("ratio")] public double Ratio { get; init; }
    [JsonPropertyName("small")] public short Small { get; init; }
    [JsonPropertyName("octet")] public byte Octet { get; init; }
    [JsonPropertyName("flag")] public bool Flag { get; init; }
    [JsonPropertyName("maybe")] public int? Maybe { get; init; }
    [JsonPropertyName("at")] public DateTimeOffset At { get; init; }
    [JsonPropertyName("when")] public DateTime When { get; init; }
    [JsonPropertyName("day")] public DateOnly Day { get; init; }
    [JsonPropertyName("guid")] public Guid Guid { get; init; }
    [JsonPropertyName("color")] public DdbColor Color { get; init; }
    [JsonPropertyName("level")] public DdbLevel Level { get; init; }
    [JsonPropertyName("bytes")] public byte[]? Bytes { get; init; }
    [JsonPropertyName("tags")] public List<string>? Tags { get; init; }
    [JsonPropertyName("tagSet")] public HashSet<string>? TagSet { get; init; }
    [JsonPropertyName("codes")] public string[]? Codes { get; init; }
    [JsonPropertyName("numbers")] public List<int>? Numbers { get; init; }
    [JsonPropertyName("blobs")] public List<byte[]>? Blobs { get; init; }
    [JsonPropertyName("lines")] public List<DdbLine>? Lines { get; init; }
    [JsonPropertyName("counts")] public Dictionary<string, int>? Counts { get; init; }
    [JsonPropertyName("byId")] public Dictionary<int, DdbLine>? ById { get; init; }
    [JsonPropertyName("main")] public DdbLine? Main { get; init; }
    [JsonPropertyName("open")] public DdbOpen? Open { get; init; }
    [JsonPropertyName("raw")] public JsonElement? Raw { get; init; }
    [JsonPropertyName("nested")] public List<List<int>>? Nested { get; init; }
    [JsonPropertyName("required")] public required string Required { get; init; }
    public string? PolicyNamed { get; init; }
}

public sealed record DdbHolder
{
    [JsonPropertyName("item")]
    [JsonPayload(PayloadEncoding.DynamoDbJson)]
    public DdbShapes? Item { get; init; }
}

/// <summary>The same item read both ways: straight from DynamoDB JSON, and transformed to plain JSON then read.</summary>
public static class DdbPaths
{
    public static object? Direct(byte[] json) => JsonRead.Root(json, "EventCorpus.DdbShapes", static (ref Utf8JsonReader r) => DynamoDbRead.Item(ref r, "EventCorpus.DdbShapes", LambdaJson.ReadDdbShapes_DynamoDbItem));

    public static object? Transformed(byte[] json) => JsonRead.Root(json, "EventCorpus.DdbShapes", static (ref Utf8JsonReader r) => JsonPayload.ReadDynamoDbJson(ref r, "EventCorpus.DdbShapes", LambdaJson.ReadDdbShapes));

    public static string Write(object? value) => Bridge.WritePlain((DdbShapes?)value);
}

public static class DynamoDbDirectHandlers
{
    [LambdaHandler] public static DdbHolder EchoDdbHolder(DdbHolder value) => value;
    [LambdaHandler] public static DynamoDbStreamEvent<DdbShapes> EchoDdbShapes(DynamoDbStreamEvent<DdbShapes> value) => value;
}

public static partial class Bridge
{
    public static string WritePlain(DdbShapes? value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        JsonWrite.Root(buffer, value, LambdaJson.WriteDdbShapes);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void RegisterDynamoDbDirect(Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)> map)
    {
        Add<DdbHolder>(map, LambdaJson.WriteDdbHolder, LambdaJson.ReadDdbHolder);
        Add<DynamoDbStreamEvent<DdbShapes>>(map, LambdaJson.WriteDynamoDbStreamEventOfDdbShapes, LambdaJson.ReadDynamoDbStreamEventOfDdbShapes);
    }
}
