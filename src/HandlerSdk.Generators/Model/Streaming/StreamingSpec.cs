namespace HandlerSdk.Generators.Model.Streaming;

/// <summary>How a streaming handler or route answers: it writes to a response stream it is given, or it returns items.</summary>
/// <param name="Kind">The handler's shape and, for items, their format.</param>
/// <param name="Item">For items: the type written as JSON per item (the <c>T</c> of <c>ServerSentEvent&lt;T&gt;</c> items).</param>
/// <param name="ItemsAreEvents">The items are <c>ServerSentEvent&lt;T&gt;</c>: their event, id and retry fields are written too.</param>
internal sealed record StreamingSpec(StreamingKind Kind, PayloadSpec? Item, bool ItemsAreEvents)
{
    /// <summary>The method returns a <c>Task</c> or <c>ValueTask</c> of the items: awaited before the first item is read.</summary>
    public bool ItemsAreAwaited { get; init; }
}

internal enum StreamingKind
{
    /// <summary>Takes a <c>LambdaResponseStream</c> (or, for Function URLs, an <c>HttpResponseStream</c>) and writes to it.</summary>
    ResponseStream,

    /// <summary>Returns <c>IAsyncEnumerable&lt;T&gt;</c>: one JSON value and a line feed per item.</summary>
    Ndjson,

    /// <summary>Returns <c>IAsyncEnumerable&lt;T&gt;</c> with <c>[ServerSentEvents]</c>, or of <c>ServerSentEvent&lt;T&gt;</c>.</summary>
    ServerSentEvents,
}
