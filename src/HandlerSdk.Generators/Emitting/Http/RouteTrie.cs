using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Generators.Model.Http;

namespace HandlerSdk.Generators.Emitting.Http;

/// <summary>
/// The routes of one function as a tree of path segments, the shape of the generated router: at each depth the
/// literals (compared by length, then text), then the parameters (constrained before plain), then the catch-alls.
/// A branch that fails deeper falls through to the next one, which is how <c>/orders/new/x</c> can still reach
/// <c>/orders/{id}/x</c>. Built at generation time only; the emitted code holds no tree.
/// </summary>
internal sealed class RouteTrie
{
    private RouteTrie()
    {
    }

    /// <summary>Literal children by text, in ordinal order.</summary>
    public SortedDictionary<string, RouteTrie> Literals { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Parameter children by constraint set (empty for none); constrained ones are tried first.</summary>
    public SortedDictionary<string, (EquatableConstraints Constraints, RouteTrie Child)> Parameters { get; } = new(ParameterOrder.Instance);

    /// <summary>Routes whose path ends here, with how each fills its values.</summary>
    public List<RouteEnd> Ends { get; } = [];

    /// <summary>Catch-alls that start at this depth, by constraint set, each with the routes it ends.</summary>
    public SortedDictionary<string, (EquatableConstraints Constraints, List<RouteEnd> Ends)> CatchAlls { get; } = new(ParameterOrder.Instance);

    /// <summary>The most non-catch-all segments any route has: the depth below which the path need not be split.</summary>
    public int MaxDepth { get; private set; }

    public static RouteTrie Build(IReadOnlyList<HttpRouteSpec> routes)
    {
        var root = new RouteTrie();
        for (var index = 0; index < routes.Count; index++)
        {
            var template = routes[index].Template;
            var segments = template.Segments;
            var fixedCount = template.HasCatchAll ? segments.Count - 1 : segments.Count;
            root.MaxDepth = System.Math.Max(root.MaxDepth, fixedCount);
            var first = template.HasCatchAll ? fixedCount : template.MinSegments;
            for (var count = first; count <= fixedCount; count++)
            {
                var node = root;
                var captures = new List<Capture>();
                for (var depth = 0; depth < count; depth++)
                {
                    var segment = segments[depth];
                    if (segment.Kind == RouteSegmentKind.Literal)
                    {
                        node = node.Literals.TryGetValue(segment.Text, out var literal) ? literal : node.Literals[segment.Text] = new RouteTrie();
                        continue;
                    }

                    captures.Add(new Capture(depth, Slot(template, segment), false));
                    node = node.Child(segment);
                }

                // Optional parameters the path left out are marked missing, so the dispatch can tell them from empty.
                var missing = template.HasCatchAll ? [] : template.Parameters.Skip(captures.Count).Select(p => Slot(template, p)).ToList();
                var end = new RouteEnd(index, routes[index].HttpMethod, captures, missing);
                if (template.HasCatchAll)
                {
                    var catchAll = segments[segments.Count - 1];
                    var key = Key(catchAll);
                    if (!node.CatchAlls.TryGetValue(key, out var entry))
                    {
                        entry = node.CatchAlls[key] = (new EquatableConstraints(catchAll.Constraints), []);
                    }

                    captures.Add(new Capture(count, Slot(template, catchAll), true));
                    entry.Ends.Add(end);
                }
                else
                {
                    node.Ends.Add(end);
                }
            }
        }

        return root;
    }

    private RouteTrie Child(RouteSegment parameter)
    {
        var key = Key(parameter);
        if (!Parameters.TryGetValue(key, out var entry))
        {
            entry = Parameters[key] = (new EquatableConstraints(parameter.Constraints), new RouteTrie());
        }

        return entry.Child;
    }

    private static int Slot(RouteTemplate template, RouteSegment parameter) => template.Parameters.ToList().IndexOf(parameter);

    private static string Key(RouteSegment segment) =>
        string.Join(":", segment.Constraints.Select(c => c.ToString()).OrderBy(c => c, System.StringComparer.Ordinal));

    /// <summary>Constrained parameters (non-empty keys) first, in ordinal order; the plain one last.</summary>
    private sealed class ParameterOrder : IComparer<string>
    {
        public static readonly ParameterOrder Instance = new();

        public int Compare(string? x, string? y) =>
            (x?.Length == 0) != (y?.Length == 0) ? (x?.Length == 0 ? 1 : -1) : string.CompareOrdinal(x, y);
    }
}

/// <summary>A constraint list held by a trie node.</summary>
internal sealed record EquatableConstraints(Model.EquatableArray<RouteConstraint> Items);

/// <summary>A value the route captures: the segment at <paramref name="Depth"/> (a catch-all: the rest from there) into slot <paramref name="Slot"/>.</summary>
internal sealed record Capture(int Depth, int Slot, bool Rest);

/// <summary>A route that matches when the path ends at a trie node (or its catch-all), and how it fills the values.</summary>
internal sealed record RouteEnd(int Route, string HttpMethod, List<Capture> Captures, List<int> Missing);
