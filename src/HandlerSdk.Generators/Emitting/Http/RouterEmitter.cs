using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HandlerSdk.Generators.Model.Http;
using HandlerSdk.Generators.Parsing;

namespace HandlerSdk.Generators.Emitting.Http;

/// <summary>
/// The router of one HTTP function: a static <c>Match</c> that splits the path once into a stack-allocated array of
/// segment ranges, then walks the route tree. Literals are picked by length, then (among two or more of a length) one
/// telling character, then one text comparison; each first-segment literal (and each literal among siblings deeper
/// down) has a method of its own, taking the request's locals as arguments, so a match runs only its own subtree's code
/// and <c>Match</c> stays the same small method whatever the number of routes. Constraints come from <see cref="RouteConstraintEmitter"/>. The answer is the
/// route index with the captured values as ranges into the path, or <c>NotFound</c>, or <c>MethodNotAllowed</c> with
/// the <c>Allow</c> text, a constant for each set of methods a path can allow. Literals and constraints see each
/// segment percent-decoded, as ASP.NET Core matches the decoded path (<c>%31%32</c> is an <c>int</c>); the path is
/// split on its own slashes first, so an encoded <c>%2F</c> never splits a segment. Nothing is allocated but, for a
/// path with a <c>%</c>, its decoded segments.
/// </summary>
internal static class RouterEmitter
{
    /// <summary>The HTTP methods in the order of their bits and of the <c>Allow</c> list.</summary>
    private static readonly string[] Verbs = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    private const string Range = "global::System.Range";
    private const string Span = "global::System.MemoryExtensions";

    /// <summary>
    /// What a subtree method takes: the request as <c>Match</c> holds it in locals, passed as arguments (a struct shared
    /// by reference cost every match its zeroing and a load per use, ~25 % of a hit, measured natively).
    /// </summary>
    private const string SubtreeParameters =
        "global::System.ReadOnlySpan<char> rest, global::System.ReadOnlySpan<global::System.Range> segments, global::System.Span<global::System.Range> values, int count, int start, int verb, bool encoded, ref int allowed";

    private const string SubtreeArguments = "rest, segments, values, count, start, verb, encoded, ref allowed";

    /// <summary>A parameter segment on the way to a subtree, as its name and summary show it.</summary>
    private const string ParameterStep = "{}";

    public static string ClassName(HttpFunctionSpec function) => "HttpRouter_" + TypeNames.Identifier(function.Name);

    public static string HintName(HttpFunctionSpec function) => ClassName(function) + ".Match.g.cs";

    public static string Emit(HttpFunctionSpec function)
    {
        var trie = RouteTrie.Build(function.Routes);
        var maxValues = function.Routes.Select(r => r.Template.Parameters.Count).DefaultIfEmpty(0).Max();
        var usedVerbs = Verbs.Where(v => function.Routes.Any(r => r.HttpMethod == v)).ToList();
        var constraints = function.Routes.SelectMany(r => r.Template.Parameters).SelectMany(p => p.Constraints).Select(c => c.Kind).Distinct().ToList();
        var state = new EmitState(ChecksSegments(trie));

        var writer = SourceWriter.ForFile();
        writer.Line($"namespace {SerializerEmitter.Namespace}");
        using (writer.Block())
        {
            writer.Line($"/// <summary>The router of HTTP function {Xml(function.Name)}, generated from its routes:</summary>");
            writer.Line("/// <remarks><list type=\"number\">");
            for (var i = 0; i < function.Routes.Count; i++)
            {
                var route = function.Routes[i];
                writer.Line($"/// <item>{i}: {Xml(route.HttpMethod + " " + route.Template.Text)} ({Xml(route.MethodDisplay)})</item>");
            }

            writer.Line("/// </list></remarks>");
            writer.Line($"internal static class {ClassName(function)}");
            using (writer.Block())
            {
                writer.Line("/// <summary>No route matches the path: answer 404.</summary>");
                writer.Line("public const int NotFound = -1;");
                writer.Line();
                writer.Line("/// <summary>Routes match the path, none the method: answer 405 with the <c>Allow</c> list.</summary>");
                writer.Line("public const int MethodNotAllowed = -2;");
                writer.Line();
                writer.Line("/// <summary>The length <c>Match</c> needs of its values span: the most parameters of one route.</summary>");
                writer.Line($"public const int MaxValues = {maxValues};");
                writer.Line();
                writer.Line("/// <summary>An optional route value the path left out.</summary>");
                writer.Line($"public static bool IsMissing({Range} value) => value.Start.Equals(global::System.Index.End);");
                writer.Line();
                EmitMatch(writer, trie, state);
                while (state.Pending.Count > 0)
                {
                    writer.Line();
                    EmitSubtree(writer, state.Pending.Dequeue(), state);
                }

                writer.Line();
                EmitVerb(writer, usedVerbs);
                writer.Line();
                EmitAllow(writer, state.Masks);
                if (state.ChecksSegments)
                {
                    EmitSegment(writer);
                }

                RouteConstraintEmitter.EmitHelpers(writer, constraints);
            }
        }

        return writer.ToString();
    }

