namespace HandlerSdk.Serialization;

/// <summary>
/// Says that a member's JSON value is not the member's type itself but a payload of it in another
/// <see cref="PayloadEncoding"/>: JSON text in a string, base64 JSON, base64 gzip JSON, or DynamoDB JSON. The generated
/// reader decodes the payload in the same pass and reads the member's type from it (errors name the path through the
/// payload); the writer encodes it back the same way, so written events are what AWS sends.
/// </summary>
/// <param name="encoding">How the payload is carried.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class JsonPayloadAttribute(PayloadEncoding encoding) : Attribute
{
    /// <summary>How the payload is carried.</summary>
    public PayloadEncoding Encoding { get; } = encoding;
}
