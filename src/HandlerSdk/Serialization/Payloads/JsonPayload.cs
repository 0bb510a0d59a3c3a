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
    /// <summary>Reads the payload at the reader's value as <typeparamref name="T"/>, in any encoding.</summary>
    /// <remarks>
    /// Generated code calls the method of its member's encoding instead (<see cref="ReadJson{T}"/>, ...), so that a
    /// function links only the codecs it uses: gzip and the DynamoDB transform stay out of a function that reads SQS bodies.
    /// </remarks>
    /// <typeparam name="T">The member's type.</typeparam>
    /// <param name="reader">The reader, at the member's value (not JSON null: the generated code decides what null means).</param>
    /// <param name="encoding">How the value carries the payload.</param>
    /// <param name="typeName">The member's type, for errors.</param>
    /// <param name="read">The generated reader of <typeparamref name="T"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="LambdaJsonException">The value does not carry a payload of the type; the path says where.</exception>
    public static T Read<T>(ref Utf8JsonReader reader, PayloadEncoding encoding, string typeName, ReadValue<T> read) => encoding switch
    {
        PayloadEncoding.Json => ReadJson(ref reader, typeName, read),
        PayloadEncoding.Base64Json => ReadBase64Json(ref reader, typeName, read),
        PayloadEncoding.Base64GzipJson => ReadBase64GzipJson(ref reader, typeName, read),
        PayloadEncoding.DynamoDbJson => ReadDynamoDbJson(ref reader, typeName, read),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not a payload encoding."),
    };

    /// <summary>Reads JSON text held in a JSON string (<see cref="PayloadEncoding.Json"/>) as <typeparamref name="T"/>.</summary>
    /// <inheritdoc cref="Read{T}(ref Utf8JsonReader, PayloadEncoding, string, ReadValue{T})" path="/typeparam|/param[@name='reader' or @name='typeName' or @name='read']|/returns|/exception"/>
    public static T ReadJson<T>(ref Utf8JsonReader reader, string typeName, ReadValue<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var buffer = PayloadBuffer.Rent();
        try
        {
            return ReadDecoded(PayloadText.Json(ref reader, buffer, typeName), typeName, read);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>Reads base64-encoded JSON (<see cref="PayloadEncoding.Base64Json"/>) as <typeparamref name="T"/>.</summary>
    /// <inheritdoc cref="Read{T}(ref Utf8JsonReader, PayloadEncoding, string, ReadValue{T})" path="/typeparam|/param[@name='reader' or @name='typeName' or @name='read']|/returns|/exception"/>
    public static T ReadBase64Json<T>(ref Utf8JsonReader reader, string typeName, ReadValue<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var buffer = PayloadBuffer.Rent();
        try
        {
            return ReadDecoded(PayloadText.Base64Json(ref reader, buffer, typeName), typeName, read);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>Reads gzip-compressed, base64-encoded JSON (<see cref="PayloadEncoding.Base64GzipJson"/>) as <typeparamref name="T"/>.</summary>
    /// <inheritdoc cref="Read{T}(ref Utf8JsonReader, PayloadEncoding, string, ReadValue{T})" path="/typeparam|/param[@name='reader' or @name='typeName' or @name='read']|/returns|/exception"/>
    public static T ReadBase64GzipJson<T>(ref Utf8JsonReader reader, string typeName, ReadValue<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var buffer = PayloadBuffer.Rent();
        var unzipped = PayloadBuffer.Rent();
        try
        {
            return ReadDecoded(PayloadText.Base64GzipJson(ref reader, buffer, unzipped, typeName), typeName, read);
        }
        finally
        {
            unzipped.Return();
            buffer.Return();
        }
    }

    /// <summary>Reads an object in DynamoDB JSON (<see cref="PayloadEncoding.DynamoDbJson"/>) as <typeparamref name="T"/>.</summary>
    /// <inheritdoc cref="Read{T}(ref Utf8JsonReader, PayloadEncoding, string, ReadValue{T})" path="/typeparam|/param[@name='reader' or @name='typeName' or @name='read']|/returns|/exception"/>
    public static T ReadDynamoDbJson<T>(ref Utf8JsonReader reader, string typeName, ReadValue<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var buffer = PayloadBuffer.Rent();
        try
        {
            DynamoDbJson.ToPlain(ref reader, buffer, typeName);
            return ReadDecoded(buffer.Written, typeName, read);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>Writes <paramref name="value"/> as a payload in <paramref name="encoding"/>.</summary>
    /// <remarks>Generated code calls the method of its member's encoding instead (<see cref="WriteJson{T}"/>, ...).</remarks>
    /// <typeparam name="T">The member's type.</typeparam>
    /// <param name="writer">The writer, where the member's value goes.</param>
    /// <param name="value">The value (not null: the generated code writes null as JSON null).</param>
    /// <param name="encoding">How the value carries the payload.</param>
    /// <param name="typeName">The member's type, for errors.</param>
    /// <param name="write">The generated writer of <typeparamref name="T"/>.</param>
    public static void Write<T>(Utf8JsonWriter writer, T value, PayloadEncoding encoding, string typeName, Action<Utf8JsonWriter, T> write)
    {
        switch (encoding)
        {
            case PayloadEncoding.Json:
                WriteJson(writer, value, typeName, write);
                break;
            case PayloadEncoding.Base64Json:
                WriteBase64Json(writer, value, typeName, write);
                break;
            case PayloadEncoding.Base64GzipJson:
                WriteBase64GzipJson(writer, value, typeName, write);
                break;
            case PayloadEncoding.DynamoDbJson:
                WriteDynamoDbJson(writer, value, typeName, write);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not a payload encoding.");
        }
    }

    /// <summary>Writes <paramref name="value"/> as JSON text in a JSON string (<see cref="PayloadEncoding.Json"/>).</summary>
    /// <inheritdoc cref="Write{T}(Utf8JsonWriter, T, PayloadEncoding, string, Action{Utf8JsonWriter, T})" path="/typeparam|/param[@name='writer' or @name='value' or @name='typeName' or @name='write']"/>
    public static void WriteJson<T>(Utf8JsonWriter writer, T value, string typeName, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = WriteInner(value, write);
        try
        {
            PayloadText.WriteJson(writer, buffer.Written);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>Writes <paramref name="value"/> as base64-encoded JSON (<see cref="PayloadEncoding.Base64Json"/>).</summary>
    /// <inheritdoc cref="Write{T}(Utf8JsonWriter, T, PayloadEncoding, string, Action{Utf8JsonWriter, T})" path="/typeparam|/param[@name='writer' or @name='value' or @name='typeName' or @name='write']"/>
    public static void WriteBase64Json<T>(Utf8JsonWriter writer, T value, string typeName, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = WriteInner(value, write);
        try
        {
            PayloadText.WriteBase64Json(writer, buffer.Written);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>Writes <paramref name="value"/> as gzip-compressed, base64-encoded JSON (<see cref="PayloadEncoding.Base64GzipJson"/>).</summary>
    /// <inheritdoc cref="Write{T}(Utf8JsonWriter, T, PayloadEncoding, string, Action{Utf8JsonWriter, T})" path="/typeparam|/param[@name='writer' or @name='value' or @name='typeName' or @name='write']"/>
    public static void WriteBase64GzipJson<T>(Utf8JsonWriter writer, T value, string typeName, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = WriteInner(value, write);
        var zipped = PayloadBuffer.Rent();
        try
        {
            PayloadText.WriteBase64GzipJson(writer, buffer.Written, zipped);
        }
        finally
        {
            zipped.Return();
            buffer.Return();
        }
    }

    /// <summary>Writes <paramref name="value"/> as an object in DynamoDB JSON (<see cref="PayloadEncoding.DynamoDbJson"/>).</summary>
    /// <inheritdoc cref="Write{T}(Utf8JsonWriter, T, PayloadEncoding, string, Action{Utf8JsonWriter, T})" path="/typeparam|/param[@name='writer' or @name='value' or @name='typeName' or @name='write']"/>
    public static void WriteDynamoDbJson<T>(Utf8JsonWriter writer, T value, string typeName, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = WriteInner(value, write);
        try
        {
            DynamoDbJson.FromPlain(buffer.Written, writer, typeName);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>The value written with its generated writer into a rented buffer the caller returns.</summary>
    private static PayloadBuffer WriteInner<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = PayloadBuffer.Rent();
        try
        {
            var inner = buffer.JsonWriter;
            write(inner, value);
            inner.Flush();
            return buffer;
        }
        catch
        {
            buffer.Return();
            throw;
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