    private static void EmitMatch(SourceWriter writer, RouteTrie trie, EmitState state)
    {
        writer.Line("/// <summary>");
        writer.Line("/// Matches a request: returns the route's index with its values (in template order, as ranges into");
        writer.Line("/// <paramref name=\"path\"/>, still percent-encoded) in <paramref name=\"values\"/>, or <see cref=\"NotFound\"/>, or");
        writer.Line("/// <see cref=\"MethodNotAllowed\"/> with <paramref name=\"allow\"/> set. One trailing slash is ignored.");
        writer.Line("/// </summary>");
        writer.Line($"public static int Match(global::System.ReadOnlySpan<char> method, global::System.ReadOnlySpan<char> path, global::System.Span<{Range}> values, out string? allow)");
        using (writer.Block())
        {
            writer.Line("allow = null;");
            writer.Line("var verb = Verb(method);");
            writer.Line("var start = path.Length > 0 && path[0] == '/' ? 1 : 0;");
            writer.Line("var end = path.Length > start && path[path.Length - 1] == '/' ? path.Length - 1 : path.Length;");
            writer.Line("var rest = path.Slice(start, end - start);");
            if (state.ChecksSegments)
            {
                writer.Line("// One scan of the path: without a '%' (the common case) every segment is compared as it is.");
                writer.Line($"var encoded = {Span}.Contains(rest, '%');");
            }

            writer.Line("// One more range than the deepest route has segments: a longer path leaves its rest in the last one, for catch-alls.");
            writer.Line($"global::System.Span<{Range}> segments = stackalloc {Range}[{trie.MaxDepth + 1}];");
            writer.Line($"var count = rest.IsEmpty ? 0 : {Span}.Split(rest, segments, '/');");
            writer.Line("var allowed = 0;");
            EmitNode(writer, trie, 0, [], state);
            writer.Line("if (allowed != 0)");
            using (writer.Block())
            {
                writer.Line("allow = Allow(allowed);");
                writer.Line("return MethodNotAllowed;");
            }

            writer.Line();
            writer.Line("return NotFound;");
        }
    }

    /// <summary>A literal's subtree as a method of its own: the route it reaches, or <c>NotFound</c> to let the caller try the next candidate.</summary>
    private static void EmitSubtree(SourceWriter writer, Subtree subtree, EmitState state)
    {
        writer.Line($"/// <summary>The routes under <c>/{Xml(string.Join("/", subtree.Literals))}</c>.</summary>");
        writer.Line($"private static int {subtree.Name}({SubtreeParameters})");
        using (writer.Block())
        {
            EmitNode(writer, subtree.Node, subtree.Literals.Count, subtree.Literals, state);
            writer.Line("return NotFound;");
        }
    }

