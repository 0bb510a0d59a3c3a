namespace HandlerSdk;

/// <summary>
/// One server-sent event with its optional fields, for a handler returning
/// <c>IAsyncEnumerable&lt;ServerSentEvent&lt;T&gt;&gt;</c>: the <c>event:</c>, <c>id:</c> and <c>retry:</c> lines are
/// written before the <c>data:</c> line(s) of <see cref="Data"/> as JSON.
/// </summary>
/// <typeparam name="T">The data's type, written as JSON.</typeparam>
/// <param name="Data">The event's data, written as JSON on <c>data:</c> lines.</param>
/// <param name="Event">
/// The event type (<c>event:</c>), which browsers dispatch to <c>addEventListener(type)</c>; null for the default
/// <c>message</c>. Must not contain a line break.
/// </param>
/// <param name="Id">
/// The event id (<c>id:</c>) a reconnecting client sends back as <c>Last-Event-ID</c>; null for none. Must not contain a
/// line break or NUL.
/// </param>
/// <param name="RetryMilliseconds">The reconnection time the client should use (<c>retry:</c>); null for none. Not negative.</param>
public sealed record ServerSentEvent<T>(T Data, string? Event = null, string? Id = null, int? RetryMilliseconds = null);
