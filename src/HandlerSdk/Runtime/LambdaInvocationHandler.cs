using System.Buffers;

namespace HandlerSdk;

/// <summary>
/// One handler as the runtime sees it: the raw event bytes in, the raw response bytes out. The generated code wraps
/// each <see cref="LambdaHandlerAttribute"/> method in one of these; hand-written functions may register their own.
/// A thrown exception becomes the invocation's error.
/// </summary>
/// <param name="event">
/// The event payload exactly as Lambda delivered it (JSON for every AWS event source). The memory is the runtime's
/// receive buffer: valid until the handler's task completes, then reused. Copy what must outlive the invocation.
/// </param>
/// <param name="context">The invocation's context.</param>
/// <param name="response">Where to write the response payload; nothing written means an empty response.</param>
/// <param name="cancellationToken">Fires shortly before the invocation's deadline (see <see cref="LambdaRuntimeOptions.CancellationMargin"/>).</param>
/// <returns>A task that completes when the response is written.</returns>
public delegate ValueTask LambdaInvocationHandler(ReadOnlyMemory<byte> @event, ILambdaContext context, IBufferWriter<byte> response, CancellationToken cancellationToken);
