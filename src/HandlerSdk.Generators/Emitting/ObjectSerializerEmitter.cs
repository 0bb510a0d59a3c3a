using System.Collections.Generic;
using System.Linq;
using System.Text;
using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting;

/// <summary>Readers and writers of classes, records and structs: member by member, by JSON name.</summary>
internal static class ObjectSerializerEmitter
{
    private const string ExtensionDictionary = "global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>";
    private const string UnknownMembersText = "global::System.Buffers.ArrayBufferWriter<byte>";

    public static void Emit(SourceWriter writer, ObjectSpec spec, ValueCode code, JsonOptionsSpec options)
    {
        var (names, readable) = NamesAndReadable(spec, options);
        var display = ValueCode.Display(spec.Type);
        var name = code.Name(spec.Id);

        for (var i = 0; i < spec.Properties.Count; i++)
        {
            if (spec.Properties[i].IsExtensionData)
            {
                continue;
            }

            writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {SerializerNames.PropertyField(name, spec.Properties[i].Name)} = global::System.Text.Json.JsonEncodedText.Encode({ValueCode.Literal(names[i])});");
        }

        writer.Line($"private static readonly string[] {SerializerNames.PropertyNamesField(name)} = {{ {string.Join(", ", readable.Select(i => ValueCode.Literal(names[i])))} }};");
        writer.Line();
        EmitReader(writer, spec, code, names, readable, ExtensionDataIndex(spec), display);
        writer.Line();
        EmitMatcher(writer, name, names, readable, options);
        writer.Line();
        EmitInitAccessors(writer, spec, name);
        EmitWriter(writer, spec, code, options);
    }

    /// <summary>
    /// <c>Read…_DynamoDbItem</c>: the type read straight from a map of DynamoDB attribute values, the ordinary reader's code
    /// with each member read from its attribute value (same matcher, paths, required members and construction).
    /// </summary>
    public static void EmitDynamoDbItemReader(SourceWriter writer, ObjectSpec spec, ValueCode code, JsonOptionsSpec options)
    {
        var (names, readable) = NamesAndReadable(spec, options);
        EmitReader(writer, spec, code, names, readable, -1, ValueCode.Display(spec.Type), dynamoDb: true);
    }

    /// <summary>Whether a type can be read straight from DynamoDB JSON: not when unknown members go to extension data (they keep plain JSON).</summary>
    public static bool ReadsDynamoDbDirectly(ObjectSpec spec) => ExtensionDataIndex(spec) < 0;

    private static (List<string> Names, List<int> Readable) NamesAndReadable(ObjectSpec spec, JsonOptionsSpec options)
    {
        var names = spec.Properties.Select(p => JsonNames.Apply(p.Name, p.JsonNameOverride, options.Naming)).ToList();
        var readable = Enumerable.Range(0, spec.Properties.Count)
            .Where(i => !spec.Properties[i].IsExtensionData && (spec.Properties[i].ConstructorParameter >= 0 || spec.Properties[i].Setter != SetterKind.None))
            .ToList();
        return (names, readable);
    }

    /// <summary>The index of the <c>[JsonExtensionData]</c> member that reading fills, or -1.</summary>
    private static int ExtensionDataIndex(ObjectSpec spec)
    {
        for (var i = 0; i < spec.Properties.Count; i++)
        {
            var property = spec.Properties[i];
            if (property.IsExtensionData && (property.Setter != SetterKind.None || property.ConstructorParameter >= 0))
            {
                return i;
            }
        }

        return -1;
    }

