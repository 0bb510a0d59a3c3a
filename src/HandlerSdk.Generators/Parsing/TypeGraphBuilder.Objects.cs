using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Generators.Model;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing;

/// <summary>Classes, records and structs: which members are read and written, and how the object is built.</summary>
internal sealed partial class TypeGraphBuilder
{
    private TypeSpec? BuildObject(ITypeSymbol type, string id, string name, string path)
    {
        var display = path.Length == 0 ? type.Name : path;
        if (type.SpecialType == SpecialType.System_Object || type.TypeKind == TypeKind.Dynamic)
        {
            return Fail(display, "object and dynamic have no fixed shape to generate a serializer for");
        }

        if (type.TypeKind == TypeKind.Error)
        {
            // An unresolved type already has its compiler error; saying more while the user types is noise.
            Problem ??= new SerializationProblem(display, "its type does not resolve") { IsQuiet = true };
            return null;
        }

        if (type is not INamedTypeSymbol named || type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || named.IsAbstract)
        {
            return Fail(display, $"{type.ToDisplayString()} is an interface, abstract or otherwise not constructible; use a concrete type");
        }

        if (named.IsUnboundGenericType || type.TypeKind == TypeKind.TypeParameter)
        {
            return Fail(display, $"{type.ToDisplayString()} is an open generic type");
        }

        // Framework types and collections other than the supported ones would be written as the bag of their public
        // properties ({"Count":2}, {} for Int128): wrong JSON with no warning. Refuse them instead.
        if (named.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable))
        {
            return Fail(display, $"the collection type {type.ToDisplayString()} is not supported; use T[], List<T>, HashSet<T>, Dictionary<TKey, TValue> or their interfaces");
        }

