namespace HandlerSdk;

/// <summary>
/// Sends the items of a handler or route method returning <see cref="IAsyncEnumerable{T}"/> as server-sent events
/// (<c>text/event-stream</c>): each item becomes one event, <c>data: &lt;json&gt;</c> and a blank line, sent as soon as
/// it is produced. Without it the items go out as NDJSON (<c>application/x-ndjson</c>): one JSON value and a line feed
/// per item. Items of type <see cref="ServerSentEvent{T}"/> are always sent as server-sent events.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ServerSentEventsAttribute : Attribute
{
}
