using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Http;

namespace HandlerSdk.Generators.Parsing.Http;

/// <summary>
/// Groups routes into functions and finds routes that answer the same requests (HSDK0202). Two routes collide when
/// they have the same HTTP method and some path shape both accept equally: the same literals, and parameters with the
/// same constraints, at the same places; optional parameters count for each number of segments they allow.
/// Routes that merely overlap (<c>/orders/new</c> and <c>/orders/{id}</c>) do not collide: the router prefers
/// literals, then constrained parameters, then plain ones, then catch-alls.
/// </summary>
internal static class HttpFunctions
{
    /// <summary>Functions by name, each with its routes in a stable order (the route indexes); colliding routes after the first are left out.</summary>
    public static EquatableArray<HttpFunctionSpec> Group(IEnumerable<HttpRouteSpec> routes) =>
        routes
            .GroupBy(r => r.Function, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => new HttpFunctionSpec(g.Key, WithoutCollisions(Order(g)).ToEquatableArray()))
            .ToEquatableArray();

    /// <summary>The order route indexes follow: by type, method, HTTP method and template, so that it does not depend on file order.</summary>
    public static IEnumerable<HttpRouteSpec> Order(IEnumerable<HttpRouteSpec> routes) => Order(routes, r => r);

    public static IEnumerable<T> Order<T>(IEnumerable<T> routes, System.Func<T, HttpRouteSpec> spec) =>
        routes
            .OrderBy(r => spec(r).ContainingType, System.StringComparer.Ordinal)
            .ThenBy(r => spec(r).MethodName, System.StringComparer.Ordinal)
            .ThenBy(r => spec(r).HttpMethod, System.StringComparer.Ordinal)
            .ThenBy(r => spec(r).Template.Text, System.StringComparer.Ordinal);

    /// <summary>Every later route of <paramref name="routes"/> that collides with an earlier one, with the earlier one and a path both answer.</summary>
    public static IEnumerable<(T Earlier, T Later, string Path)> Collisions<T>(IReadOnlyList<T> routes, System.Func<T, HttpRouteSpec> spec)
    {
        var seen = new Dictionary<string, (T Route, string Path)>(System.StringComparer.Ordinal);
        foreach (var route in routes)
        {
            var httpMethod = spec(route).HttpMethod;
            foreach (var (shape, path) in Variants(spec(route).Template))
            {
                var key = httpMethod + " " + shape;
                if (seen.TryGetValue(key, out var earlier))
                {
                    yield return (earlier.Route, route, earlier.Path);
                    break;
                }
            }

            foreach (var (shape, path) in Variants(spec(route).Template))
            {
                var key = httpMethod + " " + shape;
                if (!seen.ContainsKey(key))
                {
                    seen[key] = (route, path);
                }
            }
        }
    }

    private static IEnumerable<HttpRouteSpec> WithoutCollisions(IEnumerable<HttpRouteSpec> ordered)
    {
        var routes = ordered.ToList();
        var later = new HashSet<HttpRouteSpec>(Collisions(routes, r => r).Select(c => c.Later));
        return routes.Where(r => !later.Contains(r));
    }

    /// <summary>Each path shape the template accepts (one per number of segments its optional parameters allow), with a readable path for it.</summary>
    public static IEnumerable<(string Shape, string Path)> Variants(RouteTemplate template)
    {
        var segments = template.Segments;
        // A catch-all is one shape (it takes any rest); optional parameters give one shape per count of segments.
        for (var count = template.HasCatchAll ? segments.Count : template.MinSegments; count <= segments.Count; count++)
        {
            var taken = segments.Take(count).ToList();
            yield return (
                string.Join("/", taken.Select(s => s.Shape)),
                "/" + string.Join("/", taken.Select(s => s.Kind switch
                {
                    RouteSegmentKind.Literal => s.Text,
                    RouteSegmentKind.CatchAll => "{*" + s.Text + "}",
                    _ => "{" + s.Text + "}",
                })));
        }
    }
}