        if (named.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal)))
        {
            return Fail(display, $"{type.ToDisplayString()} has no generated serializer; use a supported type, or a LambdaSerializerContext that covers it");
        }

        if (named.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, known.JsonPolymorphicAttribute) || KnownSymbols.Is(a.AttributeClass, known.JsonDerivedTypeAttribute)))
        {
            return Fail(display, "polymorphic serialization ([JsonPolymorphic]/[JsonDerivedType]) is not supported");
        }

        if (UnsupportedBehaviour(named) is { } behaviour)
        {
            return Fail(display, behaviour);
        }

        if (!IsAccessible(named))
        {
            return Fail(display, $"{type.ToDisplayString()} is not accessible to generated code (make it public or internal)");
        }

        var members = CollectMembers(named);
        var constructor = ChooseConstructor(named, display);
        if (Problem is not null)
        {
            return null;
        }

        // A constructor marked [SetsRequiredMembers] sets them itself: JSON need not, as with System.Text.Json.
        var setsRequired = (constructor ?? named.InstanceConstructors.FirstOrDefault(c => c.Parameters.IsEmpty)) is { } chosen &&
            chosen.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute");
        if (!setsRequired && UnsettableRequiredMember(named, members) is { } unsettable)
        {
            return Fail(display + "." + unsettable.Name, "it is `required` but ignored or not serialized, so generated code could not set it; remove one or the other", unsettable);
        }

        var parameters = constructor?.Parameters ?? System.Collections.Immutable.ImmutableArray<IParameterSymbol>.Empty;
        var parameterSpecs = new List<ConstructorParameterSpec>();
        var boundMembers = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
        foreach (var parameter in parameters)
        {
            var member = members.FirstOrDefault(m => string.Equals(m.Name, parameter.Name, System.StringComparison.OrdinalIgnoreCase) &&
                SymbolEqualityComparer.Default.Equals(TypeNames.StripAnnotation(MemberType(m)), TypeNames.StripAnnotation(parameter.Type)));
            if (member is null)
            {
                return Fail(display, $"constructor parameter '{parameter.Name}' matches no property of the same name and type");
            }

            var typeId = WithMember(member, () => AddMemberType(member, parameter.Type, display + "." + member.Name));
            if (typeId is null)
            {
                return null;
            }

            boundMembers[member] = parameterSpecs.Count;
            parameterSpecs.Add(new ConstructorParameterSpec(parameter.Name, DefaultValue(parameter)));
        }

        var properties = new List<(PropertySpec Spec, int Order, int Index)>();
        foreach (var member in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var spec = WithMember(member, () => BuildProperty(member, display, boundMembers.TryGetValue(member, out var index) ? index : -1, setsRequired));
            if (Problem is not null)
            {
                return null;
            }

            if (spec is not null)
            {
                properties.Add((spec, OrderOf(member), properties.Count));
                if (spec.Setter == SetterKind.None && spec.ConstructorParameter < 0 && IsAutoProperty(member) && IgnoreCondition(member) != IgnoreWhenReading)
                {
                    UnreadableMembers.Add((member, display + "." + member.Name));
                }
            }
        }

        if (properties.Count(p => p.Spec.IsExtensionData) > 1)
        {
            return Fail(display, "it has more than one [JsonExtensionData] member; keep one");
        }

        if (CollidingMember(properties.Select(p => p.Spec).Where(p => !p.IsExtensionData), members) is { } collision)
        {
            var clash = collision.Other == collision.JsonName
                ? $"its JSON name \"{collision.JsonName}\" is also another member's"
                : $"its JSON name \"{collision.JsonName}\" differs only in case from another member's \"{collision.Other}\", and reads ignore case";
            return Fail(display + "." + collision.Name, clash + "; give one of them a different [JsonPropertyName]", collision.Member);
        }

        var ordered = properties.OrderBy(p => p.Order).ThenBy(p => p.Index).Select(p => p.Spec).ToEquatableArray();
        return new ObjectSpec(id, name, type.IsValueType, ordered, parameterSpecs.ToEquatableArray());
    }

    /// <summary>
    /// Instance properties and [JsonInclude] fields, most-derived type first and, within each type, properties
    /// before fields, as System.Text.Json orders them.
    /// </summary>
    private List<ISymbol> CollectMembers(INamedTypeSymbol type)
    {
        var members = new List<ISymbol>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
        {
            foreach (var member in current.GetMembers().OrderBy(m => m is IFieldSymbol ? 1 : 0))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member.IsStatic || member.IsImplicitlyDeclared || !seen.Add(member.Name))
                {
                    continue;
                }

                var included = HasAttribute(member, known.JsonIncludeAttribute);
                switch (member)
                {
                    // Set-only properties are read from JSON (never written), as System.Text.Json does.
                    case IPropertySymbol { IsIndexer: false } property when
                        property.GetMethod is not null && (IsPublic(property) && IsPublic(property.GetMethod) || included) ||
                        property is { GetMethod: null, SetMethod: { } setOnly } && IsPublic(property) && IsPublic(setOnly):
                        members.Add(property);
                        break;
                    case IFieldSymbol { IsConst: false } field when included:
                        members.Add(field);
                        break;
                }
            }
        }

        return members;
    }

    private PropertySpec? BuildProperty(ISymbol member, string path, int constructorParameter, bool setsRequired)
    {
        var memberPath = path + "." + member.Name;
        var ignore = IgnoreCondition(member);
        if (ignore == IgnoreAlways)
        {
            return null;
        }

        var isExtensionData = HasAttribute(member, known.JsonExtensionDataAttribute);
        if (isExtensionData && !IsExtensionDataType(MemberType(member)))
        {
            Fail(memberPath, $"[JsonExtensionData] needs a Dictionary<string, JsonElement> or IDictionary<string, JsonElement>, not {MemberType(member).ToDisplayString()}");
            return null;
        }

        if (HasStringEnumConverter(member) && !IsEnumOrNullableEnum(MemberType(member)))
        {
            Fail(memberPath, "JsonStringEnumConverter applies to enums only");
            return null;
        }

        if (UnsupportedBehaviour(member) is { } behaviour)
        {
            Fail(memberPath, behaviour);
            return null;
        }

        var type = MemberType(member);
        var included = HasAttribute(member, known.JsonIncludeAttribute);
        if (included && member.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
        {
            Fail(memberPath, "[JsonInclude] members must be public or internal for generated code to reach them");
            return null;
        }

        var typeId = AddMemberType(member, type, memberPath);
        typeId = typeId is null ? null : WithPayload(member, type, typeId, memberPath);
        if (typeId is null)
        {
            return null;
        }

        var setter = SetterKind.None;
        var canWrite = true;
        switch (member)
        {
            case IPropertySymbol property:
                if (property.SetMethod is { } set && (IsPublic(set) || included && set.DeclaredAccessibility is Accessibility.Internal or Accessibility.ProtectedOrInternal))
                {
                    setter = set.IsInitOnly ? SetterKind.Init : SetterKind.Set;
                }
                else if (property.SetMethod is { } hidden && included)
                {
                    // [JsonInclude] with a private or protected setter: set through an accessor, as init-only setters are.
                    setter = SetterKind.Init;
                }

                canWrite = property.GetMethod is { } get && (IsPublic(get) || included);
                break;
            case IFieldSymbol field:
                setter = field.IsReadOnly ? SetterKind.None : SetterKind.Set;
                break;
        }

        // [JsonIgnore(Condition = WhenWriting)] still reads the member; WhenReading still writes it.
        if (ignore == IgnoreWhenWriting)
        {
            canWrite = false;
        }
        else if (ignore == IgnoreWhenReading)
        {
            setter = SetterKind.None;
        }

        var isCSharpRequired = !setsRequired && member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true };
        var isRequired = isCSharpRequired || HasAttribute(member, known.JsonRequiredAttribute);
        var writeIgnore = ignore switch
        {
            IgnoreWhenWritingNull => WriteIgnore.WhenNull,
            IgnoreWhenWritingDefault => WriteIgnore.WhenDefault,
            IgnoreNeverExplicit => WriteIgnore.Never,
            _ => WriteIgnore.Inherit,
        };
        return new PropertySpec(
            member.Name,
            StringAttribute(member, known.JsonPropertyNameAttribute),
            typeId,
            TypeNames.Qualify(type),
            canWrite,
            constructorParameter >= 0 ? SetterKind.None : setter,
            constructorParameter,
            isRequired,
            isCSharpRequired,
            writeIgnore,
            TypeNames.Qualify(member.ContainingType))
        {
            GenericInit = setter == SetterKind.Init ? GenericAccessor(member) : null,
            IsExtensionData = isExtensionData,
            KeepsUnknownMembersAsText = isExtensionData && KnownSymbols.Is(member.ContainingType, known.AwsEventObject),
        };
    }

    /// <summary>The generic accessor an init-only property of a constructed generic type needs; null for other types.</summary>
    private static GenericAccessorSpec? GenericAccessor(ISymbol member)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            chain.Insert(0, type);
        }

        if (!chain.Any(t => t.IsGenericType))
        {
            return null;
        }

        var parameters = chain.SelectMany(t => t.OriginalDefinition.TypeParameters).ToList();
        var arguments = chain.SelectMany(t => t.TypeArguments).ToList();
        var constraints = string.Join(" ", parameters.Select(Constraint).Where(c => c.Length > 0));
        var definition = member.OriginalDefinition;
        return new GenericAccessorSpec(
            string.Join(", ", parameters.Select(p => p.Name)),
            constraints,
            TypeNames.Qualify(definition.ContainingType),
            TypeNames.Qualify(MemberType(definition)),
            string.Join(", ", arguments.Select(TypeNames.Qualify)));
    }

    /// <summary>A type parameter's <c>where</c> clause as declared, or empty without constraints.</summary>
    private static string Constraint(ITypeParameterSymbol parameter)
    {
        var parts = new List<string>();
        if (parameter.HasUnmanagedTypeConstraint)
        {
            parts.Add("unmanaged");
        }
        else if (parameter.HasValueTypeConstraint)
        {
            parts.Add("struct");
        }
        else if (parameter.HasReferenceTypeConstraint)
        {
            parts.Add("class");
        }
        else if (parameter.HasNotNullConstraint)
        {
            parts.Add("notnull");
        }

        parts.AddRange(parameter.ConstraintTypes.Select(TypeNames.Qualify));
        if (parameter.HasConstructorConstraint && !parameter.HasValueTypeConstraint)
        {
            parts.Add("new()");
        }

        return parts.Count == 0 ? string.Empty : $"where {parameter.Name} : {string.Join(", ", parts)}";
    }

    /// <summary>[JsonConstructor], else a public parameterless one, else the only public one (System.Text.Json's rule).</summary>
    private IMethodSymbol? ChooseConstructor(INamedTypeSymbol type, string path)
    {
        var constructors = type.InstanceConstructors.Where(c => !c.IsStatic).ToList();
        var marked = constructors.FirstOrDefault(c => HasAttribute(c, known.JsonConstructorAttribute));
        if (marked is not null)
        {
            if (marked.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                Fail(path, "the [JsonConstructor] must be public or internal for generated code to call it");
            }

            return marked.Parameters.Length == 0 ? null : marked;
        }

        var publicOnes = constructors.Where(c => c.DeclaredAccessibility == Accessibility.Public).ToList();
        if (type.IsValueType || publicOnes.Any(c => c.Parameters.Length == 0))
        {
            return null;
        }

        if (publicOnes.Count == 1)
        {
            return publicOnes[0];
        }

        Fail(path, publicOnes.Count == 0
            ? $"{type.ToDisplayString()} has no public constructor"
            : $"{type.ToDisplayString()} has several public constructors; mark the one to use with [JsonConstructor]");
        return null;
    }

    /// <summary>
    /// System.Text.Json attributes that change how numbers are read, how members are populated, or whether unknown
    /// members throw. The generated code does none of these, so accepting them would silently read JSON differently.
    /// </summary>
    private string? UnsupportedBehaviour(ISymbol symbol)
    {
        foreach (var (attribute, what) in new[]
        {
            (known.JsonNumberHandlingAttribute, "[JsonNumberHandling] (numbers as strings)"),
            (known.JsonObjectCreationHandlingAttribute, "[JsonObjectCreationHandling] (populating existing objects)"),
            (known.JsonUnmappedMemberHandlingAttribute, "[JsonUnmappedMemberHandling] (unknown members are always skipped)"),
        })
        {
            if (HasAttribute(symbol, attribute))
            {
                return what + " is not supported; remove it, or register a JsonSerializerContext with [assembly: LambdaSerializerContext]";
            }
        }

        return null;
    }

    /// <summary>The first member whose JSON name (after the naming policy) another member already has: System.Text.Json refuses such a type.</summary>
    private (ISymbol Member, string Name, string JsonName, string Other)? CollidingMember(IEnumerable<PropertySpec> properties, List<ISymbol> members)
    {
        // Read ignoring case, System.Text.Json refuses names that differ only in case too ("ID" and "Id").
        var seen = new Dictionary<string, string>(known.JsonOptions.CaseInsensitiveReads ? System.StringComparer.OrdinalIgnoreCase : System.StringComparer.Ordinal);
        foreach (var property in properties)
        {
            var jsonName = Emitting.JsonNames.Apply(property.Name, property.JsonNameOverride, known.JsonOptions.Naming);
            if (seen.TryGetValue(jsonName, out var other))
            {
                var member = members.First(m => m.Name == property.Name);
                return (member, property.Name, jsonName, other);
            }

            seen[jsonName] = jsonName;
        }

        return null;
    }

    /// <summary>A <c>required</c> member that reading JSON never sets ([JsonIgnore]d, or a field without [JsonInclude]).</summary>
    private ISymbol? UnsettableRequiredMember(INamedTypeSymbol type, List<ISymbol> members)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var required = member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true };
                var ignored = IgnoreCondition(member) is IgnoreAlways or IgnoreWhenReading;
                if (required && (ignored || !members.Any(m => SymbolEqualityComparer.Default.Equals(m, member))))
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>The types a <c>[JsonExtensionData]</c> member may have: what reading can fill with the members it did not match.</summary>
    private bool IsExtensionDataType(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeArguments.Length: 2 } named &&
        (KnownSymbols.Is(named, known.DictionaryOfTKV) || KnownSymbols.Is(named, known.IDictionaryOfTKV)) &&
        named.TypeArguments[0].SpecialType == SpecialType.System_String &&
        KnownSymbols.Is(named.TypeArguments[1], known.JsonElement);

    /// <summary>A property backed by a compiler-generated field: data, not a computed value.</summary>
    private static bool IsAutoProperty(ISymbol member) =>
        member is IPropertySymbol property &&
        property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    private static ITypeSymbol MemberType(ISymbol member) => member switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        _ => throw new System.ArgumentException("Not a property or field", nameof(member)),
    };

    private static string DefaultValue(IParameterSymbol parameter)
    {
        // '!' only where null may meet a non-nullable reference type: a value type's default needs none.
        var none = parameter.Type.IsValueType ? "default" : "default!";
        if (!parameter.HasExplicitDefaultValue)
        {
            return none;
        }

        return parameter.ExplicitDefaultValue switch
        {
            null => none,
            string s => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(s, quote: true),
            bool b => b ? "true" : "false",
            char c => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(c, quote: true),
            // Parenthesized: (global::Shop.Level)-1 would parse as a subtraction.
            _ when parameter.Type.TypeKind == TypeKind.Enum => $"({TypeNames.Qualify(parameter.Type)})({Literal(parameter.ExplicitDefaultValue)})",
            // A suffix keeps the literal's own precision: (decimal)1.2345678901234567890123456789 is a double first.
            decimal m => $"{Literal(m)}m",
            float f when !float.IsNaN(f) && !float.IsInfinity(f) => $"{f.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}f",
            double d when !double.IsNaN(d) && !double.IsInfinity(d) => $"{d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}d",
            float f => NonFinite("float", f),
            double d => NonFinite("double", d),
            var value => $"({TypeNames.Qualify(parameter.Type)})({Literal(value)})",
        };
    }

    /// <summary>NaN and the infinities have no literal: name the constant instead.</summary>
    private static string NonFinite(string type, double value) =>
        double.IsNaN(value) ? type + ".NaN" : value > 0 ? type + ".PositiveInfinity" : type + ".NegativeInfinity";

    private const int IgnoreNeverExplicit = 0;
    private const int IgnoreAlways = 1;
    private const int IgnoreWhenWritingDefault = 2;
    private const int IgnoreWhenWritingNull = 3;
    private const int IgnoreWhenWriting = 4;
    private const int IgnoreWhenReading = 5;
    private const int NoIgnoreAttribute = -1;

    /// <summary>The JsonIgnoreCondition of a [JsonIgnore] (no condition means Always), or -1 without one.</summary>
    private int IgnoreCondition(ISymbol member)
    {
        var attribute = member.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, known.JsonIgnoreAttribute));
        if (attribute is null)
        {
            return NoIgnoreAttribute;
        }

        var condition = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Condition").Value;
        return condition.Value is int value ? value : IgnoreAlways;
    }

    private int OrderOf(ISymbol member) =>
        member.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, known.JsonPropertyOrderAttribute)) is { ConstructorArguments.Length: 1 } data &&
        data.ConstructorArguments[0].Value is int order ? order : 0;

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute) =>
        symbol.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, attribute));

    private static bool IsPublic(ISymbol symbol) => symbol.DeclaredAccessibility == Accessibility.Public;

    /// <summary>Generated code lives in the same assembly but another file: internal is enough, file-local is not, for the type and every type containing it.</summary>
    internal static bool IsAccessible(INamedTypeSymbol type)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            // A file-local type is internal to the compiler but invisible outside its own file, where generated code lives.
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal) ||
                current is INamedTypeSymbol { IsFileLocal: true })
            {
                return false;
            }
        }

        return type is not { IsGenericType: true } || type.TypeArguments.All(a => a is not INamedTypeSymbol n || IsAccessible(n));
    }
}
