namespace HandlerSdk.Cli.Invoke;

/// <summary>The parsed arguments of <c>hsdk invoke</c>, not yet checked against the file system.</summary>
internal sealed record InvokeRequest(
    string Path,
    string EventSource,
    string? Handler,
    IReadOnlyList<string> Environment,
    int? TimeoutSeconds,
    int? MemorySizeMb,
    string? LogFormat,
    string? LogLevel);
