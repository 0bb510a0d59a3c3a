using System.Collections.Generic;
using System.Linq;
using System.Text;
using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting;

/// <summary>
/// Enums as numbers (System.Text.Json's default) or as member names (JsonStringEnumConverter): names read
/// case-insensitively, numbers always accepted, [Flags] combinations written and read as "A, B".
/// </summary>
internal static class EnumSerializerEmitter
{
    public static void Emit(SourceWriter writer, EnumSpec spec, ValueCode code, JsonOptionsSpec options)
    {
        var asString = spec.AsString || options.EnumsAsStrings;
        var reader = UnderlyingReader(spec.UnderlyingType);
        var unsigned = spec.UnderlyingType is "ulong" or "uint" or "ushort" or "byte";
        var numberCast = unsigned ? "ulong" : "long";
        var name = code.Name(spec.Id);
        var distinct = spec.Members.GroupBy(m => m.Value).Select(g => g.First()).ToList();

        if (asString)
        {
            foreach (var member in distinct)
            {
                writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {SerializerNames.EnumMemberField(name, member.Name)} = global::System.Text.Json.JsonEncodedText.Encode({ValueCode.Literal(JsonName(member))});");
            }

            writer.Line();
        }

        SerializerDocs.Reader(writer, spec.Type);
        writer.Line($"internal static {spec.Type} {SerializerNames.Read(name)}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            if (asString)
            {
                // Names are matched on the payload's UTF-8 bytes, as property names are; anything else (escapes, white
                // space, numbers, flag combinations) takes the full parse of the string.
                writer.Line($"if (reader.TokenType == {ValueCode.TokenType}.String)");
                using (writer.Block())
                {
                    writer.Line($"if (!reader.ValueIsEscaped && !reader.HasValueSequence && {SerializerNames.TryParseName(name)}(reader.ValueSpan, out var __value)) return __value;");
                    writer.Line($"return {SerializerNames.Parse(name)}(reader.GetString()!);");
                }
            }

            writer.Line($"return ({spec.Type}){ValueCode.Read}.{reader}(ref reader);");
        }

        writer.Line();
        SerializerDocs.Writer(writer, spec.Type);
        writer.Line($"internal static void {SerializerNames.Write(name)}({ValueCode.Writer} writer, {spec.Type} value)");
        using (writer.Block())
        {
            if (asString)
            {
                if (distinct.Count > 0)
                {
                    writer.Line("switch (value)");
                    using (writer.Block())
                    {
                        foreach (var member in distinct)
                        {
                            writer.Line($"case {spec.Type}.{ValueCode.Identifier(member.Name)}: writer.WriteStringValue({SerializerNames.EnumMemberField(name, member.Name)}); return;");
                        }
                    }
                }

                if (spec.IsFlags)
                {
                    writer.Line($"if ({SerializerNames.NameOf(name)}(value) is {{ }} __name) {{ writer.WriteStringValue(__name); return; }}");
                }
            }

            writer.Line($"writer.WriteNumberValue(({numberCast})value);");
        }

        if (asString)
        {
            writer.Line();
            EmitNames(writer, spec, name, distinct, numberCast);
            writer.Line();
            EmitUtf8Matcher(writer, spec, name);
        }
    }

    private static string JsonName(EnumMemberSpec member) => member.JsonNameOverride ?? member.Name;