    private static void EmitNode(SourceWriter writer, RouteTrie node, int depth, IReadOnlyList<string> literalPath, EmitState state)
    {
        if (node.Ends.Count > 0)
        {
            writer.Line($"if (count == {depth})");
            using (writer.Block())
            {
                EmitEnds(writer, node.Ends, state);
            }
        }

        if (node.Literals.Count > 0 || node.Parameters.Count > 0)
        {
            var segment = "segment" + depth.ToString(CultureInfo.InvariantCulture);
            writer.Line($"if (count > {depth})");
            using (writer.Block())
            {
                writer.Line($"var {segment} = Segment(rest[segments[{depth}]], encoded);");
                if (node.Literals.Count > 0)
                {
                    var split = depth == 0 || node.Literals.Count > 1;
                    writer.Line($"switch ({segment}.Length)");
                    using (writer.Block())
                    {
                        foreach (var sameLength in node.Literals.GroupBy(l => l.Key.Length).OrderBy(g => g.Key))
                        {
                            writer.Line($"case {sameLength.Key}:");
                            using (writer.Indent())
                            {
                                EmitSameLength(writer, segment, [.. sameLength], depth, literalPath, split, state);
                                writer.Line("break;");
                            }
                        }
                    }
                }

                foreach (var parameter in node.Parameters.Values)
                {
                    writer.Line($"if ({RouteConstraintEmitter.Condition(segment, parameter.Constraints.Items, nonEmpty: true)})");
                    using (writer.Block())
                    {
                        EmitNode(writer, parameter.Child, depth + 1, [.. literalPath, ParameterStep], state);
                    }
                }
            }
        }

        // A catch-all here is reached with count >= depth: an empty rest is one it accepts.
        foreach (var catchAll in node.CatchAlls.Values)
        {
            if (catchAll.Constraints.Items.Count == 0)
            {
                EmitEnds(writer, catchAll.Ends, state);
                continue;
            }

            writer.Line("{");
            using (writer.Indent())
            {
                var tail = "tail" + depth.ToString(CultureInfo.InvariantCulture);
                writer.Line($"var {tail} = count > {depth} ? Segment(rest.Slice(segments[{depth}].Start.Value), encoded) : default;");
                writer.Line($"if ({RouteConstraintEmitter.Condition(tail, catchAll.Constraints.Items, nonEmpty: false)})");
                using (writer.Block())
                {
                    EmitEnds(writer, catchAll.Ends, state);
                }
            }

            writer.Line("}");
        }
    }

    /// <summary>
    /// The literals of one length. Past one of them, one character that tells them apart picks the candidate, so a
    /// match or a miss costs at most one text comparison however many literals share the length.
    /// </summary>
    private static void EmitSameLength(SourceWriter writer, string segment, IReadOnlyList<KeyValuePair<string, RouteTrie>> literals, int depth, IReadOnlyList<string> literalPath, bool split, EmitState state)
    {
        if (literals.Count == 1)
        {
            EmitLiterals(writer, segment, literals, depth, literalPath, split, state);
            return;
        }

        var length = literals[0].Key.Length;
        var index = Enumerable.Range(0, length).OrderByDescending(i => literals.Select(l => l.Key[i]).Distinct().Count()).ThenBy(i => i).First();
        writer.Line($"switch ({segment}[{index.ToString(CultureInfo.InvariantCulture)}])");
        using (writer.Block())
        {
            foreach (var sameChar in literals.GroupBy(l => l.Key[index]).OrderBy(g => g.Key))
            {
                writer.Line($"case {Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(sameChar.Key, quote: true)}:");
                using (writer.Indent())
                {
                    EmitLiterals(writer, segment, [.. sameChar], depth, literalPath, split, state);
                    writer.Line("break;");
                }
            }
        }
    }

    private static void EmitLiterals(SourceWriter writer, string segment, IEnumerable<KeyValuePair<string, RouteTrie>> literals, int depth, IReadOnlyList<string> literalPath, bool split, EmitState state)
    {
        foreach (var literal in literals)
        {
            writer.Line($"if ({Span}.SequenceEqual({segment}, {ValueCode.Literal(literal.Key)}))");
            using (writer.Block())
            {
                IReadOnlyList<string> path = [.. literalPath, literal.Key];
                if (split && HasChildren(literal.Value))
                {
                    var name = state.Enqueue(literal.Value, path);
                    var route = "route" + depth.ToString(CultureInfo.InvariantCulture);
                    writer.Line($"var {route} = {name}({SubtreeArguments});");
                    writer.Line($"if ({route} >= 0)");
                    using (writer.Block())
                    {
                        writer.Line($"return {route};");
                    }
                }
                else
                {
                    EmitNode(writer, literal.Value, depth + 1, path, state);
                }
            }
        }
    }

    /// <summary>The routes whose path ends here: the one of the request's method wins; otherwise their methods join <c>Allowed</c>.</summary>
    private static void EmitEnds(SourceWriter writer, List<RouteEnd> ends, EmitState state)
    {
        var byVerb = ends.GroupBy(e => e.HttpMethod).Select(g => g.First()).OrderBy(e => System.Array.IndexOf(Verbs, e.HttpMethod)).ToList();
        writer.Line("switch (verb)");
        using (writer.Block())
        {
            foreach (var end in byVerb)
            {
                writer.Line($"case {Bit(end.HttpMethod)}:");
                using (writer.Indent())
                {
                    foreach (var capture in end.Captures)
                    {
                        var at = capture.Depth.ToString(CultureInfo.InvariantCulture);
                        writer.Line(capture.Rest
                            ? $"values[{capture.Slot}] = count > {at} ? new {Range}(start + segments[{at}].Start.Value, start + rest.Length) : new {Range}(start + rest.Length, start + rest.Length);"
                            : $"values[{capture.Slot}] = new {Range}(start + segments[{at}].Start.Value, start + segments[{at}].End.Value);");
                    }

                    foreach (var slot in end.Missing)
                    {
                        writer.Line($"values[{slot}] = new {Range}(global::System.Index.End, global::System.Index.End);");
                    }

                    writer.Line($"return {end.Route};");
                }
            }
        }

        var mask = byVerb.Aggregate(0, (m, e) => m | Bit(e.HttpMethod));
        state.Masks.Add(mask);
        writer.Line($"allowed |= {mask};");
    }

