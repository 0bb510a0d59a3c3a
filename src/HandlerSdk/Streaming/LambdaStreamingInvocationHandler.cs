namespace HandlerSdk;

/// <summary>
/// A handler whose response is streamed: it writes to <paramref name="response"/> as it goes, and each write reaches
/// the caller at once. Registered with <see cref="LambdaHandlerTable.AddStreaming(string, LambdaStreamingInvocationHandler)"/>;
/// the generated code wraps streaming <see cref="LambdaHandlerAttribute"/> methods in one of these. An exception
/// thrown before the first write is reported as an ordinary invocation error; one thrown after it ends the stream
/// with the error in its trailers.
/// </summary>
/// <param name="event">
/// The event payload exactly as Lambda delivered it. The memory is the runtime's receive buffer: valid until the
/// handler's task completes, then reused. Copy what must outlive the invocation.
/// </param>
/// <param name="context">The invocation's context.</param>
/// <param name="response">The response stream; nothing written means an empty response.</param>
/// <param name="cancellationToken">
/// Fires shortly before the invocation's deadline (see <see cref="LambdaRuntimeOptions.CancellationMargin"/>), or when
/// the response can no longer be delivered.
/// </param>
/// <returns>A task that completes when the response is fully written.</returns>
public delegate ValueTask LambdaStreamingInvocationHandler(ReadOnlyMemory<byte> @event, ILambdaContext context, LambdaResponseStream response, CancellationToken cancellationToken);
