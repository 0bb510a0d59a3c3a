// Echo handlers over the event models: they make the generator emit a reader and a writer for each, as a user's
// handler taking the event would.
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using HandlerSdk;
using HandlerSdk.Events;

namespace EventCorpus;

/// <summary>A nested EventBridge detail, as a user's own event type would be.</summary>
public sealed record OrderPlaced
{
    [JsonPropertyName("orderId")]
    public string OrderId { get; init; } = "";
    [JsonPropertyName("total")]
    public decimal Total { get; init; }
    [JsonPropertyName("customer")]
    public Customer Customer { get; init; } = new();
    [JsonPropertyName("lines")]
    public List<OrderLine> Lines { get; init; } = [];
}

public sealed record Customer
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";
    [JsonPropertyName("email")]
    public string? Email { get; init; }
}

public sealed record OrderLine
{
    [JsonPropertyName("sku")]
    public string Sku { get; init; } = "";
    [JsonPropertyName("quantity")]
    public int Quantity { get; init; }
}

public static class Handlers
{
    [LambdaHandler] public static SqsEvent EchoSqs(SqsEvent value) => value;
    [LambdaHandler] public static SqsBatchResponse EchoSqsBatchResponse(SqsBatchResponse value) => value;
    [LambdaHandler] public static SnsEvent EchoSns(SnsEvent value) => value;
    [LambdaHandler] public static S3Event EchoS3(S3Event value) => value;
    [LambdaHandler] public static EventBridgeEvent<OrderPlaced> EchoOrderPlaced(EventBridgeEvent<OrderPlaced> value) => value;
    [LambdaHandler] public static EventBridgeEvent<JsonElement> EchoAnyDetail(EventBridgeEvent<JsonElement> value) => value;
    [LambdaHandler] public static ScheduledEvent EchoScheduled(ScheduledEvent value) => value;
}
