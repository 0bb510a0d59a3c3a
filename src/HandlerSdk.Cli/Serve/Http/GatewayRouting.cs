using HandlerSdk.Cli.Handlers;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>A route API Gateway picked for a request, with the values of its path variables as they appear in the path.</summary>
/// <param name="Route">The route: its key and path become <c>routeKey</c> (v2) and <c>resource</c> (v1).</param>
/// <param name="RawParameters">Each variable's value, still percent-encoded; a greedy one's is the rest of the path without its leading slash.</param>
internal sealed record GatewayRouteMatch(GatewayRoute Route, IReadOnlyList<KeyValuePair<string, string>> RawParameters);

/// <summary>
/// Picks the route API Gateway would send a request to, from the function's routes as <c>hsdk template</c> deploys them
/// (<see cref="GatewayRoute"/>): the method must be the route's; a route without a greedy variable beats one with; among
/// those, a literal segment beats a variable one, from the left. Constraints play no part, as API Gateway knows none.
/// No match means API Gateway's <c>$default</c> route (v2) or a <c>/{proxy+}</c> resource (v1).
/// </summary>
internal static class GatewayRouting
{
    public static GatewayRouteMatch? Match(IEnumerable<GatewayRoute> routes, string method, string rawPath)
    {
        var path = rawPath.Length > 1 && rawPath.EndsWith('/') ? rawPath[..^1] : rawPath;
        var segments = path is "" or "/" ? [] : path.TrimStart('/').Split('/');
        GatewayRouteMatch? best = null;
        foreach (var route in routes)
        {
            if (route.Method == method && TryMatch(route, segments) is { } parameters && (best is null || MoreSpecific(route, best.Route)))
            {
                best = new GatewayRouteMatch(route, parameters);
            }
        }

        return best;
    }

    private static List<KeyValuePair<string, string>>? TryMatch(GatewayRoute route, string[] segments)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < route.Segments.Count; i++)
        {
            var segment = route.Segments[i];
            if (segment.Kind == GatewaySegmentKind.Greedy)
            {
                // One segment or more: {proxy+} does not match its parent path.
                if (i >= segments.Length || segments[i].Length == 0)
                {
                    return null;
                }

                parameters.Add(new(segment.Name, string.Join('/', segments[i..])));
                return parameters;
            }

            if (i >= segments.Length)
            {
                return null;
            }

            if (segment.Kind == GatewaySegmentKind.Literal ? segments[i] != segment.Name : segments[i].Length == 0)
            {
                return null;
            }

            if (segment.Kind == GatewaySegmentKind.Variable)
            {
                parameters.Add(new(segment.Name, segments[i]));
            }
        }

        return route.Segments.Count == segments.Length ? parameters : null;
    }

    private static bool MoreSpecific(GatewayRoute candidate, GatewayRoute best)
    {
        var candidateGreedy = candidate.Segments.Any(s => s.Kind == GatewaySegmentKind.Greedy);
        var bestGreedy = best.Segments.Any(s => s.Kind == GatewaySegmentKind.Greedy);
        if (candidateGreedy != bestGreedy)
        {
            return !candidateGreedy;
        }

        for (var i = 0; i < Math.Min(candidate.Segments.Count, best.Segments.Count); i++)
        {
            if (candidate.Segments[i].Kind != best.Segments[i].Kind)
            {
                return candidate.Segments[i].Kind < best.Segments[i].Kind;
            }
        }

        // Two greedy routes that agree so far: the longer prefix is the closer match.
        return candidate.Segments.Count > best.Segments.Count;
    }
}
