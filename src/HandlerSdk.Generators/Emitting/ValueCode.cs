using System.Collections.Generic;
using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting;

/// <summary>
/// The C# that reads or writes one value of a type, by type id: helper calls for primitives, the generated
/// readers and writers (<see cref="SerializerNames"/>) for everything else. Shared by all serializer emitters.
/// </summary>
/// <remarks>It knows types by their <see cref="TypeShape"/> only, so a file's text depends on no other type's members.</remarks>
internal sealed class ValueCode(IReadOnlyDictionary<string, TypeShape> types, string methodPrefix = "")
{
    public const string Read = "global::HandlerSdk.Serialization.JsonRead";
    public const string Write = "global::HandlerSdk.Serialization.JsonWrite";
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    public const string TokenType = "global::System.Text.Json.JsonTokenType";
    public const string Exception = "global::HandlerSdk.Serialization.LambdaJsonException";

    /// <summary>An expression of the type, read from <c>reader</c> at the value's first token.</summary>
    public string ReadExpression(string id)
    {
        if (types[id].Primitive is { } kind)
        {
            return kind switch
            {
                PrimitiveKind.String => Read + ".String(ref reader)!",
                PrimitiveKind.Uri => Read + ".Uri(ref reader)!",
                PrimitiveKind.ByteArray => Read + ".Bytes(ref reader)!",
                PrimitiveKind.JsonElement => Read + ".Element(ref reader)",
                PrimitiveKind.JsonNode => Read + ".Node(ref reader)!",
                PrimitiveKind.JsonObject or PrimitiveKind.JsonArray or PrimitiveKind.JsonValue => $"{Read}.Node<global::System.Text.Json.Nodes.{kind}>(ref reader)!",
                _ => $"{Read}.{kind}(ref reader)",
            };
        }

        return $"{methodPrefix}{SerializerNames.Read(Name(id))}(ref reader)";
    }

    /// <summary>
    /// An expression of the type, read from <c>reader</c> at the start of its DynamoDB attribute value
    /// (<c>{"N":"12"}</c>) and leaving it at the end: in place where the type allows, through the transform otherwise.
    /// </summary>
    public string DynamoDbReadExpression(string id)
    {
        const string Ddb = "global::HandlerSdk.Serialization.Payloads.DynamoDbRead";
        if (types[id].Primitive is { } kind)
        {
            return kind switch
            {
                PrimitiveKind.String or PrimitiveKind.Uri => $"{Ddb}.{kind}(ref reader)!",
                PrimitiveKind.JsonNode => Ddb + ".Node(ref reader)!",
                PrimitiveKind.ByteArray => Ddb + ".Bytes(ref reader)!",
                PrimitiveKind.JsonElement => Ddb + ".Element(ref reader)",
                PrimitiveKind.JsonObject or PrimitiveKind.JsonArray or PrimitiveKind.JsonValue => $"{Ddb}.Node<global::System.Text.Json.Nodes.{kind}>(ref reader)!",
                _ => $"{Ddb}.{kind}(ref reader)",
            };
        }

        return types[id].DynamoDb == DynamoDbReaderKind.None
            ? $"{Ddb}.Plain(ref reader, {methodPrefix}{SerializerNames.Read(Name(id))})"
            : $"{methodPrefix}{SerializerNames.ReadDynamoDb(Name(id))}(ref reader)";
    }

    /// <summary>The name the type's generated members are named after (<see cref="TypeShape.Name"/>).</summary>
    public string Name(string id) => types[id].Name;

    /// <summary>
    /// <c>!</c> where a value of the type (spelled <paramref name="type"/>) is assigned between a member and a generated
    /// reader or writer: type names carry no nested nullable annotations (<c>List&lt;string?&gt;</c> is spelled
    /// <c>List&lt;string&gt;</c>), which matters for reference types and for type arguments; empty for other value types.
    /// </summary>
    public string Suppress(string id, string type) => types[id].IsReferenceType || type.IndexOf('<') >= 0 ? "!" : string.Empty;

    /// <summary>Whether the type is a reference type (its <c>default</c> needs <c>!</c> in a non-nullable local).</summary>
    public bool IsReferenceType(string id) => types[id].IsReferenceType;

