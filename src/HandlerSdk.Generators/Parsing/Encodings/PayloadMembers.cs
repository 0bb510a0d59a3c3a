using System.Linq;
using HandlerSdk.Generators.Diagnostics;
using HandlerSdk.Generators.Model;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing.Encodings;

/// <summary>
/// What a <c>[JsonPayload]</c> on a member means, and when it cannot apply. One set of rules for the generator (which
/// ignores an attribute that cannot apply) and the analyzer (which says why: HSDK0350, HSDK0351), so the two agree.
/// </summary>
internal static class PayloadMembers
{
    public const string AttributeName = "HandlerSdk.Serialization.JsonPayloadAttribute";

    /// <summary>The member's <c>[JsonPayload]</c>, or null.</summary>
    public static AttributeData? Find(ISymbol member) =>
        member.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeName);

    /// <summary>The encoding the attribute names, or null for a value that is no <c>PayloadEncoding</c>.</summary>
    public static PayloadEncodingKind? Encoding(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int value &&
        value >= (int)PayloadEncodingKind.Json && value <= (int)PayloadEncodingKind.DynamoDbJson
            ? (PayloadEncodingKind)value
            : null;

    /// <summary>
    /// Why the attribute cannot apply to <paramref name="member"/> of type <paramref name="type"/>, or null when it can.
    /// A type parameter is judged where it is given a type (the generator sees constructed types only).
    /// </summary>
    public static PayloadMisuse? Check(ISymbol member, ITypeSymbol type, AttributeData attribute, KnownSymbols known)
    {
        var name = member.ContainingType.Name + "." + member.Name;
        if (member.GetAttributes().Any(a => IsConverterAttribute(a.AttributeClass, known)))
        {
            return new PayloadMisuse(DiagnosticDescriptors.PayloadWithConverter, [name]);
        }

        if (member.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, known.JsonExtensionDataAttribute)))
        {
            return new PayloadMisuse(DiagnosticDescriptors.PayloadNotCarried, [name, "a [JsonExtensionData] member holds the JSON members no other member reads, not one value with a payload"]);
        }

        if (Encoding(attribute) is not { } encoding)
        {
            var value = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value : null;
            return new PayloadMisuse(DiagnosticDescriptors.PayloadNotCarried, [name, $"{value} is not a PayloadEncoding"]);
        }

        if (encoding == PayloadEncodingKind.DynamoDbJson && type.TypeKind != TypeKind.TypeParameter && !IsObjectLike(type, known))
        {
            return new PayloadMisuse(
                DiagnosticDescriptors.PayloadNotCarried,
                [name, $"a DynamoDB item is an object of attributes, and {type.ToDisplayString()} is not read from an object; use a class, record, struct or dictionary"]);
        }

        return null;
    }

    /// <summary><c>[JsonConverter]</c> or an attribute derived from it, as System.Text.Json (and the generator) honour both.</summary>
    private static bool IsConverterAttribute(INamedTypeSymbol? attribute, KnownSymbols known)
    {
        for (var current = attribute; current is not null; current = current.BaseType)
        {
            if (KnownSymbols.Is(current, known.JsonConverterAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Types read from a JSON object: classes, records and structs of the user's, dictionaries, and JsonElement/JsonNode/JsonObject.</summary>
    public static bool IsObjectLike(ITypeSymbol type, KnownSymbols known)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (KnownSymbols.Is(type, known.JsonElement) || KnownSymbols.Is(type, known.JsonNode) || KnownSymbols.Is(type, known.JsonObject) ||
            KnownSymbols.Is(type, known.DictionaryOfTKV) || KnownSymbols.Is(type, known.IDictionaryOfTKV) || KnownSymbols.Is(type, known.IReadOnlyDictionaryOfTKV))
        {
            return true;
        }

        return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named &&
            !named.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable) &&
            !(named.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal)));
    }
}

/// <summary>Why a <c>[JsonPayload]</c> cannot apply: the diagnostic and its arguments. Never part of the generator's models.</summary>
internal sealed record PayloadMisuse(DiagnosticDescriptor Descriptor, object[] Args);