    // dynamoDb: the DynamoDB item reader, called at a map's start (its caller checked the token): each member from its
    // attribute value, and members the type does not declare checked as the transform checks them.
    private static void EmitReader(SourceWriter writer, ObjectSpec spec, ValueCode code, List<string> names, List<int> readable, int extension, string display, bool dynamoDb = false)
    {
        var name = code.Name(spec.Id);
        SerializerDocs.Reader(writer, spec.Type, dynamoDb ? "a map of DynamoDB attribute values" : "JSON");
        writer.Line($"internal static {spec.Type} {(dynamoDb ? SerializerNames.ReadDynamoDbItem(name) : SerializerNames.Read(name))}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            if (!spec.IsValueType && !dynamoDb)
            {
                writer.Line($"if (reader.TokenType == {ValueCode.TokenType}.Null) return null!;");
            }

            if (!dynamoDb)
            {
                writer.Line($"{ValueCode.Read}.StartObject(ref reader, {ValueCode.Literal(display)});");
            }

            // An event model's undeclared members are kept as JSON text and handed over after construction, not assigned.
            var asText = extension >= 0 && spec.Properties[extension].KeepsUnknownMembersAsText;
            var assigned = extension < 0 || asText ? readable : [.. readable, extension];
            foreach (var i in assigned)
            {
                var property = spec.Properties[i];
                writer.Line($"{property.Type} {Value(property)} = default{(code.IsReferenceType(property.TypeId) ? "!" : string.Empty)};");
                writer.Line($"bool {Has(property)} = false;");
            }

            if (asText)
            {
                writer.Line($"{UnknownMembersText}? __unknown = null;");
            }
            else if (extension >= 0)
            {
                writer.Line($"{ExtensionDictionary}? __extension = null;");
            }

            // The path of an error names the property as the payload spells it; nothing is decoded unless one happens.
            writer.Line("global::System.ReadOnlySpan<byte> __name = default;");
            writer.Line("bool __nameEscaped = false, __inProperty = false;");
            writer.Line("try");
            using (writer.Block())
            {
                writer.Line($"while ({ValueCode.Read}.NextProperty(ref reader))");
                using (writer.Block())
                {
                    writer.Line($"__name = {ValueCode.Read}.RawName(ref reader); __nameEscaped = reader.ValueIsEscaped; __inProperty = true;");
                    writer.Line($"var __match = {SerializerNames.MatchProperty(name)}(ref reader);");
                    writer.Line("reader.Read();");
                    writer.Line("switch (__match)");
                    using (writer.Block())
                    {
                        for (var slot = 0; slot < readable.Count; slot++)
                        {
                            var i = readable[slot];
                            var read = dynamoDb ? code.DynamoDbReadExpression(spec.Properties[i].TypeId) : code.ReadExpression(spec.Properties[i].TypeId);
                            writer.Line($"case {slot}: {Value(spec.Properties[i])} = {read}; {Has(spec.Properties[i])} = true; break;");
                        }

                        writer.Line(extension < 0
                            ? (dynamoDb ? "default: global::HandlerSdk.Serialization.Payloads.DynamoDbRead.Skip(ref reader); break;" : "default: reader.Skip(); break;")
                            : asText
                                ? $"default: __unknown = {ValueCode.Read}.UnknownMember(ref reader, __unknown, __name); break;"
                                : $"default: __extension = {ValueCode.Read}.ExtensionData(ref reader, __extension, __name, __nameEscaped); break;");
                    }

                    writer.Line("__inProperty = false;");
                }
            }

            writer.Line($"catch (global::System.Exception __e) when ({ValueCode.Read}.IsReadError(__e))");
            using (writer.Block())
            {
                writer.Line($"throw {ValueCode.Read}.AtProperty(__e, __name, __nameEscaped, __inProperty);");
            }

            foreach (var i in readable.Where(i => spec.Properties[i].IsRequired))
            {
                writer.Line($"if (!{Has(spec.Properties[i])}) throw {ValueCode.Read}.MissingRequired({ValueCode.Literal(display)}, {ValueCode.Literal(names[i])});");
            }

            if (extension >= 0 && !asText)
            {
                writer.Line($"if (__extension is not null) {{ {Value(spec.Properties[extension])} = __extension; {Has(spec.Properties[extension])} = true; }}");
            }

            EmitConstruction(writer, spec, code, name, assigned);
            if (asText)
            {
                writer.Line($"if (__unknown is not null) {ValueCode.Read}.KeepUnknownMembers(__result, __unknown);");
            }

            writer.Line("return __result;");
        }
    }