    /// <summary>The name of a value (null when it has none) and the value of a name or number, also used for dictionary keys.</summary>
    private static void EmitNames(SourceWriter writer, EnumSpec spec, string name, List<EnumMemberSpec> distinct, string numberCast)
    {
        SerializerDocs.Summary(writer, $"The JSON name of a {SerializerDocs.Code(spec.Type)} value, or null for a value without one.");
        writer.Line($"internal static string? {SerializerNames.NameOf(name)}({spec.Type} value)");
        using (writer.Block())
        {
            writer.Line("switch (value)");
            using (writer.Block())
            {
                foreach (var member in distinct)
                {
                    writer.Line($"case {spec.Type}.{ValueCode.Identifier(member.Name)}: return {ValueCode.Literal(JsonName(member))};");
                }
            }

            if (spec.IsFlags)
            {
                // Greedy from the largest flag down; names listed in ascending value, as Enum.ToString does.
                writer.Line($"var __remaining = ({numberCast})value;");
                writer.Line("var __names = new global::System.Collections.Generic.List<string>();");
                foreach (var member in distinct.OrderByDescending(m => m.Value, ValueOrder.Instance))
                {
                    writer.Line($"if (({numberCast}){spec.Type}.{ValueCode.Identifier(member.Name)} != 0 && (__remaining & ({numberCast}){spec.Type}.{ValueCode.Identifier(member.Name)}) == ({numberCast}){spec.Type}.{ValueCode.Identifier(member.Name)}) {{ __names.Insert(0, {ValueCode.Literal(JsonName(member))}); __remaining &= ~({numberCast}){spec.Type}.{ValueCode.Identifier(member.Name)}; }}");
                }

                writer.Line("return __remaining == 0 && __names.Count > 0 ? string.Join(\", \", __names) : null;");
            }
            else
            {
                writer.Line("return null;");
            }
        }

        writer.Line();
        SerializerDocs.Summary(writer, $"The {SerializerDocs.Code(spec.Type)} value of a name, names separated by commas, or number.");
        writer.Line($"internal static {spec.Type} {SerializerNames.Parse(name)}(string text)");
        using (writer.Block())
        {
            // Surrounding white space is allowed, as System.Text.Json's enum converter allows it.
            writer.Line($"if ({SerializerNames.TryParseName(name)}(text, out var __value) || {SerializerNames.TryParseName(name)}(text.Trim(), out __value)) return __value;");

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
                writer.Line($"if (!{SerializerNames.TryParseName(name)}(__name, out var __flag)) {{ __any = false; break; }}");
                writer.Line($"__combined |= ({numberCast})__flag;");
                writer.Line("__any = true;");
            }

            writer.Line($"if (__any) return ({spec.Type})__combined;");
            writer.Line($"throw new {ValueCode.Exception}($\"'{{text}}' is not a value of {ValueCode.Display(spec.Type)}.\");");
        }

        writer.Line();
        writer.Line($"private static bool {SerializerNames.TryParseName(name)}(string text, out {spec.Type} value)");
        using (writer.Block())
        {
            writer.Line("switch (text)");
            using (writer.Block())
            {
                foreach (var member in spec.Members)
                {
                    writer.Line($"case {ValueCode.Literal(JsonName(member))}: value = {spec.Type}.{ValueCode.Identifier(member.Name)}; return true;");
                }
            }

            foreach (var member in spec.Members)
            {
                writer.Line($"if (string.Equals(text, {ValueCode.Literal(JsonName(member))}, global::System.StringComparison.OrdinalIgnoreCase)) {{ value = {spec.Type}.{ValueCode.Identifier(member.Name)}; return true; }}");
            }

            writer.Line("value = default;");
            writer.Line("return false;");
        }
    }

    /// <summary>
    /// A name from the payload's UTF-8 bytes, unescaped and in one span: exactly by length first, then ignoring case as
    /// the string overload does. Names with non-ASCII letters leave ignoring case to the string overload (which folds
    /// case beyond ASCII), so this one only ignores it when every name is ASCII: false then means "not decided here".
    /// </summary>
    private static void EmitUtf8Matcher(SourceWriter writer, EnumSpec spec, string name)
    {
        writer.Line($"private static bool {SerializerNames.TryParseName(name)}(global::System.ReadOnlySpan<byte> text, out {spec.Type} value)");
        using (writer.Block())
        {
            var byLength = spec.Members.GroupBy(m => Encoding.UTF8.GetByteCount(JsonName(m))).OrderBy(g => g.Key).ToList();
            EmitLengthSwitch(writer, spec, byLength, "global::System.MemoryExtensions.SequenceEqual(text, {0})");
            if (spec.Members.All(m => JsonName(m).All(c => c <= '\u007f')))
            {
                EmitLengthSwitch(writer, spec, byLength, "global::System.Text.Ascii.EqualsIgnoreCase(text, {0})");
            }

            writer.Line("value = default;");
            writer.Line("return false;");
        }
    }

    private static void EmitLengthSwitch(SourceWriter writer, EnumSpec spec, List<IGrouping<int, EnumMemberSpec>> byLength, string compare)
    {
        if (byLength.Count == 0)
        {
            return;
        }

        writer.Line("switch (text.Length)");
        using (writer.Block())
        {
            foreach (var group in byLength)
            {
                writer.Line($"case {group.Key}:");
                using (writer.Indent())
                {
                    foreach (var member in group)
                    {
                        var test = string.Format(System.Globalization.CultureInfo.InvariantCulture, compare, ValueCode.Utf8Literal(JsonName(member)));
                        writer.Line($"if ({test}) {{ value = {spec.Type}.{ValueCode.Identifier(member.Name)}; return true; }}");
                    }

                    writer.Line("break;");
                }
            }
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
