using System.Text.Json;

namespace HandlerSdk.Events;

/// <summary>
/// The event an EventBridge schedule rule sends (<c>detail-type</c> <c>Scheduled Event</c>, source <c>aws.events</c>,
/// the rule's ARN in <c>resources</c>). Its <c>detail</c> is <c>{}</c>, kept as a <see cref="JsonElement"/> so that
/// anything a future format adds there still arrives.
/// </summary>
public sealed record ScheduledEvent : EventBridgeEvent<JsonElement>;
