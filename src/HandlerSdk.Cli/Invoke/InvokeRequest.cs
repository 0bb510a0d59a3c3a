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
    string? LogLevel)
{
    /// <summary>Publish native AOT first and run the published bootstrap.</summary>
    public bool Aot { get; init; }

    /// <summary>Build even when the output looks up to date.</summary>
    public bool Rebuild { get; init; }

    /// <summary>The architecture whose prices the cost line uses; null means the host's.</summary>
    public string? Architecture { get; init; }

    public decimal? PricePerGbSecond { get; init; }

    public decimal? PricePerMillionRequests { get; init; }
}
