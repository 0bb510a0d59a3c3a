namespace HandlerSdk.Generators.Model;

/// <summary>
/// What code that reads or writes a value of a type needs to know about it: whether it is a primitive (inlined as a
/// helper call) and whether it can be null. Each generated file depends on the shapes of the types it mentions, not
/// on their members, so adding a property to one type regenerates that type's file only.
/// </summary>
/// <param name="Primitive">The primitive kind, or null for types with a generated <c>Read_</c>/<c>Write_</c> pair.</param>
internal sealed record TypeShape(string Id, PrimitiveKind? Primitive, bool IsNullable)
{
    /// <summary>Which direct DynamoDB JSON readers the type has: only types a <c>DynamoDbJson</c> payload reaches have any.</summary>
    public DynamoDbReaderKind DynamoDb { get; init; }

    public static TypeShape Of(TypeSpec spec) => new(
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
        });
}

/// <summary>The generated readers of a type from DynamoDB attribute values.</summary>
internal enum DynamoDbReaderKind
{
    /// <summary>None: where a payload needs the type, its attribute value is turned into plain JSON and read as such.</summary>
    None,

    /// <summary><c>ReadDdb_</c>: the value from its attribute value (<c>{"L":[...]}</c>).</summary>
    Value,

    /// <summary><c>ReadDdb_</c> and <c>ReadDdbItem_</c>: an object, also from a bare map (an image).</summary>
    Item,
}
