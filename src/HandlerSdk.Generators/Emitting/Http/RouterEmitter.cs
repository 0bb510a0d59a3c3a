using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HandlerSdk.Generators.Model.Http;
using HandlerSdk.Generators.Parsing;

namespace HandlerSdk.Generators.Emitting.Http;

/// <summary>
/// The router of one HTTP function: a static <c>Match</c> that walks the path's segments as spans (split once into a
/// stack-allocated array of ranges), compares literals by length, then (past two of a length) one telling character, then text, checks constraints with the
/// invariant culture, and answers the route index with the captured values as ranges into the path, or
/// <c>NotFound</c>, or <c>MethodNotAllowed</c> with the methods that do match the path. Literals and constraints see
/// each segment percent-decoded, as ASP.NET Core matches the decoded path (<c>%31%32</c> is an <c>int</c>); the path
/// is split on its own slashes first, so an encoded <c>%2F</c> never splits a segment. Nothing is allocated but the
/// <c>Allow</c> text of a 405 and, for a path with a <c>%</c>, its decoded segments.
/// </summary>
internal static class RouterEmitter
{
    /// <summary>The HTTP methods in the order of their bits and of the <c>Allow</c> list.</summary>
    private static readonly string[] Verbs = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    private const string Range = "global::System.Range";
    private const string Span = "global::System.MemoryExtensions";
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
    private const string Styles = "global::System.Globalization.NumberStyles";

    public static string ClassName(HttpFunctionSpec function) => "HttpRouter_" + TypeNames.Identifier(function.Name);

    public static string HintName(HttpFunctionSpec function) => ClassName(function) + ".Match.g.cs";

