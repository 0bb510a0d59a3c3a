namespace HandlerSdk.Generators.Model;

/// <summary>
/// A type the generated serializers read and write. <see cref="Id"/> names its reader and writer methods; other
/// specs refer to it by that id, so the graph holds no references and stays equatable (recursion included).
/// </summary>
internal abstract record TypeSpec(string Id, string Type);

/// <summary>bool, numbers, char, string, dates and times, Guid, Uri, byte[] and the JSON DOM types.</summary>
internal sealed record PrimitiveSpec(string Id, string Type, PrimitiveKind Kind) : TypeSpec(Id, Type);

internal enum PrimitiveKind
{
    Boolean,
    Byte,
    SByte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Single,
    Double,
    Decimal,
    Char,
    String,
    DateTime,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    TimeSpan,
    Guid,
    Uri,
    ByteArray,
    JsonElement,
    JsonNode,
    JsonObject,
    JsonArray,
    JsonValue,
}

/// <summary><c>T?</c> for a value type T.</summary>
internal sealed record NullableSpec(string Id, string Type, string UnderlyingId) : TypeSpec(Id, Type);

/// <summary>An enum, written as its number or, with a string enum converter, as its member names.</summary>
internal sealed record EnumSpec(string Id, string Type, string UnderlyingType, bool AsString, bool IsFlags, EquatableArray<EnumMemberSpec> Members)
    : TypeSpec(Id, Type);

/// <param name="Name">The member's name in C#.</param>
/// <param name="JsonNameOverride">Its name from <c>[JsonStringEnumMemberName]</c>, if any.</param>
/// <param name="Value">Its value, as a C# literal of the underlying type.</param>
internal sealed record EnumMemberSpec(string Name, string? JsonNameOverride, string Value);

/// <summary>Arrays, lists, sets and the read-only collection interfaces.</summary>
internal sealed record CollectionSpec(string Id, string Type, CollectionKind Kind, string ElementId, string ElementType) : TypeSpec(Id, Type);

internal enum CollectionKind
{
    /// <summary><c>T[]</c>.</summary>
    Array,

    /// <summary><c>List&lt;T&gt;</c>, or an interface a list implements (IEnumerable, IList, ICollection, IReadOnlyList, IReadOnlyCollection).</summary>
    List,

    /// <summary><c>HashSet&lt;T&gt;</c> or <c>ISet&lt;T&gt;</c>/<c>IReadOnlySet&lt;T&gt;</c>.</summary>
    HashSet,
}

/// <summary>Dictionaries with string, integer or enum keys, and their interfaces.</summary>
internal sealed record DictionarySpec(string Id, string Type, string KeyType, DictionaryKeyKind KeyKind, string? KeyEnumId, string ValueId, string ValueType)
    : TypeSpec(Id, Type);

internal enum DictionaryKeyKind
{
    String,
    Int32,
    Int64,
    UInt32,
    UInt64,
    Int16,
    UInt16,
    Byte,
    SByte,
    Guid,
    Enum,
}

/// <summary>A type handed to a user's System.Text.Json source-generated context (<c>[assembly: LambdaSerializerContext]</c>).</summary>
/// <param name="Context">The context type, <c>global::</c>-qualified.</param>
/// <param name="IsValueType">Value types are never null.</param>
internal sealed record ContextSpec(string Id, string Type, string Context, bool IsValueType) : TypeSpec(Id, Type);

/// <summary>
/// A type read and written by a user's <c>JsonConverter&lt;T&gt;</c>, named with <c>[JsonConverter]</c> on a member or
/// on the type, as System.Text.Json would use it.
/// </summary>
/// <param name="Converter">The converter type, <c>global::</c>-qualified; it has a parameterless constructor.</param>
/// <param name="ConvertedType">The converter's T: <see cref="TypeSpec.Type"/> itself, or its underlying type when that is <c>T?</c>.</param>
/// <param name="CanBeNull">Null is read and written around the converter (reference types unless it handles null; <c>T?</c> always).</param>
/// <param name="WrapsNullable">The member is <c>T?</c> and the converter converts T, as System.Text.Json allows.</param>
internal sealed record ConverterSpec(string Id, string Type, string Converter, string ConvertedType, bool CanBeNull, bool WrapsNullable) : TypeSpec(Id, Type);

