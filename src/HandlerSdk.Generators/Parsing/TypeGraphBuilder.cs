using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using HandlerSdk.Generators.Model;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing;

/// <summary>
/// Walks the types a handler reads or writes and builds one <see cref="TypeSpec"/> per type, following members,
/// elements and values transitively. The first type it cannot serialize stops it; <see cref="Problem"/> says
/// which member path and why (HSDK0101). Cancellation is checked at each type and each member, so that an edit in
/// the IDE stops a walk of a large graph between two steps.
/// </summary>
internal sealed partial class TypeGraphBuilder(KnownSymbols known, CancellationToken cancellationToken = default)
{
    private readonly Dictionary<string, TypeSpec> _types = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _visiting = new(System.StringComparer.Ordinal);

    // The member being followed, innermost first: a problem is reported on the member that leads to it.
    private ISymbol? _member;

    public SerializationProblem? Problem { get; private set; }

    /// <summary>Auto-properties that hold data but can never be set from JSON (HSDK0102), with their paths.</summary>
    public List<(ISymbol Member, string Path)> UnreadableMembers { get; } = [];

    public IEnumerable<TypeSpec> Types => _types.Values.OrderBy(t => t.Id, System.StringComparer.Ordinal);

    /// <summary>Adds <paramref name="type"/> and everything it reaches; returns its id, or null when unsupported.</summary>
    /// <param name="type">The type.</param>
    /// <param name="path">Where it was found, for the problem report (<c>Order.Lines[]</c>).</param>
    /// <param name="enumAsString">The member carries a string enum converter.</param>
    public string? Add(ITypeSymbol type, string path, bool enumAsString = false)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Problem is not null)
        {
            return null;
        }

        type = TypeNames.StripAnnotation(type);
        var id = TypeNames.Identifier(type) + (enumAsString && IsEnumOrNullableEnum(type) ? "_1AsString" : string.Empty);
        if (_types.ContainsKey(id) || _visiting.Contains(id))
        {
            return id;
        }

        _visiting.Add(id);
        var spec = Build(type, id, path, enumAsString);
        _visiting.Remove(id);
        if (spec is null)
        {
            return null;
        }

        _types[id] = spec;
        return id;
    }

    private TypeSpec? Build(ITypeSymbol type, string id, string path, bool enumAsString)
    {
        var name = TypeNames.Qualify(type);
        if (known.SerializerContexts.TryGetValue(type, out var context))
        {
            return new ContextSpec(id, name, TypeNames.Qualify(context), type.IsValueType);
        }

        if (!enumAsString && CustomConverter(type) is { } typeConverter)
        {
            return BuildTypeConverted(type, id, typeConverter, path);
        }

        if (TryPrimitive(type) is { } primitive)
        {
            return new PrimitiveSpec(id, name, primitive);
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var underlying = Add(nullable.TypeArguments[0], path, enumAsString);
            return underlying is null ? null : new NullableSpec(id, name, underlying);
        }

        if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType)
        {
            return BuildEnum(enumType, id, name, enumAsString);
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                return Fail(path, $"multi-dimensional arrays ({type.ToDisplayString()}) are not supported");
            }

            var element = Add(array.ElementType, path + "[]");
            return element is null ? null : new CollectionSpec(id, name, CollectionKind.Array, element, TypeNames.Qualify(array.ElementType));
        }

        if (type is INamedTypeSymbol named && named.IsGenericType)
        {
            if (TryCollection(named) is { } collectionKind)
            {
                var elementType = named.TypeArguments[0];
                var element = Add(elementType, path + "[]");
                return element is null ? null : new CollectionSpec(id, name, collectionKind, element, TypeNames.Qualify(elementType));
            }

            if (IsDictionary(named))
            {
                return BuildDictionary(named, id, name, path);
            }
        }

        return BuildObject(type, id, name, path);
    }

    private PrimitiveKind? TryPrimitive(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return PrimitiveKind.Boolean;
            case SpecialType.System_Byte: return PrimitiveKind.Byte;
            case SpecialType.System_SByte: return PrimitiveKind.SByte;
            case SpecialType.System_Int16: return PrimitiveKind.Int16;
            case SpecialType.System_UInt16: return PrimitiveKind.UInt16;
            case SpecialType.System_Int32: return PrimitiveKind.Int32;
            case SpecialType.System_UInt32: return PrimitiveKind.UInt32;
            case SpecialType.System_Int64: return PrimitiveKind.Int64;
            case SpecialType.System_UInt64: return PrimitiveKind.UInt64;
            case SpecialType.System_Single: return PrimitiveKind.Single;
            case SpecialType.System_Double: return PrimitiveKind.Double;
            case SpecialType.System_Decimal: return PrimitiveKind.Decimal;
            case SpecialType.System_Char: return PrimitiveKind.Char;
            case SpecialType.System_String: return PrimitiveKind.String;
            case SpecialType.System_DateTime: return PrimitiveKind.DateTime;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return PrimitiveKind.ByteArray;
        }

        return KnownSymbols.Is(type, known.DateTimeOffset) ? PrimitiveKind.DateTimeOffset
            : KnownSymbols.Is(type, known.DateOnly) ? PrimitiveKind.DateOnly
            : KnownSymbols.Is(type, known.TimeOnly) ? PrimitiveKind.TimeOnly
            : KnownSymbols.Is(type, known.TimeSpan) ? PrimitiveKind.TimeSpan
            : KnownSymbols.Is(type, known.Guid) ? PrimitiveKind.Guid
            : KnownSymbols.Is(type, known.Uri) ? PrimitiveKind.Uri
            : KnownSymbols.Is(type, known.JsonElement) ? PrimitiveKind.JsonElement
            : KnownSymbols.Is(type, known.JsonNode) ? PrimitiveKind.JsonNode
            : KnownSymbols.Is(type, known.JsonObject) ? PrimitiveKind.JsonObject
            : KnownSymbols.Is(type, known.JsonArray) ? PrimitiveKind.JsonArray
            : KnownSymbols.Is(type, known.JsonValue) ? PrimitiveKind.JsonValue
            : null;
    }

    private CollectionKind? TryCollection(INamedTypeSymbol type)
    {
        if (KnownSymbols.Is(type, known.ListOfT) || KnownSymbols.Is(type, known.IEnumerableOfT) || KnownSymbols.Is(type, known.ICollectionOfT) ||
            KnownSymbols.Is(type, known.IListOfT) || KnownSymbols.Is(type, known.IReadOnlyCollectionOfT) || KnownSymbols.Is(type, known.IReadOnlyListOfT))
        {
            return CollectionKind.List;
        }

        if (KnownSymbols.Is(type, known.HashSetOfT) || KnownSymbols.Is(type, known.ISetOfT) || KnownSymbols.Is(type, known.IReadOnlySetOfT))
        {
            return CollectionKind.HashSet;
        }

        return null;
    }

    private bool IsDictionary(INamedTypeSymbol type) =>
        KnownSymbols.Is(type, known.DictionaryOfTKV) || KnownSymbols.Is(type, known.IDictionaryOfTKV) || KnownSymbols.Is(type, known.IReadOnlyDictionaryOfTKV);

    private TypeSpec? BuildDictionary(INamedTypeSymbol type, string id, string name, string path)
    {
        var keyType = type.TypeArguments[0];
        var valueType = type.TypeArguments[1];
        DictionaryKeyKind keyKind;
        string? keyEnumId = null;
        switch (keyType.SpecialType)
        {
            case SpecialType.System_String: keyKind = DictionaryKeyKind.String; break;
            case SpecialType.System_Int32: keyKind = DictionaryKeyKind.Int32; break;
            case SpecialType.System_Int64: keyKind = DictionaryKeyKind.Int64; break;
            case SpecialType.System_UInt32: keyKind = DictionaryKeyKind.UInt32; break;
            case SpecialType.System_UInt64: keyKind = DictionaryKeyKind.UInt64; break;
            case SpecialType.System_Int16: keyKind = DictionaryKeyKind.Int16; break;
            case SpecialType.System_UInt16: keyKind = DictionaryKeyKind.UInt16; break;
            case SpecialType.System_Byte: keyKind = DictionaryKeyKind.Byte; break;
            case SpecialType.System_SByte: keyKind = DictionaryKeyKind.SByte; break;
            default:
                if (KnownSymbols.Is(keyType, known.Guid))
                {
                    keyKind = DictionaryKeyKind.Guid;
                }
                else if (keyType.TypeKind == TypeKind.Enum)
                {
                    keyKind = DictionaryKeyKind.Enum;
                    keyEnumId = Add(keyType, path + "{}", enumAsString: true);
                    if (keyEnumId is null)
                    {
                        return null;
                    }
                }
                else
                {
                    return Fail(path, $"dictionary keys of type {keyType.ToDisplayString()} are not supported (use string, an integer, Guid or an enum)");
                }

                break;
        }

        var value = Add(valueType, path + "{}");
        return value is null ? null : new DictionarySpec(id, name, TypeNames.Qualify(keyType), keyKind, keyEnumId, value, TypeNames.Qualify(valueType));
    }

    private EnumSpec BuildEnum(INamedTypeSymbol type, string id, string name, bool enumAsString)
    {
        var asString = enumAsString || HasStringEnumConverter(type);
        var members = type.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.IsConst && f.HasConstantValue)
            .Select(f => new EnumMemberSpec(f.Name, StringAttribute(f, known.JsonStringEnumMemberNameAttribute), Literal(f.ConstantValue!)))
            .ToEquatableArray();
        var isFlags = type.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, known.FlagsAttribute));
        return new EnumSpec(id, name, type.EnumUnderlyingType!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), asString, isFlags, members);
    }

    private static string Literal(object value) => value switch
    {
        ulong u => u.ToString(CultureInfo.InvariantCulture) + "UL",
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        uint u => u.ToString(CultureInfo.InvariantCulture) + "U",
        System.IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    internal bool HasStringEnumConverter(ISymbol symbol) =>
        symbol.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, known.JsonConverterAttribute) && IsStringEnumConverter(a));

    internal bool IsStringEnumConverter(AttributeData converter) =>
        converter.ConstructorArguments.Length == 1 && converter.ConstructorArguments[0].Value is INamedTypeSymbol converterType &&
        (KnownSymbols.Is(converterType, known.JsonStringEnumConverter) || KnownSymbols.Is(converterType, known.JsonStringEnumConverterOfT));

    private static bool IsEnumOrNullableEnum(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Enum ||
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n && n.TypeArguments[0].TypeKind == TypeKind.Enum;

    private static string? StringAttribute(ISymbol symbol, INamedTypeSymbol? attribute) =>
        symbol.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, attribute)) is { ConstructorArguments.Length: > 0 } data
            ? data.ConstructorArguments[0].Value as string
            : null;

    private TypeSpec? Fail(string path, string reason, ISymbol? member = null)
    {
        Problem ??= new SerializationProblem(path, reason) { Location = SourceLocation(member ?? _member) };
        return null;
    }

    /// <summary>Follows <paramref name="member"/>'s type with problems pinned to it; restores the outer member after.</summary>
    private T WithMember<T>(ISymbol member, System.Func<T> follow)
    {
        var outer = _member;
        _member = member;
        try
        {
            return follow();
        }
        finally
        {
            _member = outer;
        }
    }

    private static Location? SourceLocation(ISymbol? member) => member?.Locations.FirstOrDefault(l => l.IsInSource);
}

/// <summary>Why a type cannot be serialized, and where (<c>Order.Lines[].Meta</c>).</summary>
internal sealed record SerializationProblem(string Path, string Reason)
{
    /// <summary>The member in source that leads to the problem; null when it is the handler's own parameter or result.</summary>
    public Location? Location { get; init; }

    /// <summary>Not reported: the compiler already says what is wrong (an unresolved type).</summary>
    public bool IsQuiet { get; init; }
}
