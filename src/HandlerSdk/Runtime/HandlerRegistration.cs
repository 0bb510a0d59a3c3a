namespace HandlerSdk.Runtime;

/// <summary>One entry of the handler table: how to create a buffered handler, or a streaming one (exactly one is set).</summary>
internal sealed record HandlerRegistration(Func<LambdaInvocationHandler>? Buffered, Func<LambdaStreamingInvocationHandler>? Streaming);

/// <summary>The handler the function serves, created at init: buffered or streaming (exactly one is set).</summary>
internal sealed record SelectedHandler(LambdaInvocationHandler? Buffered, LambdaStreamingInvocationHandler? Streaming);