/// <summary>A class, record or struct read and written member by member.</summary>
/// <param name="IsValueType">Structs are never null and are assigned through <c>ref</c>.</param>
/// <param name="Properties">Every serialized member, in the order they are written.</param>
/// <param name="ConstructorParameters">The constructor's parameters, in order; empty for a parameterless one.</param>
internal sealed record ObjectSpec(string Id, string Type, bool IsValueType, EquatableArray<PropertySpec> Properties, EquatableArray<ConstructorParameterSpec> ConstructorParameters)
    : TypeSpec(Id, Type);

/// <param name="Name">The member's C# name.</param>
/// <param name="JsonNameOverride">Its JSON name from <c>[JsonPropertyName]</c>; otherwise the naming policy decides.</param>
/// <param name="TypeId">Its serializer's id.</param>
/// <param name="Type">Its CLR type, <c>global::</c>-qualified.</param>
/// <param name="CanWrite">Whether it is written (has a usable getter and is not ignored).</param>
/// <param name="Setter">How a read value is assigned after construction, if not through the constructor.</param>
/// <param name="ConstructorParameter">The index of the constructor parameter it binds to, or -1.</param>
/// <param name="IsRequired">A <c>required</c> member or <c>[JsonRequired]</c>: missing from JSON is an error.</param>
/// <param name="IsCSharpRequired">A <c>required</c> member: must be set in the object initializer.</param>
/// <param name="Ignore">When writing skips it.</param>
/// <param name="DeclaringType">The type that declares it, <c>global::</c>-qualified: an init accessor must name it (a base type's setter is not found through a derived type).</param>
internal sealed record PropertySpec(
    string Name,
    string? JsonNameOverride,
    string TypeId,
    string Type,
    bool CanWrite,
    SetterKind Setter,
    int ConstructorParameter,
    bool IsRequired,
    bool IsCSharpRequired,
    WriteIgnore Ignore,
    string DeclaringType)
{
    /// <summary>For an init-only property of a generic type: how to declare its setter accessor generically.</summary>
    public GenericAccessorSpec? GenericInit { get; init; }

    /// <summary>
    /// The <c>[JsonExtensionData]</c> member (a <c>Dictionary&lt;string, JsonElement&gt;</c>): it takes the members no
    /// other property matches when read, and its entries are written after the others, never under its own name.
    /// </summary>
    public bool IsExtensionData { get; init; }

    /// <summary>
    /// The extension member is <c>AwsEventObject.AdditionalProperties</c>: the generated code keeps and writes the
    /// members as JSON text through <c>JsonRead.UnknownMember</c> and <c>JsonWrite.UnknownMembers</c>, which parse
    /// them into elements (and link <c>JsonDocument</c>) only if the function asks for them.
    /// </summary>
    public bool KeepsUnknownMembersAsText { get; init; }
}

/// <summary>
/// An <c>[UnsafeAccessor]</c> for a member of a generic type must sit in a generic class with the type's own type
/// parameters (and constraints), and speak of the type and the member in their terms.
/// </summary>
/// <param name="TypeParameters">The declaring type's type parameters, outermost type first: <c>T</c>.</param>
/// <param name="Constraints">Their <c>where</c> clauses, as declared.</param>
/// <param name="OpenTarget">The declaring type in terms of its type parameters: <c>global::Shop.Envelope&lt;T&gt;</c>.</param>
/// <param name="OpenValue">The property's type in those terms: <c>T</c>.</param>
/// <param name="TypeArguments">The arguments of the type at hand, in the same order: <c>global::Shop.Order</c>.</param>
internal sealed record GenericAccessorSpec(string TypeParameters, string Constraints, string OpenTarget, string OpenValue, string TypeArguments);

internal enum SetterKind
{
    /// <summary>Not read (no setter, or only bound through the constructor).</summary>
    None,

    /// <summary>An accessible setter or field.</summary>
    Set,

    /// <summary>An init-only setter: assigned through an <c>UnsafeAccessor</c> when present in JSON.</summary>
    Init,
}

internal enum WriteIgnore
{
    /// <summary>No <c>[JsonIgnore]</c>: the assembly-wide null omission decides.</summary>
    Inherit,

    /// <summary><c>[JsonIgnore(Condition = Never)]</c>: always written.</summary>
    Never,
    WhenNull,
    WhenDefault,
}

/// <param name="Name">The parameter's name.</param>
/// <param name="DefaultValue">A C# expression for its value when JSON lacks it.</param>
internal sealed record ConstructorParameterSpec(string Name, string DefaultValue);
