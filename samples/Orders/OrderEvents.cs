using HandlerSdk;
using HandlerSdk.Events;

namespace Orders;

/// <summary>The detail of an "Order Placed" event, read inside HandlerSdk's EventBridge envelope.</summary>
public sealed record OrderPlaced(string OrderId, decimal Total);

/// <summary>Handles the bus's "Order Placed" events.</summary>
public static class OrderEvents
{
    [LambdaHandler]
    public static string OrderPlacedNotice(EventBridgeEvent<OrderPlaced> notice) =>
        $"{notice.DetailType} from {notice.Source} at {notice.Time:O}: {notice.Detail?.OrderId} ({notice.Detail?.Total})";
}
