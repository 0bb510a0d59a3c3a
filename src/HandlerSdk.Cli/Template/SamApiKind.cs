namespace HandlerSdk.Cli.Template;

/// <summary>Which API Gateway API the route events of <c>hsdk template</c> put the HTTP functions behind.</summary>
internal enum SamApiKind
{
    /// <summary>An HTTP API (SAM event <c>HttpApi</c>, payload format 2.0): cheaper and faster, the default.</summary>
    Http,

    /// <summary>A REST API (SAM event <c>Api</c>, proxy payload format 1.0): for usage plans, API keys, request validation.</summary>
    Rest,
}

/// <summary>The <c>--api</c> names of each <see cref="SamApiKind"/>.</summary>
internal static class SamApiKinds
{
    public static readonly string[] Names = ["http", "rest"];

    public static SamApiKind Parse(string name) => name switch
    {
        "http" => SamApiKind.Http,
        "rest" => SamApiKind.Rest,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Expected one of: " + string.Join(", ", Names)),
    };
}
