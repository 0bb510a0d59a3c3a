using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HandlerSdk.Serialization.Payloads;

/// <summary>
/// DynamoDB JSON (<c>{"id":{"S":"o-1"},"total":{"N":"12.5"}}</c>, as stream images carry an item) to plain JSON
/// (<c>{"id":"o-1","total":12.5}</c>) and back, token by token, with no document in memory. Reading maps S to a
/// string, N to a number (its digits kept exactly), B to its base64 string, SS/NS/BS to arrays, M to an object, L to
/// an array, NULL to null and BOOL to a boolean. Writing maps a string to S, a number to N, a boolean to BOOL, null to
/// NULL, an object to M and an array to L: sets and binary values come back as L and S, since plain JSON does not
/// say a list was a set or a string was bytes.
/// </summary>
/// <remarks>
/// Reading writes the plain JSON byte by byte rather than through a <see cref="Utf8JsonWriter"/>: an image is mostly
/// short names and strings, and the writer's per-call checks were about a third of the transform's own time. Names and strings
/// that need no escaping are copied as they came; the others go through a writer, so the text is the same as the
/// writer's throughout (<see cref="PayloadBuffer"/>'s options).
/// </remarks>
internal static class DynamoDbJson
{
    private const string Tags = "S, N, B, SS, NS, BS, M, L, NULL or BOOL";
    private const int StackTextLimit = 256;

    // The escaping PayloadBuffer's writer applies: text this encoder leaves alone is copied byte for byte.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonWriterOptions EscaperOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static Utf8JsonWriter? t_escaper;

    /// <summary>Reads a DynamoDB item (a map of attribute values) and writes it as plain JSON.</summary>
    /// <param name="reader">The reader, at the item's start; left at its end.</param>
    /// <param name="output">Where the plain JSON goes (compact, escaped as <see cref="PayloadBuffer.JsonWriter"/> escapes).</param>
    /// <param name="typeName">The type the item is read into, for errors.</param>
    /// <exception cref="LambdaJsonException">The item is not DynamoDB JSON; the path names the attribute at fault.</exception>
    public static void ToPlain(ref Utf8JsonReader reader, PayloadBuffer output, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonRead.Mismatch(ref reader, typeName, "an object of DynamoDB attribute values ({\"name\":{\"S\":\"text\"}})");
        }

