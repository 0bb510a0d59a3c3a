namespace HandlerSdk.Generators.Model;

/// <summary>One valid <c>[LambdaHandler]</c> method, as the emitters need it: names and kinds, no symbols.</summary>
/// <param name="Name">The dispatch name (<c>Name</c> or the method's name).</param>
/// <param name="ContainingType">The containing type, <c>global::</c>-qualified.</param>
/// <param name="ContainingTypeIdentifier">A C# identifier made from the containing type, for generated member names.</param>
/// <param name="MethodName">The method's name.</param>
/// <param name="IsStatic">Static methods need no instance.</param>
/// <param name="Disposal">How an instance is released at shutdown.</param>
/// <param name="Parameters">What each parameter receives, in order.</param>
/// <param name="Event">How the event is read, when there is an event parameter.</param>
/// <param name="Return">What the method returns and how it is written.</param>
/// <param name="Batch">
/// Set for a per-record handler: <paramref name="Event"/> is then the whole batch, the event parameter one of its
/// records, and the adapter returns the batch response.
/// </param>
/// <param name="Streaming">
/// Set for a streaming handler: it is registered with <c>AddStreaming</c> and answers through a response stream.
/// </param>
internal sealed record HandlerSpec(
    string Name,
    string ContainingType,
    string ContainingTypeIdentifier,
    string MethodName,
    bool IsStatic,
    DisposalKind Disposal,
    EquatableArray<ParameterKind> Parameters,
    PayloadSpec? Event,
    ReturnSpec Return,
    BatchSpec? Batch = null,
    global::HandlerSdk.Generators.Model.Streaming.StreamingSpec? Streaming = null);

internal enum ParameterKind
{
    Event,
    Context,
    Logger,
    CancellationToken,

    /// <summary>The <c>LambdaResponseStream</c> of a streaming handler.</summary>
    ResponseStream,

    /// <summary>An <c>HttpResponseStream</c> over the response stream (the Function URL form).</summary>
    HttpResponseStream,
}

internal enum DisposalKind
{
    None,
    Disposable,
    AsyncDisposable,
}

/// <summary>How a payload (the event, or the result) crosses the wire.</summary>
/// <param name="Kind">JSON through a generated serializer, or one of the raw forms.</param>
/// <param name="Type">The CLR type, <c>global::</c>-qualified.</param>
/// <param name="TypeId">For <see cref="PayloadKind.Json"/>: the serializer's type id.</param>
internal sealed record PayloadSpec(PayloadKind Kind, string Type, string? TypeId);

internal enum PayloadKind
{
    Json,
    Stream,
    ByteArray,
    ReadOnlyMemory,
    JsonElement,
    JsonNode,
}

/// <summary>What the handler method returns.</summary>
/// <param name="Shape">Void, a value, or a task of either.</param>
/// <param name="Result">The payload written as the response; null when there is none.</param>
internal sealed record ReturnSpec(ReturnShape Shape, PayloadSpec? Result);

internal enum ReturnShape
{
    Void,
    Value,
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}

/// <summary>How a per-record handler's batch is run and answered.</summary>
/// <param name="Source">Which service sends the batch: it decides the failure rule and the record identifier.</param>
/// <param name="Response">The batch response type, written as the invocation's result.</param>
/// <param name="MaxParallelism">Records (or FIFO message groups) at once; 1 when not set.</param>
/// <param name="DeadlineMarginMs">No record starts with less time left than this.</param>
/// <param name="Record">
/// For a record whose payload is decoded (<c>SqsMessage&lt;T&gt;</c>): the record itself, read message by message when
/// the batch cannot be read as a whole, so that one bad payload fails only its own record.
/// </param>
internal sealed record BatchSpec(BatchSource Source, PayloadSpec Response, int MaxParallelism, int DeadlineMarginMs, PayloadSpec? Record = null);

internal enum BatchSource
{
    Sqs,
    Kinesis,
    DynamoDb,
    Kafka,
}