    public static string Emit(HttpFunctionSpec function)
    {
        var trie = RouteTrie.Build(function.Routes);
        var maxValues = function.Routes.Select(r => r.Template.Parameters.Count).DefaultIfEmpty(0).Max();
        var usedVerbs = Verbs.Where(v => function.Routes.Any(r => r.HttpMethod == v)).ToList();
        var constraints = function.Routes.SelectMany(r => r.Template.Parameters).SelectMany(p => p.Constraints).Select(c => c.Kind).ToList();

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
                EmitMatch(writer, trie);
                writer.Line();
                EmitVerb(writer, usedVerbs);
                writer.Line();
                EmitAllow(writer, usedVerbs);
                if (ChecksSegments(trie))
                {
                    EmitSegment(writer);
                }

                EmitConstraintHelpers(writer, constraints);
            }
        }

        return writer.ToString();
    }

    private static void EmitMatch(SourceWriter writer, RouteTrie trie)
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
            if (ChecksSegments(trie))
            {
                writer.Line("// One scan of the path: without a '%' (the common case) every segment is compared as it is.");
                writer.Line($"var encoded = {Span}.Contains(rest, '%');");
            }

            writer.Line("// One more range than the deepest route has segments: a longer path leaves its rest in the last one, for catch-alls.");
            writer.Line($"global::System.Span<{Range}> segments = stackalloc {Range}[{trie.MaxDepth + 1}];");
            writer.Line($"var count = rest.IsEmpty ? 0 : {Span}.Split(rest, segments, '/');");
            writer.Line("var allowed = 0;");
            EmitNode(writer, trie, 0);
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

    private static void EmitNode(SourceWriter writer, RouteTrie node, int depth)
    {
        if (node.Ends.Count > 0)
        {
            writer.Line($"if (count == {depth})");
            using (writer.Block())
            {
                EmitEnds(writer, node.Ends);
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
                    writer.Line($"switch ({segment}.Length)");
                    using (writer.Block())
                    {
                        foreach (var sameLength in node.Literals.GroupBy(l => l.Key.Length).OrderBy(g => g.Key))
                        {
                            writer.Line($"case {sameLength.Key}:");
                            using (writer.Indent())
                            {
                                EmitSameLength(writer, segment, [.. sameLength], depth);
                                writer.Line("break;");
                            }
                        }
                    }
                }

                foreach (var parameter in node.Parameters.Values)
                {
                    writer.Line($"if ({Condition(segment, parameter.Constraints.Items, nonEmpty: true)})");
                    using (writer.Block())
                    {
                        EmitNode(writer, parameter.Child, depth + 1);
                    }
                }
            }
        }

        // A catch-all here is reached with count >= depth: an empty rest is one it accepts.
        foreach (var catchAll in node.CatchAlls.Values)
        {
            if (catchAll.Constraints.Items.Count == 0)
            {
                EmitEnds(writer, catchAll.Ends);
                continue;
            }

            writer.Line("{");
            using (writer.Indent())
            {
                var tail = "tail" + depth.ToString(CultureInfo.InvariantCulture);
                writer.Line($"var {tail} = count > {depth} ? Segment(rest.Slice(segments[{depth}].Start.Value), encoded) : default;");
                writer.Line($"if ({Condition(tail, catchAll.Constraints.Items, nonEmpty: false)})");
                using (writer.Block())
                {
                    EmitEnds(writer, catchAll.Ends);
                }
            }

            writer.Line("}");
        }
    }

    /// <summary>The routes whose path ends here: the one of the request's method wins; otherwise their methods join <c>allowed</c>.</summary>
    /// <summary>
    /// The literals of one length. Past two of them, one character that tells them apart picks the candidate, so a
    /// match costs one comparison however many literals share the length (the router stays flat in its size).
    /// </summary>
    private static void EmitSameLength(SourceWriter writer, string segment, IReadOnlyList<KeyValuePair<string, RouteTrie>> literals, int depth)
    {
        if (literals.Count <= 2)
        {
            EmitLiterals(writer, segment, literals, depth);
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
                    EmitLiterals(writer, segment, [.. sameChar], depth);
                    writer.Line("break;");
                }
            }
        }
    }

    private static void EmitLiterals(SourceWriter writer, string segment, IEnumerable<KeyValuePair<string, RouteTrie>> literals, int depth)
    {
        foreach (var literal in literals)
        {
            writer.Line($"if ({Span}.SequenceEqual({segment}, {ValueCode.Literal(literal.Key)}))");
            using (writer.Block())
            {
                EmitNode(writer, literal.Value, depth + 1);
            }
        }
    }

    private static void EmitEnds(SourceWriter writer, List<RouteEnd> ends)
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
                            ? $"values[{capture.Slot}] = count > {at} ? new {Range}(start + segments[{at}].Start.Value, end) : new {Range}(end, end);"
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

        writer.Line($"allowed |= {byVerb.Aggregate(0, (mask, e) => mask | Bit(e.HttpMethod))};");
    }

    /// <summary>Whether any segment is compared at all: a literal, a parameter, or a constrained catch-all.</summary>
    private static bool ChecksSegments(RouteTrie node) =>
        node.Literals.Count > 0 || node.Parameters.Count > 0 || node.CatchAlls.Values.Any(c => c.Constraints.Items.Count > 0);

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

    private static void EmitAllow(SourceWriter writer, List<string> verbs)
    {
        writer.Line("private static string Allow(int allowed)");
        using (writer.Block())
        {
            writer.Line($"var methods = new global::System.Collections.Generic.List<string>({verbs.Count});");
            foreach (var verb in verbs)
            {
                writer.Line($"if ((allowed & {Bit(verb)}) != 0)");
                using (writer.Block())
                {
                    writer.Line($"methods.Add({ValueCode.Literal(verb)});");
                }
            }

            writer.Line("return string.Join(\", \", methods);");
        }
    }

    private static int Bit(string verb) => 1 << System.Array.IndexOf(Verbs, verb);

    private static string Condition(string value, Model.EquatableArray<RouteConstraint> constraints, bool nonEmpty)
    {
        var checks = new List<string>();
        if (nonEmpty)
        {
            checks.Add($"!{value}.IsEmpty");
        }

        foreach (var constraint in constraints)
        {
            var a = constraint.Arguments.Select(n => n.ToString(CultureInfo.InvariantCulture) + "L").ToList();
            var b = constraint.Arguments.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
            checks.Add(constraint.Kind switch
            {
                RouteConstraintKind.Int => $"int.TryParse({value}, {Styles}.Integer, {Invariant}, out _)",
                RouteConstraintKind.Long => $"long.TryParse({value}, {Styles}.Integer, {Invariant}, out _)",
                RouteConstraintKind.Bool => $"bool.TryParse({value}, out _)",
                RouteConstraintKind.Guid => $"global::System.Guid.TryParse({value}, out _)",
                RouteConstraintKind.Decimal => $"decimal.TryParse({value}, {Styles}.Number, {Invariant}, out _)",
                RouteConstraintKind.Double => $"double.TryParse({value}, {Styles}.Float | {Styles}.AllowThousands, {Invariant}, out _)",
                RouteConstraintKind.DateTime => $"global::System.DateTime.TryParse({value}, {Invariant}, global::System.Globalization.DateTimeStyles.None, out _)",
                RouteConstraintKind.Alpha => $"IsAlpha({value})",
                RouteConstraintKind.Min => $"InRange({value}, {a[0]}, long.MaxValue)",
                RouteConstraintKind.Max => $"InRange({value}, long.MinValue, {a[0]})",
                RouteConstraintKind.Range => $"InRange({value}, {a[0]}, {a[1]})",
                RouteConstraintKind.MinLength => $"{value}.Length >= {b[0]}",
                RouteConstraintKind.MaxLength => $"{value}.Length <= {b[0]}",
                RouteConstraintKind.Length when b.Count == 1 => $"{value}.Length == {b[0]}",
                RouteConstraintKind.Length => $"{value}.Length >= {b[0]} && {value}.Length <= {b[1]}",
                _ => throw new System.InvalidOperationException("Unknown constraint " + constraint.Kind),
            });
        }

        return checks.Count == 0 ? "true" : string.Join(" && ", checks);
    }

    private static void EmitConstraintHelpers(SourceWriter writer, List<RouteConstraintKind> used)
    {
        if (used.Contains(RouteConstraintKind.Alpha))
        {
            writer.Line();
            writer.Line("private static bool IsAlpha(global::System.ReadOnlySpan<char> value)");
            using (writer.Block())
            {
                writer.Line("foreach (var c in value)");
                using (writer.Block())
                {
                    writer.Line("if (!char.IsAsciiLetter(c))");
                    using (writer.Block())
                    {
                        writer.Line("return false;");
                    }
                }

                writer.Line();
                writer.Line("return true;");
            }
        }

        if (used.Any(k => k is RouteConstraintKind.Min or RouteConstraintKind.Max or RouteConstraintKind.Range))
        {
            writer.Line();
            writer.Line("private static bool InRange(global::System.ReadOnlySpan<char> value, long min, long max) =>");
            using (writer.Indent())
            {
                writer.Line($"long.TryParse(value, {Styles}.Integer, {Invariant}, out var number) && number >= min && number <= max;");
            }
        }
    }

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
