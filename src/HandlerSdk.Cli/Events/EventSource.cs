namespace HandlerSdk.Cli.Events;

/// <summary>One source <c>hsdk events</c> can write: its name for <c>new</c>, the template, and how options apply to it.</summary>
/// <param name="Name">The name <c>hsdk events new</c> takes, also the template's file name (without <c>.json</c>).</param>
/// <param name="Model">The HandlerSdk.Events type that reads the event, as C# would name it.</param>
/// <param name="Description">One line for <c>hsdk events list</c>.</param>
/// <param name="Shape">Where the payload goes and what a record is.</param>
/// <param name="Resources">The resource names the template uses, each replaceable with its option (<c>--queue</c>...).</param>
internal sealed record EventSource(string Name, string Model, string Description, EventShape Shape, IReadOnlyList<ResourceName> Resources)
{
    public string TemplateResource => $"HandlerSdk.Cli.Events.Templates.{Name}.json";
}

/// <summary>A resource name in a template (the queue in its ARN, the table in its stream ARN) and the option that replaces it.</summary>
internal sealed record ResourceName(ResourceKind Kind, string Default);

/// <summary>The kinds of resource whose name <c>hsdk events new</c> can set, one option each.</summary>
internal enum ResourceKind
{
    Queue,
    Topic,
    Stream,
    Table,
    Bucket,
}
