namespace HandlerSdk.Generators.Model;

/// <summary>
/// A member marked <c>[JsonPayload]</c>: its JSON value carries a payload of <see cref="TypeSpec.Type"/> (JSON text in a
/// string, base64 JSON, base64 gzip JSON, DynamoDB JSON), read and written through the payload codecs around the
/// type's own reader and writer. A wrapper: the member's type keeps its own spec, <see cref="InnerId"/>.
/// </summary>
/// <param name="Encoding">How the payload is carried.</param>
/// <param name="InnerId">The spec of the type itself.</param>
/// <param name="IsNullable">A reference type or <c>Nullable&lt;T&gt;</c>: JSON null reads as null and null writes as JSON null.</param>
/// <param name="IsValueType">Structs are passed to the writer as they are, without <c>?</c>.</param>
internal sealed record EncodedPayloadSpec(string Id, string Type, PayloadEncodingKind Encoding, string InnerId, bool IsNullable, bool IsValueType)
    : TypeSpec(Id, Type);

/// <summary>HandlerSdk.Serialization.PayloadEncoding, member for member (the generator cannot reference HandlerSdk).</summary>
internal enum PayloadEncodingKind
{
    Json,
    Base64Json,
    Base64GzipJson,
    DynamoDbJson,
}
