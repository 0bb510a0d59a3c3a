using System.Linq;
using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting;

/// <summary>
/// Enums as numbers (System.Text.Json's default) or as member names (JsonStringEnumConverter): names read
/// case-insensitively, numbers always accepted, [Flags] combinations written and read as "A, B".
/// </summary>
internal static class EnumSerializerEmitter
{
    public static void Emit(SourceWriter writer, EnumSpec spec, JsonOptionsSpec options)
    {
        var asString = spec.AsString || options.EnumsAsStrings;
        var reader = UnderlyingReader(spec.UnderlyingType);
        var unsigned = spec.UnderlyingType is "ulong" or "uint" or "ushort" or "byte";
        var numberCast = unsigned ? "ulong" : "long";

        writer.Line($"internal static {spec.Type} Read_{spec.Id}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            if (asString)
            {
                writer.Line($"if (reader.TokenType == {ValueCode.TokenType}.String) return Parse_{spec.Id}(reader.GetString()!);");
            }

            writer.Line($"return ({spec.Type}){ValueCode.Read}.{reader}(ref reader);");
        }

        writer.Line();
        writer.Line($"internal static void Write_{spec.Id}({ValueCode.Writer} writer, {spec.Type} value)");
        using (writer.Block())
        {
            if (asString)
            {
                writer.Line($"if (Name_{spec.Id}(value) is {{ }} __name) {{ writer.WriteStringValue(__name); return; }}");
            }

            writer.Line($"writer.WriteNumberValue(({numberCast})value);");
        }

        if (asString)
        {
            writer.Line();
            EmitNames(writer, spec, numberCast);
        }
    }

    /// <summary><c>Name_</c> (null when the value has no name) and <c>Parse_</c>, also used for dictionary keys.</summary>
    private static void EmitNames(SourceWriter writer, EnumSpec spec, string numberCast)
    {
        var distinct = spec.Members.GroupBy(m => m.Value).Select(g => g.First()).ToList();
        writer.Line($"internal static string? Name_{spec.Id}({spec.Type} value)");
        using (writer.Block())
        {
            writer.Line("switch (value)");
            using (writer.Block())
            {
                foreach (var member in distinct)
                {
                    writer.Line($"case {spec.Type}.{ValueCode.Identifier(member.Name)}: return {ValueCode.Literal(member.JsonNameOverride ?? member.Name)};");
                }
            }

            if (spec.IsFlags)
            {
                // Greedy from the largest flag down; names listed in ascending value, as Enum.ToString does.
                writer.Line($"var __remaining = ({numberCast})value;");
                writer.Line("var __names = new global::System.Collections.Generic.List<string>();");
                foreach (var member in distinct.OrderByDescending(m => m.Value, ValueOrder.Instance))
                {
                    writer.Line($"if (({numberCast}){spec.Type}.{ValueCode.Identifier(member.Name)} != 0 && (__remaining & ({numberCast}){spec.Type}.{ValueCode.Identifier(member.Name)}) == ({numberCast}){spec.Type}.{ValueCode.Identifier(member.Name)}) {{ __names.Insert(0, {ValueCode.Literal(member.JsonNameOverride ?? member.Name)}); __remaining &= ~({numberCast}){spec.Type}.{ValueCode.Identifier(member.Name)}; }}");
                }

                writer.Line("return __remaining == 0 && __names.Count > 0 ? string.Join(\", \", __names) : null;");
            }
            else
            {
                writer.Line("return null;");
            }
        }

        writer.Line();
        writer.Line($"internal static {spec.Type} Parse_{spec.Id}(string text)");
        using (writer.Block())
        {
            // Surrounding white space is allowed, as System.Text.Json's enum converter allows it.
            writer.Line($"if (TryParseName_{spec.Id}(text, out var __value) || TryParseName_{spec.Id}(text.Trim(), out __value)) return __value;");

            // Values without a name are written as their number (dictionary keys too), so numbers read back, in
            // the enum's own range: "300" is no value of a byte enum.
            writer.Line($"if ({spec.UnderlyingType}.TryParse(text, global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture, out var __number)) return ({spec.Type})__number;");

            // Comma-separated names combine, as Enum.TryParse (and with it System.Text.Json) allows for any enum.
            writer.Line($"{numberCast} __combined = 0;");
            writer.Line("var __any = false;");
            writer.Line("foreach (var __part in text.Split(','))");
            using (writer.Block())
            {
                writer.Line("var __name = __part.Trim();");
                writer.Line("if (__name.Length == 0) continue;");
                writer.Line($"if (!TryParseName_{spec.Id}(__name, out var __flag)) {{ __any = false; break; }}");
                writer.Line($"__combined |= ({numberCast})__flag;");
                writer.Line("__any = true;");
            }

            writer.Line($"if (__any) return ({spec.Type})__combined;");
            writer.Line($"throw new {ValueCode.Exception}($\"'{{text}}' is not a value of {ValueCode.Display(spec.Type)}.\");");
        }

        writer.Line();
        writer.Line($"private static bool TryParseName_{spec.Id}(string text, out {spec.Type} value)");
        using (writer.Block())
        {
            writer.Line("switch (text)");
            using (writer.Block())
            {
                foreach (var member in spec.Members)
                {
                    writer.Line($"case {ValueCode.Literal(member.JsonNameOverride ?? member.Name)}: value = {spec.Type}.{ValueCode.Identifier(member.Name)}; return true;");
                }
            }

            foreach (var member in spec.Members)
            {
                writer.Line($"if (string.Equals(text, {ValueCode.Literal(member.JsonNameOverride ?? member.Name)}, global::System.StringComparison.OrdinalIgnoreCase)) {{ value = {spec.Type}.{ValueCode.Identifier(member.Name)}; return true; }}");
            }

            writer.Line("value = default;");
            writer.Line("return false;");
        }
    }

    private static string UnderlyingReader(string type) => type switch
    {
        "byte" => "Byte",
        "sbyte" => "SByte",
        "short" => "Int16",
        "ushort" => "UInt16",
        "uint" => "UInt32",
        "long" => "Int64",
        "ulong" => "UInt64",
        _ => "Int32",
    };

    /// <summary>Orders enum literals numerically (they are C# literals with optional suffixes).</summary>
    private sealed class ValueOrder : System.Collections.Generic.IComparer<string>
    {
        public static readonly ValueOrder Instance = new();

        public int Compare(string? x, string? y) => Parse(x).CompareTo(Parse(y));

        private static decimal Parse(string? literal) =>
            decimal.Parse((literal ?? "0").TrimEnd('U', 'L'), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture);
    }
}
