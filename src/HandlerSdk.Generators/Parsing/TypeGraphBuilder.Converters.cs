using System.Linq;
using HandlerSdk.Generators.Model;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing;

/// <summary>
/// <c>[JsonConverter]</c> on a member or a type: the user's <c>JsonConverter&lt;T&gt;</c> reads and writes the value,
/// created once by generated code (no reflection). Factories and converters the generated code cannot create are
/// refused with the reason, rather than silently ignored.
/// </summary>
internal sealed partial class TypeGraphBuilder
{
    /// <summary>The type of a member, through the member's own <c>[JsonConverter]</c> when it has one; null when unsupported.</summary>
    private string? AddMemberType(ISymbol member, ITypeSymbol type, string path)
    {
        if (CustomConverter(member) is { } converter)
        {
            return AddConverted(type, converter, path);
        }

        return Add(type, path, HasStringEnumConverter(member));
    }

    /// <summary>A <c>[JsonConverter]</c> that is not the string-enum converter System.Text.Json applies to enums by name.</summary>
    private AttributeData? CustomConverter(ISymbol symbol) =>
        symbol.GetAttributes().FirstOrDefault(a => IsConverterAttribute(a.AttributeClass) && !IsStringEnumConverter(a));

    private bool IsConverterAttribute(INamedTypeSymbol? attribute)
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

    /// <summary>Adds <paramref name="type"/> as read and written by the converter a member names; returns its id.</summary>
    private string? AddConverted(ITypeSymbol type, AttributeData converter, string path)
    {
        if (Problem is not null)
        {
            return null;
        }

        type = TypeNames.StripAnnotation(type);
        if (ConverterType(converter, path) is not { } converterType)
        {
            return null;
        }

        var id = TypeNames.Identifier(type) + "_1Via" + TypeNames.Identifier(converterType);
        if (_types.ContainsKey(id))
        {
            return id;
        }

        var spec = BuildConverted(type, id, converterType, path);
        if (spec is null)
        {
            return null;
        }

        _types[id] = spec;
        return id;
    }

    /// <summary>A type whose declaration carries <c>[JsonConverter]</c>: the converter reads and writes it everywhere.</summary>
    private ConverterSpec? BuildTypeConverted(ITypeSymbol type, string id, AttributeData converter, string path) =>
        ConverterType(converter, path) is { } converterType ? BuildConverted(type, id, converterType, path) : null;

    private ConverterSpec? BuildConverted(ITypeSymbol type, string id, INamedTypeSymbol converterType, string path)
    {
        var display = path.Length == 0 ? type.Name : path;
        var converted = ConvertedType(converterType);
        if (converted is null)
        {
            var isFactory = Inherits(converterType, known.JsonConverterFactory);
            Fail(display, isFactory
                ? $"{converterType.ToDisplayString()} is a JsonConverterFactory; generated code needs a JsonConverter<T> it can create itself (derive from JsonConverter<{type.ToDisplayString()}>)"
                : $"{converterType.ToDisplayString()} is not a JsonConverter<T>");
            return null;
        }

        var wrapsNullable = false;
        if (!SymbolEqualityComparer.Default.Equals(TypeNames.StripAnnotation(converted), type))
        {
            // System.Text.Json lets a JsonConverter<T> serve a T? member, reading and writing null around it.
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable &&
                SymbolEqualityComparer.Default.Equals(nullable.TypeArguments[0], converted))
            {
                wrapsNullable = true;
            }
            else
            {
                Fail(display, $"{converterType.ToDisplayString()} converts {converted.ToDisplayString()}, not {type.ToDisplayString()}");
                return null;
            }
        }

        if (converterType.IsAbstract || converterType.IsUnboundGenericType ||
            !converterType.InstanceConstructors.Any(c => c.Parameters.IsEmpty && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
        {
            Fail(display, $"{converterType.ToDisplayString()} has no public parameterless constructor for generated code to create it with");
            return null;
        }

        if (!IsAccessible(converterType))
        {
            Fail(display, $"{converterType.ToDisplayString()} is not accessible to generated code (make it public or internal)");
            return null;
        }

        return new ConverterSpec(id, TypeNames.Qualify(type), TypeNames.Qualify(converterType), TypeNames.Qualify(converted), CanBeNull: wrapsNullable || !type.IsValueType, wrapsNullable);
    }

    private INamedTypeSymbol? ConverterType(AttributeData converter, string path)
    {
        if (!KnownSymbols.Is(converter.AttributeClass, known.JsonConverterAttribute))
        {
            Fail(path, $"[{converter.AttributeClass?.Name}] derives from JsonConverterAttribute and picks its converter at run time; name a JsonConverter<T> with [JsonConverter(typeof(...))] instead");
            return null;
        }

        if (converter.ConstructorArguments.Length != 1 || converter.ConstructorArguments[0].Value is not INamedTypeSymbol converterType)
        {
            Fail(path, "[JsonConverter] names no converter type");
            return null;
        }

        return converterType;
    }

    /// <summary>The T of the <c>JsonConverter&lt;T&gt;</c> a converter derives from, or null.</summary>
    private ITypeSymbol? ConvertedType(INamedTypeSymbol converterType)
    {
        for (var current = converterType; current is not null; current = current.BaseType)
        {
            if (KnownSymbols.Is(current, known.JsonConverterOfT))
            {
                return current.TypeArguments[0];
            }
        }

        return null;
    }

    private static bool Inherits(INamedTypeSymbol type, INamedTypeSymbol? baseType)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (KnownSymbols.Is(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
