namespace HandlerSdk.Cli.Events;

/// <summary>The parsed arguments of <c>hsdk events new</c>, not yet checked.</summary>
internal sealed record EventRequest(string Source)
{
    public string? Body { get; init; }

    public int Count { get; init; } = 1;

    public string Region { get; init; } = EventCatalog.DefaultRegion;

    public string Account { get; init; } = EventCatalog.DefaultAccount;

    /// <summary>The resource names given (<c>--queue</c>, <c>--topic</c>...).</summary>
    public IReadOnlyDictionary<ResourceKind, string> Names { get; init; } = new Dictionary<ResourceKind, string>();

    public string? Output { get; init; }
}
