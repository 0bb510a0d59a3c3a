using System.Text.Json.Serialization;
using HandlerSdk;

namespace Orders;

/// <summary>An EventBridge event: a generic envelope with init-only members around a typed detail.</summary>
public sealed class EventBridgeEvent<T>
    where T : class
{
    public string Id { get; init; } = "";

    [JsonPropertyName("detail-type")]
    public string DetailType { get; init; } = "";

    public string Source { get; init; } = "";

    public DateTimeOffset Time { get; init; }

    public List<string> Resources { get; init; } = [];

    public T? Detail { get; init; }
}

public sealed record OrderPlaced(string OrderId, decimal Total);

/// <summary>Handles the bus's "Order Placed" events.</summary>
public static class OrderEvents
{
    [LambdaHandler]
    public static string OrderPlacedNotice(EventBridgeEvent<OrderPlaced> notice) =>
        $"{notice.DetailType} from {notice.Source} at {notice.Time:O}: {notice.Detail?.OrderId} ({notice.Detail?.Total})";
}