        WriteMap(ref reader, output);
    }

    /// <summary>Reads plain JSON (an object) and writes it as a DynamoDB item.</summary>
    /// <param name="json">The plain JSON of one object.</param>
    /// <param name="writer">Where the DynamoDB JSON goes.</param>
    /// <param name="typeName">The type written, for errors.</param>
    /// <exception cref="LambdaJsonException">The JSON is not an object: only an object is a DynamoDB item.</exception>
    public static void FromPlain(ReadOnlySpan<byte> json, Utf8JsonWriter writer, string typeName)
    {
        var reader = new Utf8JsonReader(json, JsonRead.ReaderOptions);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new LambdaJsonException($"A {typeName} cannot be written as a DynamoDB item: it is written as {Describe(reader.TokenType)}, and an item is an object.");
        }

        WriteItem(ref reader, writer);
    }

    private static void WriteMap(ref Utf8JsonReader reader, PayloadBuffer output)
    {
        output.Write((byte)'{');
        var first = true;
        ReadOnlySpan<byte> name = default;
        bool escaped = false, inProperty = false;
        try
        {
            while (JsonRead.NextProperty(ref reader))
            {
                // The reader may come from a caller's ReadOnlySequence: a name split across segments is copied.
                name = JsonRead.RawName(ref reader);
                escaped = reader.ValueIsEscaped;
                inProperty = true;
                if (!first)
                {
                    output.Write((byte)',');
                }

                first = false;
                CopyText(ref reader, output);
                output.Write((byte)':');
                reader.Read();
                WriteAttributeValue(ref reader, output);
                inProperty = false;
            }
        }
        catch (Exception e) when (JsonRead.IsReadError(e))
        {
            throw JsonRead.AtProperty(e, name, escaped, inProperty);
        }

        output.Write((byte)'}');
    }

    /// <summary>Writes one attribute value (<c>{"N":"12.5"}</c>) as its plain JSON value (<c>12.5</c>).</summary>
    /// <param name="reader">The reader, at the attribute value's start; left at its end.</param>
    /// <param name="output">Where the plain JSON goes.</param>
    internal static void WriteAttributeValue(ref Utf8JsonReader reader, PayloadBuffer output)
    {
        var tag = OpenAttribute(ref reader);
        WriteTagged(ref reader, output, tag);
    }

    /// <summary>Moves from an attribute value's start past its type tag, to the tagged value.</summary>
    /// <param name="reader">The reader, at the attribute value's start; left at the tagged value.</param>
    /// <returns>The tag.</returns>
    /// <exception cref="LambdaJsonException">Not an object, no tag, or not a DynamoDB tag.</exception>
    internal static DynamoDbTag OpenAttribute(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonRead.Mismatch(ref reader, "a DynamoDB attribute value", $"an object with one type tag ({Tags})");
        }

        if (!JsonRead.NextProperty(ref reader))
        {
            throw new LambdaJsonException($"The DynamoDB attribute value has no type tag; expected one of {Tags}.");
        }

        var tag = ReadTag(ref reader);
        reader.Read();
        return tag;
    }

    /// <summary>Moves from the end of a tagged value to the end of its attribute value, which must hold no other tag.</summary>
    /// <param name="reader">The reader, at the tagged value's last token; left at the attribute value's end.</param>
    /// <param name="tag">The tag read, for the error.</param>
    /// <exception cref="LambdaJsonException">The attribute value has another tag.</exception>
    internal static void CloseAttribute(ref Utf8JsonReader reader, DynamoDbTag tag)
    {
        if (JsonRead.NextProperty(ref reader))
        {
            throw new LambdaJsonException($"The DynamoDB attribute value has several type tags ({Name(tag)} and {reader.GetString()}); expected exactly one.");
        }
    }

    /// <summary>Writes the value of <paramref name="tag"/>, where <see cref="OpenAttribute"/> left the reader, as plain JSON.</summary>
    /// <param name="reader">The reader, at the tagged value; left at the attribute value's end.</param>
    /// <param name="output">Where the plain JSON goes.</param>
    /// <param name="tag">The tag read.</param>
    internal static void WriteTagged(ref Utf8JsonReader reader, PayloadBuffer output, DynamoDbTag tag)
    {
        switch (tag)
        {
            case DynamoDbTag.S:
                CopyString(ref reader, output, "S");
                break;
            case DynamoDbTag.N:
                CopyNumber(ref reader, output);
                break;
            case DynamoDbTag.B:
                CopyString(ref reader, output, "B");
                break;
            case DynamoDbTag.SS or DynamoDbTag.BS or DynamoDbTag.NS:
                CopySet(ref reader, output, tag);
                break;
            case DynamoDbTag.M:
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw JsonRead.Mismatch(ref reader, "a DynamoDB M (map) value", "an object of attribute values");
                }

                WriteMap(ref reader, output);
                break;
            case DynamoDbTag.L:
                CopyList(ref reader, output);
                break;
            case DynamoDbTag.Null:
                if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                {
                    throw JsonRead.Mismatch(ref reader, "a DynamoDB NULL value", "true");
                }

                output.Write("null"u8);
                break;
            case DynamoDbTag.Bool:
                output.Write(reader.TokenType switch
                {
                    JsonTokenType.True => "true"u8,
                    JsonTokenType.False => "false"u8,
                    _ => throw JsonRead.Mismatch(ref reader, "a DynamoDB BOOL value", "true or false"),
                });
                break;
        }

        CloseAttribute(ref reader, tag);
    }

    private static DynamoDbTag ReadTag(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("S"u8))
        {
            return DynamoDbTag.S;
        }

        if (reader.ValueTextEquals("N"u8))
        {
            return DynamoDbTag.N;
        }

        if (reader.ValueTextEquals("M"u8))
        {
            return DynamoDbTag.M;
        }

        if (reader.ValueTextEquals("L"u8))
        {
            return DynamoDbTag.L;
        }

        if (reader.ValueTextEquals("BOOL"u8))
        {
            return DynamoDbTag.Bool;
        }

        if (reader.ValueTextEquals("NULL"u8))
        {
            return DynamoDbTag.Null;
        }

        if (reader.ValueTextEquals("B"u8))
        {
            return DynamoDbTag.B;
        }

        if (reader.ValueTextEquals("SS"u8))
        {
            return DynamoDbTag.SS;
        }

        if (reader.ValueTextEquals("NS"u8))
        {
            return DynamoDbTag.NS;
        }

        if (reader.ValueTextEquals("BS"u8))
        {
            return DynamoDbTag.BS;
        }

        throw new LambdaJsonException($"'{reader.GetString()}' is not a DynamoDB type tag; expected one of {Tags}.");
    }

    internal static string Name(DynamoDbTag tag) => tag switch
    {
        DynamoDbTag.Null => "NULL",
        DynamoDbTag.Bool => "BOOL",
        _ => tag.ToString(),
    };

    private static void CopySet(ref Utf8JsonReader reader, PayloadBuffer output, DynamoDbTag tag)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonRead.Mismatch(ref reader, $"a DynamoDB {Name(tag)} value", "an array");
        }

        output.Write((byte)'[');
        var index = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (index > 0)
                {
                    output.Write((byte)',');
                }

                if (tag == DynamoDbTag.NS)
                {
                    CopyNumber(ref reader, output);
                }
                else
                {
                    CopyString(ref reader, output, tag == DynamoDbTag.SS ? "SS" : "BS");
                }

                index++;
            }
        }
        catch (Exception e) when (JsonRead.IsReadError(e))
        {
            throw JsonRead.AtIndex(e, index);
        }

        output.Write((byte)']');
    }

    private static void CopyList(ref Utf8JsonReader reader, PayloadBuffer output)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonRead.Mismatch(ref reader, "a DynamoDB L (list) value", "an array of attribute values");
        }

        output.Write((byte)'[');
        var index = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (index > 0)
                {
                    output.Write((byte)',');
                }

                WriteAttributeValue(ref reader, output);
                index++;
            }
        }
        catch (Exception e) when (JsonRead.IsReadError(e))
        {
            throw JsonRead.AtIndex(e, index);
        }

        output.Write((byte)']');
    }

    private static void CopyNumber(ref Utf8JsonReader reader, PayloadBuffer output)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            // DynamoDB sends numbers as strings, so that no digit is lost: a bare number means the JSON is not DynamoDB's.
            throw JsonRead.Mismatch(ref reader, "a DynamoDB N (number) value", "a string of digits");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            WriteNumber(reader.ValueSpan, output);
            return;
        }

        WithUnescaped(ref reader, output, static (text, output) => WriteNumber(text, output));
    }

    private static void WriteNumber(ReadOnlySpan<byte> text, PayloadBuffer output)
    {
        if (!IsJsonNumber(text))
        {
            throw new LambdaJsonException($"The DynamoDB N (number) value \"{System.Text.Encoding.UTF8.GetString(text)}\" is not a number.");
        }

        // Written as the digits came, so a 38-digit DynamoDB number reaches a decimal (or a string-typed reader) intact.
        output.Write(text);
    }

    private static void CopyString(ref Utf8JsonReader reader, PayloadBuffer output, string tag)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonRead.Mismatch(ref reader, $"a DynamoDB {tag} value", "a string");
        }

        CopyText(ref reader, output);
    }

    /// <summary>Writes the current string or property name as a JSON string, as <see cref="Utf8JsonWriter"/> would.</summary>
    private static void CopyText(ref Utf8JsonReader reader, PayloadBuffer output)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            var text = reader.ValueSpan;

            // -1 also means the text is valid UTF-8: anything else goes to the writer, which escapes it or refuses it.
            if (Encoder.FindFirstCharacterToEncodeUtf8(text) < 0)
            {
                output.WriteQuoted(text);
                return;
            }

            Escape(text, output);
            return;
        }

        WithUnescaped(ref reader, output, static (text, output) => Escape(text, output));
    }

    private static void Escape(ReadOnlySpan<byte> text, PayloadBuffer output)
    {
        var escaper = t_escaper ??= new Utf8JsonWriter(output, EscaperOptions);
        escaper.Reset(output);
        escaper.WriteStringValue(text);
        escaper.Flush();
    }

    private static void CopyString(ref Utf8JsonReader reader, Utf8JsonWriter writer, string tag)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonRead.Mismatch(ref reader, $"a DynamoDB {tag} value", "a string");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            writer.WriteStringValue(reader.ValueSpan);
            return;
        }

        WithUnescaped(ref reader, writer, static (text, writer) => writer.WriteStringValue(text));
    }

    private static void CopyPropertyName(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            writer.WritePropertyName(reader.ValueSpan);
            return;
        }

        WithUnescaped(ref reader, writer, static (text, writer) => writer.WritePropertyName(text));
    }

    /// <summary>Unescapes the current string or name into a stack or pooled buffer and hands it to <paramref name="write"/>.</summary>
    private static void WithUnescaped(ref Utf8JsonReader reader, Utf8JsonWriter writer, SpanWrite write)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        byte[]? rented = null;
        Span<byte> span = length <= StackTextLimit ? stackalloc byte[StackTextLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = reader.CopyString(span);
            write(span[..written], writer);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private delegate void SpanWrite(ReadOnlySpan<byte> text, Utf8JsonWriter writer);

    /// <summary>As the other <c>WithUnescaped</c>, for the plain JSON written byte by byte.</summary>
    private static void WithUnescaped(ref Utf8JsonReader reader, PayloadBuffer output, SpanOutput write)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        byte[]? rented = null;
        Span<byte> span = length <= StackTextLimit ? stackalloc byte[StackTextLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = reader.CopyString(span);
            write(span[..written], output);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private delegate void SpanOutput(ReadOnlySpan<byte> text, PayloadBuffer output);

    /// <summary>JSON's number grammar: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    internal static bool IsJsonNumber(ReadOnlySpan<byte> text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length)
        {
            return false;
        }

        if (text[i] == '0')
        {
            i++;
        }
        else if (!Digits(text, ref i))
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (!Digits(text, ref i))
            {
                return false;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            if (!Digits(text, ref i))
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static bool Digits(ReadOnlySpan<byte> text, ref int i)
    {
        var start = i;
        while (i < text.Length && (uint)(text[i] - '0') <= 9)
        {
            i++;
        }

        return i > start;
    }

    private static void WriteItem(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        while (JsonRead.NextProperty(ref reader))
        {
            CopyPropertyName(ref reader, writer);
            reader.Read();
            WriteTagged(ref reader, writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteTagged(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                writer.WritePropertyName("S"u8);
                CopyString(ref reader, writer, "S");
                break;
            case JsonTokenType.Number:
                // Made from one span in FromPlain: the number's text is ValueSpan.
                System.Diagnostics.Debug.Assert(!reader.HasValueSequence, "FromPlain reads one span.");
                writer.WriteString("N"u8, reader.ValueSpan);
                break;
            case JsonTokenType.True or JsonTokenType.False:
                writer.WriteBoolean("BOOL"u8, reader.TokenType == JsonTokenType.True);
                break;
            case JsonTokenType.Null:
                writer.WriteBoolean("NULL"u8, true);
                break;
            case JsonTokenType.StartObject:
                writer.WritePropertyName("M"u8);
                WriteItem(ref reader, writer);
                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray("L"u8);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    WriteTagged(ref reader, writer);
                }

                writer.WriteEndArray();
                break;
        }

        writer.WriteEndObject();
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