    // Type names carry no nested nullable annotations (List<string?> is List<string>), so assignments between a member
    // and a generated serializer's value of a reference or generic type are suppressed with '!': otherwise CS8619/CS8620
    // in users' builds. The user's code (constructor, setters, init accessors) runs inside a filter that lets its
    // exceptions pass as themselves: they are the user's, not bad JSON.
    private static void EmitConstruction(SourceWriter writer, ObjectSpec spec, ValueCode code, string name, List<int> readable)
    {
        var boundTo = readable.Where(i => spec.Properties[i].ConstructorParameter >= 0).ToDictionary(i => spec.Properties[i].ConstructorParameter);
        var arguments = spec.ConstructorParameters.Select((parameter, index) =>
            boundTo.TryGetValue(index, out var i)
                ? $"({Has(spec.Properties[i])} ? {Value(spec.Properties[i])} : {parameter.DefaultValue}){Suppress(code, spec.Properties[i])}"
                : parameter.DefaultValue);
        // Every `required` member goes in the initializer, constructor-bound ones too (set again to the same value):
        // without [SetsRequiredMembers] on the constructor, C# demands it.
        var required = readable.Where(i => spec.Properties[i].IsCSharpRequired)
            .Select(i => $"{ValueCode.Identifier(spec.Properties[i].Name)} = {Value(spec.Properties[i])}{Suppress(code, spec.Properties[i])}")
            .ToList();
        var initializer = required.Count == 0 ? string.Empty : " { " + string.Join(", ", required) + " }";
        writer.Line($"{spec.Type} __result;");
        writer.Line("try");
        using (writer.Block())
        {
            writer.Line($"__result = new {spec.Type}({string.Join(", ", arguments)}){initializer};");
            foreach (var i in readable)
            {
                var property = spec.Properties[i];
                if (property.ConstructorParameter >= 0 || property.IsCSharpRequired)
                {
                    continue;
                }

                if (property.Setter == SetterKind.Set)
                {
                    writer.Line($"if ({Has(property)}) __result.{ValueCode.Identifier(property.Name)} = {Value(property)}{Suppress(code, property)};");
                }
                else if (property.Setter == SetterKind.Init)
                {
                    var target = spec.IsValueType ? "ref __result" : "__result";
                    var accessor = property.GenericInit is { } generic
                        ? $"{SerializerNames.InitAccessor(name, property.Name)}<{generic.TypeArguments}>.Set"
                        : SerializerNames.InitAccessor(name, property.Name);
                    writer.Line($"if ({Has(property)}) {accessor}({target}, {Value(property)});");
                }
            }
        }

        // The filter returns false: nothing is caught, the exception goes on as thrown, marked as the user's.
        writer.Line($"catch (global::System.Exception __e) when ({ValueCode.Read}.PassUserException(__e))");
        using (writer.Block())
        {
            writer.Line("throw;");
        }
    }

    /// <summary>The local that holds a property's value while the object is read.</summary>
    private static string Value(PropertySpec property) => "__v_" + property.Name;

    /// <summary>The local that says whether the JSON had the property.</summary>
    private static string Has(PropertySpec property) => "__has_" + property.Name;

    private static string Suppress(ValueCode code, PropertySpec property) => code.Suppress(property.TypeId, property.Type);

    /// <summary>Matches the current property name: exact UTF-8 compare by length first, then (if allowed) ignoring case.</summary>
    private static void EmitMatcher(SourceWriter writer, string name, List<string> names, List<int> readable, JsonOptionsSpec options)
    {
        writer.Line($"private static int {SerializerNames.MatchProperty(name)}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            var slots = readable.Select((property, slot) => (Name: names[property], Slot: slot)).ToList();
            var byLength = slots.GroupBy(s => Encoding.UTF8.GetByteCount(s.Name)).OrderBy(g => g.Key).ToList();
            if (slots.Count > 0)
            {
                // A name split across the segments of a ReadOnlySequence is matched as an escaped one, from its string.
                writer.Line("if (!reader.ValueIsEscaped && !reader.HasValueSequence)");
                using (writer.Block())
                {
                    writer.Line("var __name = reader.ValueSpan;");
                    EmitLengthSwitch(writer, byLength, "global::System.MemoryExtensions.SequenceEqual(__name, {0})");
                    if (options.CaseInsensitiveReads)
                    {
                        EmitLengthSwitch(writer, byLength, "global::System.Text.Ascii.EqualsIgnoreCase(__name, {0})");
                    }

                    // Ascii.EqualsIgnoreCase never matches non-ASCII letters ("CAFÉ" and "café"): those names need the full comparison.
                    writer.Line(options.CaseInsensitiveReads && slots.Any(s => s.Name.Any(c => c > '\u007f'))
                        ? $"return {ValueCode.Read}.MatchIgnoringCase(ref reader, {SerializerNames.PropertyNamesField(name)});"
                        : "return -1;");
                }

                writer.Line($"var __index = {ValueCode.Read}.MatchEscaped(ref reader, {SerializerNames.PropertyNamesField(name)});");
                writer.Line(options.CaseInsensitiveReads
                    ? $"return __index >= 0 ? __index : {ValueCode.Read}.MatchIgnoringCase(ref reader, {SerializerNames.PropertyNamesField(name)});"
                    : "return __index;");
            }
            else
            {
                writer.Line("return -1;");
            }
        }
    }

