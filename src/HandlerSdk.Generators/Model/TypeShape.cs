namespace HandlerSdk.Generators.Model;

/// <summary>
/// What code that reads or writes a value of a type needs to know about it: whether it is a primitive (inlined as a
/// helper call) and whether it can be null. Each generated file depends on the shapes of the types it mentions, not
/// on their members, so adding a property to one type regenerates that type's file only.
/// </summary>
/// <param name="Primitive">The primitive kind, or null for types with a generated reader and writer.</param>
/// <param name="IsNullable">Values can be null: reference types and <c>Nullable&lt;T&gt;</c>.</param>
internal sealed record TypeShape(string Id, PrimitiveKind? Primitive, bool IsNullable)
{
    /// <summary>
    /// The name its generated members are named after (<c>ReadListOfInt32</c>), distinct among the types of one
    /// compilation (<see cref="ReadableTypeNames.Assign"/>).
    /// </summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>
    /// A reference type: a value read or written may need <c>!</c> where nested nullable annotations are not spelled.
    /// Value types (<c>Nullable&lt;T&gt;</c> included) never do.
    /// </summary>
    public bool IsReferenceType { get; init; }

    /// <summary>Which direct DynamoDB JSON readers the type has: only types a <c>DynamoDbJson</c> payload reaches have any.</summary>
    public DynamoDbReaderKind DynamoDb { get; init; }

    public static TypeShape Of(TypeSpec spec) => new TypeShape(
        spec.Id,
        (spec as PrimitiveSpec)?.Kind,
        spec switch
        {
            NullableSpec => true,
            EncodedPayloadSpec p => p.IsNullable,
            ObjectSpec o => !o.IsValueType,
            ContextSpec c => !c.IsValueType,
            ConverterSpec c => c.CanBeNull,
            CollectionSpec or DictionarySpec => true,
            PrimitiveSpec p => p.Kind is PrimitiveKind.String or PrimitiveKind.Uri or PrimitiveKind.ByteArray or PrimitiveKind.JsonNode or
                PrimitiveKind.JsonObject or PrimitiveKind.JsonArray or PrimitiveKind.JsonValue,
            _ => false,
        })
    {
        Name = ReadableTypeNames.Of(spec),
        IsReferenceType = spec switch
        {
            NullableSpec or EnumSpec => false,
            EncodedPayloadSpec p => !p.IsValueType,
            ObjectSpec o => !o.IsValueType,
            ContextSpec c => !c.IsValueType,
            ConverterSpec c => c.CanBeNull && !c.WrapsNullable,
            CollectionSpec or DictionarySpec => true,
            PrimitiveSpec p => p.Kind is PrimitiveKind.String or PrimitiveKind.Uri or PrimitiveKind.ByteArray or PrimitiveKind.JsonNode or
                PrimitiveKind.JsonObject or PrimitiveKind.JsonArray or PrimitiveKind.JsonValue,
            _ => true,
        },
    };
}

/// <summary>The generated readers of a type from DynamoDB attribute values.</summary>
internal enum DynamoDbReaderKind
{
    /// <summary>None: where a payload needs the type, its attribute value is turned into plain JSON and read as such.</summary>
    None,

    /// <summary><c>Read…_DynamoDb</c>: the value from its attribute value (<c>{"L":[...]}</c>).</summary>
    Value,

    /// <summary><c>Read…_DynamoDb</c> and <c>Read…_DynamoDbItem</c>: an object, also from a bare map (an image).</summary>
    Item,
}
