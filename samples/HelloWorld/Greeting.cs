namespace HelloWorld;

/// <summary>The event: who to greet, and knobs that show what the runtime does with large or slow work.</summary>
/// <param name="Name">Who to greet; required.</param>
/// <param name="Repeat">How many times to repeat the greeting (a large count exceeds Lambda's 6 MB response limit).</param>
/// <param name="DelayMs">How long to wait before answering, honouring the invocation's deadline.</param>
public sealed record GreetingRequest(string? Name, int Repeat = 1, int DelayMs = 0);

/// <summary>The response.</summary>
/// <param name="Message">The greeting.</param>
/// <param name="RequestId">The Lambda request id that produced it.</param>
/// <param name="Function">The function's name.</param>
public sealed record GreetingResponse(string Message, string RequestId, string Function);
