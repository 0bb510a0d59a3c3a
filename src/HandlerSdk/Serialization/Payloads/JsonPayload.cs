using System.ComponentModel;
using System.Text.Json;

namespace HandlerSdk.Serialization.Payloads;

/// <summary>
/// Reads and writes a member marked <see cref="JsonPayloadAttribute"/>: decodes the payload its JSON value carries into
/// a pooled buffer, reads the member's type from it with the generated reader, in the same pass; writes the member's
/// type with the generated writer and encodes it back. Not for direct use: the generated serializers call these.
/// </summary>
/// <remarks>
/// Errors inside the payload keep their path: the generated reader of the containing object prepends the member's
/// name, so a bad quantity in an SQS body reads <c>$.Records[3].body.lines[0].quantity</c>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonPayload
{
    /// <summary>Reads the payload at the reader's value as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The member's type.</typeparam>
    /// <param name="reader">The reader, at the member's value (not JSON null: the generated code decides what null means).</param>
    /// <param name="encoding">How the value carries the payload.</param>
    /// <param name="typeName">The member's type, for errors.</param>
    /// <param name="read">The generated reader of <typeparamref name="T"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="LambdaJsonException">The value does not carry a payload of the type; the path says where.</exception>
    public static T Read<T>(ref Utf8JsonReader reader, PayloadEncoding encoding, string typeName, ReadValue<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var buffer = PayloadBuffer.Rent();
        PayloadBuffer? extra = null;
        try
        {
            ReadOnlySpan<byte> json;
            switch (encoding)
            {
                case PayloadEncoding.Json:
                    json = PayloadText.Json(ref reader, buffer, typeName);
                    break;
                case PayloadEncoding.Base64Json:
                    json = PayloadText.Base64Json(ref reader, buffer, typeName);
                    break;
                case PayloadEncoding.Base64GzipJson:
                    extra = PayloadBuffer.Rent();
                    json = PayloadText.Base64GzipJson(ref reader, buffer, extra, typeName);
                    break;
                case PayloadEncoding.DynamoDbJson:
                    DynamoDbJson.ToPlain(ref reader, buffer, typeName);
                    json = buffer.Written;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not a payload encoding.");
            }

            return ReadDecoded(json, typeName, read);
        }
        finally
        {
            extra?.Return();
            buffer.Return();
        }
    }

    /// <summary>Writes <paramref name="value"/> as a payload in <paramref name="encoding"/>.</summary>
    /// <typeparam name="T">The member's type.</typeparam>
    /// <param name="writer">The writer, where the member's value goes.</param>
    /// <param name="value">The value (not null: the generated code writes null as JSON null).</param>
    /// <param name="encoding">How the value carries the payload.</param>
    /// <param name="typeName">The member's type, for errors.</param>
    /// <param name="write">The generated writer of <typeparamref name="T"/>.</param>
    public static void Write<T>(Utf8JsonWriter writer, T value, PayloadEncoding encoding, string typeName, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(write);
        var buffer = PayloadBuffer.Rent();
        PayloadBuffer? extra = null;
        try
        {
            var inner = buffer.JsonWriter;
            write(inner, value);
            inner.Flush();
            switch (encoding)
            {
                case PayloadEncoding.Json:
                    PayloadText.WriteJson(writer, buffer.Written);
                    break;
                case PayloadEncoding.Base64Json:
                    PayloadText.WriteBase64Json(writer, buffer.Written);
                    break;
                case PayloadEncoding.Base64GzipJson:
                    extra = PayloadBuffer.Rent();
                    PayloadText.WriteBase64GzipJson(writer, buffer.Written, extra);
                    break;
                case PayloadEncoding.DynamoDbJson:
                    DynamoDbJson.FromPlain(buffer.Written, writer, typeName);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not a payload encoding.");
            }
        }
        finally
        {
            extra?.Return();
            buffer.Return();
        }
    }

    private static T ReadDecoded<T>(ReadOnlySpan<byte> json, string typeName, ReadValue<T> read)
    {
        var reader = new Utf8JsonReader(json, JsonRead.ReaderOptions);
        if (json.IsEmpty || !reader.Read())
        {
            throw new LambdaJsonException($"The payload is empty; expected the JSON of {typeName}.");
        }

        var value = read(ref reader);
        // Content after the value is the reader's own error ("'x' is invalid after a single JSON value").
        reader.Read();
        return value;
    }
}