    /// <summary>The direct DynamoDB readers the type has.</summary>
    public DynamoDbReaderKind DynamoDb(string id) => types[id].DynamoDb;

    /// <summary>The primitive kind of the type, or null.</summary>
    public PrimitiveKind? Primitive(string id) => types[id].Primitive;

    /// <summary>The same, for code outside the <c>LambdaJson</c> class.</summary>
    public ValueCode Qualified() => new(types, "global::HandlerSdk.Generated.LambdaJson.");

    /// <summary>A statement writing <paramref name="value"/> (a local or parameter, evaluated once) to <c>writer</c>.</summary>
    public string WriteStatement(string id, string value)
    {
        if (types[id].Primitive is not { } kind)
        {
            return $"{methodPrefix}{SerializerNames.Write(Name(id))}(writer, {value});";
        }

        return kind switch
        {
            PrimitiveKind.Boolean => $"writer.WriteBooleanValue({value});",
            PrimitiveKind.Byte or PrimitiveKind.SByte or PrimitiveKind.Int16 or PrimitiveKind.UInt16 or PrimitiveKind.Int32 or PrimitiveKind.UInt32 or
                PrimitiveKind.Int64 or PrimitiveKind.UInt64 or PrimitiveKind.Single or PrimitiveKind.Double or PrimitiveKind.Decimal => $"writer.WriteNumberValue({value});",
            PrimitiveKind.Char => $"{Write}.Char(writer, {value});",
            PrimitiveKind.String or PrimitiveKind.DateTime or PrimitiveKind.DateTimeOffset or PrimitiveKind.Guid => $"writer.WriteStringValue({value});",
            PrimitiveKind.DateOnly => $"{Write}.DateOnly(writer, {value});",
            PrimitiveKind.TimeOnly => $"{Write}.TimeOnly(writer, {value});",
            PrimitiveKind.TimeSpan => $"{Write}.TimeSpan(writer, {value});",
            PrimitiveKind.Uri => $"{Write}.Uri(writer, {value});",
            PrimitiveKind.ByteArray => $"if ({value} is null) {{ writer.WriteNullValue(); }} else {{ writer.WriteBase64StringValue({value}); }}",
            PrimitiveKind.JsonElement => $"{value}.WriteTo(writer);",
            PrimitiveKind.JsonNode or PrimitiveKind.JsonObject or PrimitiveKind.JsonArray or PrimitiveKind.JsonValue => $"{Write}.Node(writer, {value});",
            _ => $"{methodPrefix}{SerializerNames.Write(Name(id))}(writer, {value});",
        };
    }

    /// <summary>A statement writing a property: name and value in one call where Utf8JsonWriter has one.</summary>
    public string WritePropertyStatement(string id, string name, string value)
    {
        if (types[id].Primitive is { } kind)
        {
            switch (kind)
            {
                case PrimitiveKind.Boolean:
                    return $"writer.WriteBoolean({name}, {value});";
                case PrimitiveKind.Int32 or PrimitiveKind.Int64 or PrimitiveKind.UInt32 or PrimitiveKind.UInt64 or PrimitiveKind.Single or PrimitiveKind.Double or PrimitiveKind.Decimal:
                    return $"writer.WriteNumber({name}, {value});";
                case PrimitiveKind.String or PrimitiveKind.DateTime or PrimitiveKind.DateTimeOffset or PrimitiveKind.Guid:
                    return $"writer.WriteString({name}, {value});";
            }
        }

        return $"writer.WritePropertyName({name}); {WriteStatement(id, value)}";
    }

    /// <summary>Whether values of the type can be null (reference types and <c>Nullable&lt;T&gt;</c>).</summary>
    public bool IsNullable(string id) => types[id].IsNullable;

    /// <summary>The type's name for people: no <c>global::</c>, in type arguments neither.</summary>
    public static string Display(string type) => type.Replace("global::", string.Empty);

    /// <summary>A member or method name as C# code: keywords need <c>@</c> (<c>record R(string @class)</c>).</summary>
    public static string Identifier(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? name : "@" + name;

    /// <summary>A C# string literal.</summary>
    public static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>A C# UTF-8 string literal, for comparing property names without allocating.</summary>
    public static string Utf8Literal(string text) => Literal(text) + "u8";
}