    /// <summary>Whether any segment is compared at all: a literal, a parameter, or a constrained catch-all.</summary>
    private static bool ChecksSegments(RouteTrie node) =>
        node.Literals.Count > 0 || node.Parameters.Count > 0 || node.CatchAlls.Values.Any(c => c.Constraints.Items.Count > 0);

    /// <summary>Whether a node goes on past its own ends (a method of its own pays off only then).</summary>
    private static bool HasChildren(RouteTrie node) => node.Literals.Count > 0 || node.Parameters.Count > 0 || node.CatchAlls.Count > 0;

    private static void EmitSegment(SourceWriter writer)
    {
        writer.Line();
        writer.Line("/// <summary>A segment as literals and constraints see it: percent-decoded (a string only when it has a '%').</summary>");
        writer.Line("private static global::System.ReadOnlySpan<char> Segment(global::System.ReadOnlySpan<char> raw, bool encoded) =>");
        using (writer.Indent())
        {
            writer.Line($"encoded && {Span}.Contains(raw, '%') ? {Span}.AsSpan(global::HandlerSdk.Http.HttpBinding.DecodeRouteValue(raw)) : raw;");
        }
    }

    private static void EmitVerb(SourceWriter writer, List<string> verbs)
    {
        writer.Line("private static int Verb(global::System.ReadOnlySpan<char> method) => method switch");
        using (writer.Block(";"))
        {
            foreach (var verb in verbs)
            {
                writer.Line($"{ValueCode.Literal(verb)} => {Bit(verb)},");
            }

            writer.Line("_ => 0,");
        }
    }

    /// <summary>
    /// The <c>Allow</c> text of every set of methods a path can allow (each place routes end, and their unions when a
    /// path reaches more than one), as constants: a 405 allocates nothing.
    /// </summary>
    private static void EmitAllow(SourceWriter writer, HashSet<int> masks)
    {
        var all = new SortedSet<int>(masks);
        var grown = true;
        while (grown)
        {
            grown = false;
            foreach (var a in all.ToList())
            {
                foreach (var b in masks)
                {
                    grown |= all.Add(a | b);
                }
            }
        }

        writer.Line("private static string Allow(int allowed) => allowed switch");
        using (writer.Block(";"))
        {
            foreach (var mask in all)
            {
                var text = string.Join(", ", Verbs.Where(v => (mask & Bit(v)) != 0));
                writer.Line($"{mask} => {ValueCode.Literal(text)},");
            }

            writer.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(allowed)),");
        }
    }

    private static int Bit(string verb) => 1 << System.Array.IndexOf(Verbs, verb);

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A subtree waiting for its method: the node, the literals that lead to it, and the method's name.</summary>
    private sealed record Subtree(string Name, RouteTrie Node, IReadOnlyList<string> Literals);

    /// <summary>What emitting one router collects: subtree methods still to write, their names, and the <c>Allow</c> masks seen.</summary>
    private sealed class EmitState(bool checksSegments)
    {
        private readonly HashSet<string> _names = new(System.StringComparer.Ordinal);

        public bool ChecksSegments { get; } = checksSegments;

        public Queue<Subtree> Pending { get; } = new();

        public HashSet<int> Masks { get; } = [];

        public string Enqueue(RouteTrie node, IReadOnlyList<string> literals)
        {
            var name = new StringBuilder("Match");
            foreach (var literal in literals)
            {
                name.Append('_');
                if (literal == ParameterStep)
                {
                    name.Append("Value");
                    continue;
                }

                foreach (var c in literal)
                {
                    name.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '_');
                }
            }

            var unique = name.ToString();
            for (var n = 2; !_names.Add(unique); n++)
            {
                unique = name.ToString() + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            Pending.Enqueue(new Subtree(unique, node, literals));
            return unique;
        }
    }
}
