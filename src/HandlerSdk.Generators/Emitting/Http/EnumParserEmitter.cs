using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Http;
using HandlerSdk.Generators.Parsing;

namespace HandlerSdk.Generators.Emitting.Http;

/// <summary>
/// One file per enum that HTTP routes bind from text: a <c>TryParse</c> the dispatch hands to <c>HttpBinding</c>, as a
/// switch over the members the generator saw, so nothing is looked up by reflection (it behaves the same trimmed and
/// AOT-compiled). It accepts what ASP.NET Core's model binding accepts: a member's name ignoring case (an exact match
/// first when two names differ only in case), or the number of a defined member; for a <c>[Flags]</c> enum,
/// comma-separated names and numbers whose bits are all defined. Anything else is not a value, so the request is a 400.
/// </summary>
internal static class EnumParserEmitter
{
    private const string Span = "global::System.MemoryExtensions";
    private const string IgnoreCase = "global::System.StringComparison.OrdinalIgnoreCase";
    private const string Ordinal = "global::System.StringComparison.Ordinal";
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
    private const string LeadingSign = "global::System.Globalization.NumberStyles.AllowLeadingSign";

    /// <summary>The enums the functions bind from text, each once.</summary>
    public static EquatableArray<HttpEnumSpec> Enums(IEnumerable<HttpFunctionSpec> functions) =>
        functions
            .SelectMany(f => f.Routes)
            .SelectMany(r => r.Dispatch?.Parameters ?? EquatableArray<HttpArgumentSpec>.Empty)
            .Select(a => a.Enum)
            .OfType<HttpEnumSpec>()
            .GroupBy(e => e.Type, System.StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(e => e.Type, System.StringComparer.Ordinal)
            .ToEquatableArray();

    public static string ClassName(HttpEnumSpec spec) => "HttpEnum_" + TypeNames.Identifier(spec.Type);

    public static string HintName(HttpEnumSpec spec) => ClassName(spec) + ".TryParse.g.cs";

    /// <summary>The parser as the dispatch passes it: a method group, cached as a static delegate by the compiler.</summary>
    public static string Parser(HttpEnumSpec spec) => $"global::{SerializerEmitter.Namespace}.{ClassName(spec)}.TryParse";

    public static string Emit(HttpEnumSpec spec)
    {
        var writer = SourceWriter.ForFile();
        writer.Line($"namespace {SerializerEmitter.Namespace}");
        using (writer.Block())
        {
            writer.Line($"/// <summary>Parses {Xml(spec.Type.Replace("global::", string.Empty))} from request text: {(spec.IsFlags ? "comma-separated names (ignoring case) or numbers of defined flags" : "a member's name (ignoring case) or a defined member's number")}.</summary>");
            writer.Line($"internal static class {ClassName(spec)}");
            using (writer.Block())
            {
                if (spec.IsFlags)
                {
                    EmitFlags(writer, spec);
                }
                else
                {
                    EmitSingle(writer, spec);
                }
            }
        }

        return writer.ToString();
    }

    private static void EmitSingle(SourceWriter writer, HttpEnumSpec spec)
    {
        writer.Line($"public static bool TryParse(global::System.ReadOnlySpan<char> text, out {spec.Type} value)");
        using (writer.Block())
        {
            writer.Line($"text = {Span}.Trim(text);");
            EmitNames(writer, spec, name => $"value = {spec.Type}.{ValueCode.Identifier(name.Name)};");
            var defined = spec.Members.Select(m => m.Value).Distinct().ToList();
            if (defined.Count > 0)
            {
                writer.Line($"if ({spec.UnderlyingType}.TryParse(text, {LeadingSign}, {Invariant}, out var number) && number is {string.Join(" or ", defined)})");
                using (writer.Block())
                {
                    writer.Line($"value = ({spec.Type})number;");
                    writer.Line("return true;");
                }

                writer.Line();
            }

            writer.Line("value = default;");
            writer.Line("return false;");
        }
    }

    private static void EmitFlags(SourceWriter writer, HttpEnumSpec spec)
    {
        var all = spec.Members.Count == 0 ? "0" : string.Join(" | ", spec.Members.Select(m => m.Value).Distinct());
        writer.Line($"public static bool TryParse(global::System.ReadOnlySpan<char> text, out {spec.Type} value)");
        using (writer.Block())
        {
            writer.Line("value = default;");
            writer.Line($"{spec.UnderlyingType} bits = 0;");
            writer.Line($"foreach (var part in {Span}.Split(text, ','))");
            using (writer.Block())
            {
                writer.Line("if (!TryParseOne(text[part], out var one))");
                using (writer.Block())
                {
                    writer.Line("return false;");
                }

                writer.Line();
                writer.Line("bits |= one;");
            }

            writer.Line();
            writer.Line("// A bit no member defines makes the number no value of the enum.");
            writer.Line($"if ((bits | ({spec.UnderlyingType})({all})) != ({spec.UnderlyingType})({all}))");
            using (writer.Block())
            {
                writer.Line("return false;");
            }

            writer.Line();
            writer.Line($"value = ({spec.Type})bits;");
            writer.Line("return true;");
        }

        writer.Line();
        writer.Line($"private static bool TryParseOne(global::System.ReadOnlySpan<char> text, out {spec.UnderlyingType} bits)");
        using (writer.Block())
        {
            writer.Line($"text = {Span}.Trim(text);");
            EmitNames(writer, spec, name => $"bits = unchecked(({spec.UnderlyingType})({name.Value}));");
            writer.Line($"return {spec.UnderlyingType}.TryParse(text, {LeadingSign}, {Invariant}, out bits);");
        }
    }

    /// <summary>One check per name: names that differ from another only in case are compared exactly first.</summary>
    private static void EmitNames(SourceWriter writer, HttpEnumSpec spec, System.Func<HttpEnumMember, string> assign)
    {
        var clashing = spec.Members
            .GroupBy(m => m.Name, System.StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g)
            .ToList();
        foreach (var (member, comparison) in clashing.Select(m => (m, Ordinal)).Concat(spec.Members.Select(m => (m, IgnoreCase))))
        {
            writer.Line($"if ({Span}.Equals(text, {ValueCode.Literal(member.Name)}, {comparison}))");
            using (writer.Block())
            {
                writer.Line(assign(member));
                writer.Line("return true;");
            }
        }

        writer.Line();
    }

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
