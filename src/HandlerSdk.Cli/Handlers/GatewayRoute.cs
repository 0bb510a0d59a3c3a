namespace HandlerSdk.Cli.Handlers;

/// <summary>
/// One API Gateway route (<c>GET /orders/{id}</c>) that a route template becomes. API Gateway cannot check constraints,
/// so <c>{id:int}</c> is <c>{id}</c> (the function checks it); a catch-all <c>{*path}</c> is the greedy <c>{path+}</c>; an
/// optional <c>{x?}</c> is two routes, with and without it, as API Gateway has no optional segments.
/// </summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Segments">The path's segments; the root has none.</param>
/// <param name="Implied">
/// True for the routes an optional parameter or a catch-all adds without the user writing them (<c>/files</c> for
/// <c>/files/{*path}</c>): the router answers them too, and API Gateway only sends them on if it has a route for them.
/// </param>
/// <param name="Source">The route attribute it comes from.</param>
internal sealed record GatewayRoute(string Method, IReadOnlyList<GatewaySegment> Segments, bool Implied, HttpRouteInfo Source)
{
    /// <summary>The path as API Gateway writes it: <c>/orders/{id}</c>, <c>/files/{path+}</c>, <c>/</c>.</summary>
    public string Path => "/" + string.Join("/", Segments.Select(s => s.Text));

    /// <summary>The route key of an HTTP API (payload 2.0): <c>GET /orders/{id}</c>.</summary>
    public string RouteKey => Method + " " + Path;

    /// <summary>
    /// What API Gateway tells routes apart by: the method and the path with variables unnamed (<c>GET /orders/{}</c>), as
    /// <c>/orders/{id}</c> and <c>/orders/{orderId}</c> answer the same requests.
    /// </summary>
    public string Shape => Method + " /" + string.Join("/", Segments.Select(s => s.Kind switch
    {
        GatewaySegmentKind.Literal => s.Name,
        GatewaySegmentKind.Variable => "{}",
        _ => "{+}",
    }));

    /// <summary>Every API Gateway route of <paramref name="route"/>: the one it names, then the shorter ones it implies.</summary>
    public static IReadOnlyList<GatewayRoute> From(HttpRouteInfo route)
    {
        var segments = Parse(route);
        var routes = new List<GatewayRoute> { new(route.Method, [.. segments.Select(s => s.Segment)], false, route) };
        if (segments.Count > 0 && segments[^1].Segment.Kind == GatewaySegmentKind.Greedy)
        {
            // API Gateway's {path+} needs at least one segment; the router's catch-all also takes an empty rest.
            routes.Add(new(route.Method, [.. segments.Take(segments.Count - 1).Select(s => s.Segment)], true, route));
            return routes;
        }

        for (var count = segments.Count - 1; count >= 0 && segments[count].Optional; count--)
        {
            routes.Add(new(route.Method, [.. segments.Take(count).Select(s => s.Segment)], true, route));
        }

        return routes;
    }

    private static List<(GatewaySegment Segment, bool Optional)> Parse(HttpRouteInfo route)
    {
        var path = route.Template.Trim();
        path = path.StartsWith('/') ? path[1..] : path;
        path = path.EndsWith('/') ? path[..^1] : path;
        var segments = new List<(GatewaySegment, bool)>();
        if (path.Length == 0)
        {
            return segments;
        }

        foreach (var text in path.Split('/'))
        {
            if (!text.StartsWith('{'))
            {
                if (text.Length == 0 || text.Contains('{', StringComparison.Ordinal) || text.Contains('}', StringComparison.Ordinal))
                {
                    throw Invalid(route, $"the segment '{text}' is not a literal or one parameter");
                }

                segments.Add((new GatewaySegment(GatewaySegmentKind.Literal, text), false));
                continue;
            }

            if (!text.EndsWith('}'))
            {
                throw Invalid(route, $"the segment '{text}' is not a literal or one parameter");
            }

            var inner = text[1..^1];
            var greedy = inner.StartsWith('*');
            inner = greedy ? inner[1..] : inner;
            var optional = inner.EndsWith('?');
            inner = optional ? inner[..^1] : inner;

            // The name ends at the first constraint; constraints are the function's to check.
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? inner : inner[..colon];
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw Invalid(route, $"'{text}' has no parameter name API Gateway can use");
            }

            segments.Add((new GatewaySegment(greedy ? GatewaySegmentKind.Greedy : GatewaySegmentKind.Variable, name), optional));
        }

        return segments;
    }

    private static UserErrorException Invalid(HttpRouteInfo route, string problem) =>
        new($"route {route.Display}: {problem}; the build should have reported it (HSDK0201)");
}

/// <summary>What a path segment of an API Gateway route is.</summary>
internal enum GatewaySegmentKind
{
    /// <summary>Text that must match exactly (case-sensitively).</summary>
    Literal,

    /// <summary><c>{name}</c>: any one segment.</summary>
    Variable,

    /// <summary><c>{name+}</c>: the rest of the path, one segment or more.</summary>
    Greedy,
}

/// <summary>One segment of an API Gateway route: literal text, or a variable's name.</summary>
internal sealed record GatewaySegment(GatewaySegmentKind Kind, string Name)
{
    /// <summary>The segment as API Gateway writes it: <c>orders</c>, <c>{id}</c>, <c>{path+}</c>.</summary>
    public string Text => Kind switch
    {
        GatewaySegmentKind.Literal => Name,
        GatewaySegmentKind.Variable => "{" + Name + "}",
        _ => "{" + Name + "+}",
    };
}