    private static void EmitLengthSwitch(SourceWriter writer, List<IGrouping<int, (string Name, int Slot)>> byLength, string compare)
    {
        writer.Line("switch (__name.Length)");
        using (writer.Block())
        {
            foreach (var group in byLength)
            {
                writer.Line($"case {group.Key}:");
                using (writer.Indent())
                {
                    foreach (var (name, slot) in group)
                    {
                        writer.Line($"if ({string.Format(System.Globalization.CultureInfo.InvariantCulture, compare, ValueCode.Utf8Literal(name))}) return {slot};");
                    }

                    writer.Line("break;");
                }
            }
        }
    }

    private static void EmitInitAccessors(SourceWriter writer, ObjectSpec spec, string name)
    {
        // An event model's undeclared members are handed over by JsonRead.KeepUnknownMembers, not through the setter.
        foreach (var property in spec.Properties.Where(p => p.Setter == SetterKind.Init && p.ConstructorParameter < 0 && !p.IsCSharpRequired && !p.KeepsUnknownMembersAsText))
        {
            const string Accessor = "[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = \"set_{0}\")]";
            if (property.GenericInit is { } generic)
            {
                // A generic type's member is reached from a generic class with the type's own parameters.
                var openTarget = spec.IsValueType ? $"ref {generic.OpenTarget}" : generic.OpenTarget;
                writer.Line($"private static class {SerializerNames.InitAccessor(name, property.Name)}<{generic.TypeParameters}>{(generic.Constraints.Length > 0 ? " " + generic.Constraints : string.Empty)}");
                using (writer.Block())
                {
                    writer.Line(string.Format(System.Globalization.CultureInfo.InvariantCulture, Accessor, property.Name));
                    writer.Line($"public static extern void Set({openTarget} target, {generic.OpenValue} value);");
                }
            }
            else
            {
                var target = spec.IsValueType ? $"ref {spec.Type}" : property.DeclaringType;
                writer.Line(string.Format(System.Globalization.CultureInfo.InvariantCulture, Accessor, property.Name));
                writer.Line($"private static extern void {SerializerNames.InitAccessor(name, property.Name)}({target} target, {property.Type} value);");
            }

            writer.Line();
        }
    }

    private static void EmitWriter(SourceWriter writer, ObjectSpec spec, ValueCode code, JsonOptionsSpec options)
    {
        var parameterType = spec.IsValueType ? spec.Type : spec.Type + "?";
        var name = code.Name(spec.Id);
        SerializerDocs.Writer(writer, spec.Type);
        writer.Line($"internal static void {SerializerNames.Write(name)}({ValueCode.Writer} writer, {parameterType} value)");
        using (writer.Block())
        {
            if (!spec.IsValueType)
            {
                writer.Line("if (value is null) { writer.WriteNullValue(); return; }");
            }

            writer.Line("writer.WriteStartObject();");
            var extension = -1;
            for (var i = 0; i < spec.Properties.Count; i++)
            {
                var property = spec.Properties[i];
                if (!property.CanWrite)
                {
                    continue;
                }

                if (property.IsExtensionData)
                {
                    extension = i;
                    continue;
                }

                var local = "__p_" + property.Name;
                writer.Line($"{property.Type} {local} = value.{ValueCode.Identifier(property.Name)}{Suppress(code, property)};");
                var statement = code.WritePropertyStatement(property.TypeId, SerializerNames.PropertyField(name, property.Name), local);
                var ignore = property.Ignore == WriteIgnore.Inherit
                    ? (options.OmitNullsOnWrite && code.IsNullable(property.TypeId) ? WriteIgnore.WhenNull : WriteIgnore.Never)
                    : property.Ignore;
                var condition = ignore switch
                {
                    WriteIgnore.WhenNull when code.IsNullable(property.TypeId) => $"{local} is not null",
                    WriteIgnore.WhenDefault when code.IsNullable(property.TypeId) => $"{local} is not null",
                    WriteIgnore.WhenDefault => $"!global::System.Collections.Generic.EqualityComparer<{property.Type}>.Default.Equals({local}, default{(code.IsReferenceType(property.TypeId) ? "!" : string.Empty)})",
                    _ => null,
                };
                writer.Line(condition is null ? statement : $"if ({condition}) {{ {statement} }}");
            }

            // Members kept from reading go back after the declared ones, under their own names, as System.Text.Json writes them.
            if (extension >= 0)
            {
                writer.Line(spec.Properties[extension].KeepsUnknownMembersAsText
                    ? $"{ValueCode.Write}.UnknownMembers(writer, value);"
                    : $"if (value.{ValueCode.Identifier(spec.Properties[extension].Name)} is {{ }} __extension) {ValueCode.Write}.ExtensionData(writer, __extension);");
            }

            writer.Line("writer.WriteEndObject();");
        }
    }
}
