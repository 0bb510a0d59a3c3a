using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Testing.Events;

public static partial class TestEvents
{
    /// <summary>
    /// An EventBridge event carrying <paramref name="detail"/>: a fresh id, version <c>0</c>, the time of now (to the
    /// second, as EventBridge writes it), the account and region of these builders.
    /// </summary>
    /// <param name="detail">The event's detail.</param>
    /// <param name="detailType">The <c>detail-type</c>.</param>
    /// <param name="source">The <c>source</c>, such as <c>my.app</c>.</param>
    /// <param name="resources">The ARNs the event is about, if any.</param>
    public static EventBridgeEvent<TDetail> EventBridge<TDetail>(TDetail detail, string detailType = "Test Event", string source = "my.app", params string[] resources)
    {
        ArgumentException.ThrowIfNullOrEmpty(detailType);
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentNullException.ThrowIfNull(resources);
        var now = DateTimeOffset.UtcNow;
        return new EventBridgeEvent<TDetail>
        {
            Version = "0",
            Id = Guid.NewGuid().ToString(),
            DetailType = detailType,
            Source = source,
            Account = AccountId,
            Time = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
            Region = Region,
            Resources = resources,
            Detail = detail,
        };
    }

    /// <summary>
    /// The event an EventBridge schedule sends: <c>detail-type</c> <c>Scheduled Event</c>, source <c>aws.events</c>, an
    /// empty detail, and the rule's ARN as the one resource.
    /// </summary>
    /// <param name="ruleName">The name of the schedule's rule.</param>
    public static ScheduledEvent Schedule(string ruleName = "my-schedule")
    {
        ArgumentException.ThrowIfNullOrEmpty(ruleName);
        using var empty = JsonDocument.Parse("{}");
        var envelope = EventBridge(empty.RootElement.Clone(), "Scheduled Event", "aws.events", $"arn:aws:events:{Region}:{AccountId}:rule/{ruleName}");
        return new ScheduledEvent
        {
            Version = envelope.Version,
            Id = envelope.Id,
            DetailType = envelope.DetailType,
            Source = envelope.Source,
            Account = envelope.Account,
            Time = envelope.Time,
            Region = envelope.Region,
            Resources = envelope.Resources,
            Detail = envelope.Detail,
        };
    }
}
