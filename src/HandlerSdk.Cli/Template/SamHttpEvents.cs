using System.Text;
using HandlerSdk.Cli.Handlers;
using YamlDotNet.RepresentationModel;

namespace HandlerSdk.Cli.Template;

/// <summary>
/// The SAM events of an HTTP function: one <c>HttpApi</c> (or, for a REST API, <c>Api</c>) event per API Gateway route
/// its route templates become (<see cref="GatewayRoute"/>), named after method and path (<c>GetTodosId</c>). None of
/// them names an API, so SAM puts every function's routes on one implicit API (<c>ServerlessHttpApi</c> or
/// <c>ServerlessRestApi</c>); the routes of all functions are checked together first, as that API can send a request
/// to only one of them.
/// </summary>
internal static class SamHttpEvents
{
    /// <summary>The events of <paramref name="handler"/>, each with the name it would like; the function's own duplicates once.</summary>
    public static IEnumerable<(string Name, YamlMappingNode Event)> Build(HandlerInfo handler, SamApiKind api)
    {
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in Routes(handler))
        {
            // Within one function a duplicate is harmless (its router tells the two apart): one event is enough.
            if (!shapes.Add(route.Shape))
            {
                continue;
            }

            var properties = new YamlMappingNode { { "Path", route.Path }, { "Method", route.Method } };
            yield return (Name(route), new YamlMappingNode { { "Type", api == SamApiKind.Http ? "HttpApi" : "Api" }, { "Properties", properties } });
        }
    }

    /// <summary>
    /// Refuses routes that one API cannot hold: the same method and path in two functions, and (REST APIs only) two
    /// names for the variable at one place in the path, which API Gateway rejects as sibling resources.
    /// </summary>
    public static void Check(IReadOnlyList<HandlerInfo> handlers, SamApiKind api)
    {
        var owners = new Dictionary<string, (HandlerInfo Handler, GatewayRoute Route)>(StringComparer.Ordinal);
        var variables = new Dictionary<string, (HandlerInfo Handler, GatewayRoute Route, string Name)>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            foreach (var route in Routes(handler))
            {
                if (owners.TryGetValue(route.Shape, out var owner) && owner.Handler.Name != handler.Name)
                {
                    throw new UserErrorException(
                        $"functions '{owner.Handler.Name}' and '{handler.Name}' both answer {route.Method} {route.Path} ({Origin(owner.Route)} and {Origin(route)}); " +
                        "API Gateway sends a request to one function only: change one of the routes, or put both in one [HttpApi] function");
                }

                owners.TryAdd(route.Shape, (handler, route));
                if (api == SamApiKind.Rest)
                {
                    CheckVariableNames(variables, handler, route);
                }
            }
        }
    }

    private static void CheckVariableNames(Dictionary<string, (HandlerInfo Handler, GatewayRoute Route, string Name)> variables, HandlerInfo handler, GatewayRoute route)
    {
        var parent = new StringBuilder();
        foreach (var segment in route.Segments)
        {
            if (segment.Kind != GatewaySegmentKind.Literal)
            {
                var key = parent + "/" + (segment.Kind == GatewaySegmentKind.Greedy ? "{+}" : "{}");
                if (variables.TryGetValue(key, out var first) && first.Name != segment.Name)
                {
                    throw new UserErrorException(
                        $"a REST API cannot have both {first.Route.Path} ({Origin(first.Route)}) and {route.Path} ({Origin(route)}): " +
                        $"API Gateway allows one variable name at one place in the path; name both '{first.Name}' or both '{segment.Name}'");
                }

                variables.TryAdd(key, (handler, route, segment.Name));
            }

            parent.Append('/').Append(segment.Kind == GatewaySegmentKind.Literal ? segment.Name : "{}");
        }
    }

    private static IEnumerable<GatewayRoute> Routes(HandlerInfo handler) => handler.HttpRoutes.SelectMany(GatewayRoute.From);

    /// <summary>Where a route comes from: <c>[HttpGet("/files/{*path}")] on FileApi.Read</c>.</summary>
    private static string Origin(GatewayRoute route) =>
        $"[Http{route.Source.Method[0]}{route.Source.Method[1..].ToLowerInvariant()}(\"{route.Source.Template}\")] on {route.Source.Source}";

    /// <summary>The method and the path's words in PascalCase: <c>GetTodosId</c>, <c>GetFilesPath</c>, <c>GetRoot</c>.</summary>
    private static string Name(GatewayRoute route)
    {
        var name = new StringBuilder().Append(route.Method[0]).Append(route.Method[1..].ToLowerInvariant());
        if (route.Segments.Count == 0)
        {
            return name.Append("Root").ToString();
        }

        // Event names are alphanumeric: each run of letters and digits becomes a word.
        var upperNext = true;
        foreach (var c in string.Join("/", route.Segments.Select(s => s.Name)))
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            name.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return name.ToString();
    }
}
