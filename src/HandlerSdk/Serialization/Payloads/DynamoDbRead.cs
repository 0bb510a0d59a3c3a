using System.Buffers.Text;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HandlerSdk.Serialization.Payloads;

/// <summary>
/// Reads a value straight from its DynamoDB attribute value (<c>{"total":{"N":"129.95"}}</c>), for the generated readers
/// of types inside <see cref="PayloadEncoding.DynamoDbJson"/> payloads: the image is tokenized once instead of turned
/// into plain JSON and tokenized again. Not for direct use: the generated serializers call these.
/// </summary>
/// <remarks>
/// Each reader takes the tag whose value it reads in place (a string from S, a number from N's digits, a boolean from
/// BOOL) and hands anything else (NULL, another tag, a malformed value) to <see cref="Rest{T}"/>: that one attribute
/// value turned into plain JSON as the whole image used to be and read with the plain reader, so the value and the
/// error are the ones the transform gave, by construction. Readers leave the reader at the attribute value's end.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Each method is named after the type it reads, as JsonRead's are.")]
public static class DynamoDbRead
{
    private static readonly ReadValue<bool> s_boolean = JsonRead.Boolean;
    private static readonly ReadValue<byte> s_byte = JsonRead.Byte;
    private static readonly ReadValue<sbyte> s_sbyte = JsonRead.SByte;
    private static readonly ReadValue<short> s_int16 = JsonRead.Int16;
    private static readonly ReadValue<ushort> s_uint16 = JsonRead.UInt16;
    private static readonly ReadValue<int> s_int32 = JsonRead.Int32;
    private static readonly ReadValue<uint> s_uint32 = JsonRead.UInt32;
    private static readonly ReadValue<long> s_int64 = JsonRead.Int64;
    private static readonly ReadValue<ulong> s_uint64 = JsonRead.UInt64;
    private static readonly ReadValue<float> s_single = JsonRead.Single;
    private static readonly ReadValue<double> s_double = JsonRead.Double;
    private static readonly ReadValue<decimal> s_decimal = JsonRead.Decimal;
    private static readonly ReadValue<char> s_char = JsonRead.Char;
    private static readonly ReadValue<string?> s_string = JsonRead.String;
    private static readonly ReadValue<DateTime> s_dateTime = JsonRead.DateTime;
    private static readonly ReadValue<DateTimeOffset> s_dateTimeOffset = JsonRead.DateTimeOffset;
    private static readonly ReadValue<DateOnly> s_dateOnly = JsonRead.DateOnly;
    private static readonly ReadValue<TimeOnly> s_timeOnly = JsonRead.TimeOnly;
    private static readonly ReadValue<TimeSpan> s_timeSpan = JsonRead.TimeSpan;
    private static readonly ReadValue<Guid> s_guid = JsonRead.Guid;
    private static readonly ReadValue<Uri?> s_uri = JsonRead.Uri;
    private static readonly ReadValue<byte[]?> s_bytes = JsonRead.Bytes;
    private static readonly ReadValue<JsonElement> s_element = JsonRead.Element;
    private static readonly ReadValue<JsonNode?> s_node = JsonRead.Node;

    /// <summary>Reads a DynamoDB item (the map of an image, without <c>{"M": ...}</c> around it) with its direct reader.</summary>
    /// <typeparam name="T">The item's type.</typeparam>
    /// <param name="reader">The reader, at the item's start; left at its end.</param>
    /// <param name="typeName">The type, for errors.</param>
    /// <param name="readItem">The generated reader of the item's attributes, called at the map's start.</param>
    /// <returns>The item.</returns>
    /// <exception cref="LambdaJsonException">The item is not DynamoDB JSON of the type; the path says where.</exception>
    public static T Item<T>(ref Utf8JsonReader reader, string typeName, ReadValue<T> readItem)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            // The transform's own words, so that both paths fail alike.
            throw JsonRead.Mismatch(ref reader, typeName, "an object of DynamoDB attribute values ({\"name\":{\"S\":\"text\"}})");
        }

        return readItem(ref reader);
    }

    /// <summary>Moves from an attribute value's start past its type tag, to the tagged value.</summary>
    /// <param name="reader">The reader, at the attribute value's start.</param>
    /// <returns>The tag.</returns>
    /// <exception cref="LambdaJsonException">Not an attribute value: not an object, no tag, or an unknown tag.</exception>
    public static DynamoDbTag Open(ref Utf8JsonReader reader) => DynamoDbJson.OpenAttribute(ref reader);

    /// <summary>Moves from a tagged value's last token to the attribute value's end.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="tag">The tag read.</param>
    /// <exception cref="LambdaJsonException">The attribute value has another tag.</exception>
    public static void Close(ref Utf8JsonReader reader, DynamoDbTag tag) => DynamoDbJson.CloseAttribute(ref reader, tag);

    /// <summary>Reads the rest of an attribute value as the transform did: its value as plain JSON, read with <paramref name="read"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="reader">The reader, where <see cref="Open"/> left it; left at the attribute value's end.</param>
    /// <param name="tag">The tag <see cref="Open"/> read.</param>
    /// <param name="read">The plain JSON reader of <typeparamref name="T"/>.</param>
    /// <returns>The value.</returns>
    public static T Rest<T>(ref Utf8JsonReader reader, DynamoDbTag tag, ReadValue<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var buffer = PayloadBuffer.Rent();
        try
        {
            DynamoDbJson.WriteTagged(ref reader, buffer, tag);
            var plain = new Utf8JsonReader(buffer.Written, JsonRead.ReaderOptions);
            plain.Read();
            return read(ref plain);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>Reads a whole attribute value as the transform did (for types read from raw JSON: converters, JSON nodes).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="reader">The reader, at the attribute value's start; left at its end.</param>
    /// <param name="read">The plain JSON reader of <typeparamref name="T"/>.</param>
    /// <returns>The value.</returns>
    public static T Plain<T>(ref Utf8JsonReader reader, ReadValue<T> read)
    {
        var tag = Open(ref reader);
        return Rest(ref reader, tag, read);
    }

    /// <summary>Skips an attribute the type does not declare, checking it as the transform did (a bad tag anywhere fails the image).</summary>
    /// <param name="reader">The reader, at the attribute value's start; left at its end.</param>
    public static void Skip(ref Utf8JsonReader reader)
    {
        var buffer = PayloadBuffer.Rent();
        try
        {
            DynamoDbJson.WriteAttributeValue(ref reader, buffer);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>
    /// Reads a value whose plain JSON is the tagged value's own token: a string from S (or B), a boolean from BOOL. The
    /// plain reader runs on that token unchanged; any other tag goes through <see cref="Rest{T}"/>.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="reader">The reader, at the attribute value's start; left at its end.</param>
    /// <param name="tag">The tag read in place: <see cref="DynamoDbTag.S"/>, <see cref="DynamoDbTag.B"/> or <see cref="DynamoDbTag.Bool"/>.</param>
    /// <param name="read">The plain JSON reader of <typeparamref name="T"/>.</param>
    /// <returns>The value.</returns>
    public static T Token<T>(ref Utf8JsonReader reader, DynamoDbTag tag, ReadValue<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var found = Open(ref reader);
        if (found == tag && (tag == DynamoDbTag.Bool ? reader.TokenType is JsonTokenType.True or JsonTokenType.False : reader.TokenType == JsonTokenType.String))
        {
            var value = read(ref reader);
            Close(ref reader, found);
            return value;
        }

        return Rest(ref reader, found, read);
    }

    /// <summary>Reads an object from M with its direct reader; any other tag (NULL included) through <see cref="Rest{T}"/>.</summary>
    /// <typeparam name="T">The object's type.</typeparam>
    /// <param name="reader">The reader, at the attribute value's start; left at its end.</param>
    /// <param name="readItem">The generated direct reader, called at the map's start.</param>
    /// <param name="read">The generated plain reader.</param>
    /// <returns>The value.</returns>
    public static T Map<T>(ref Utf8JsonReader reader, ReadValue<T> readItem, ReadValue<T> read)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        var found = Open(ref reader);
        if (found == DynamoDbTag.M && reader.TokenType == JsonTokenType.StartObject)
        {
            var value = readItem(ref reader);
            Close(ref reader, found);
            return value;
        }

        return Rest(ref reader, found, read);
    }

    /// <summary>Whether the tagged value is an array a direct collection reader takes: L, or the set tag its elements allow.</summary>
    /// <param name="reader">The reader, where <see cref="Open"/> left it.</param>
    /// <param name="found">The tag read.</param>
    /// <param name="set">The set tag the element type reads from (SS or BS), or <see cref="DynamoDbTag.L"/> for none.</param>
    /// <returns>True to read the array in place.</returns>
    public static bool IsArray(ref Utf8JsonReader reader, DynamoDbTag found, DynamoDbTag set) =>
        (found == DynamoDbTag.L || found == set) && reader.TokenType == JsonTokenType.StartArray;

    /// <summary>Fails unless a set's element is a string, with the transform's words.</summary>
    /// <param name="reader">The reader, at the element.</param>
    /// <param name="set">The set's tag.</param>
    /// <exception cref="LambdaJsonException">The element is not a string.</exception>
    public static void SetElement(ref Utf8JsonReader reader, DynamoDbTag set)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonRead.Mismatch(ref reader, $"a DynamoDB {DynamoDbJson.Name(set)} value", "a string");
        }
    }

    /// <summary>Whether the attribute value is NULL; if so, moves past it, otherwise leaves the reader where it was.</summary>
    /// <param name="reader">The reader, at the attribute value's start.</param>
    /// <returns>True for NULL.</returns>
    public static bool IsNull(ref Utf8JsonReader reader)
    {
        var peek = reader;
        if (Open(ref peek) == DynamoDbTag.Null && peek.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            Close(ref peek, DynamoDbTag.Null);
            reader = peek;
            return true;
        }

        return false;
    }

    /// <summary>Reads a boolean from BOOL.</summary>
    /// <param name="reader">The reader, at the attribute value's start; left at its end.</param>
    /// <returns>The value.</returns>
    public static bool Boolean(ref Utf8JsonReader reader) => Token(ref reader, DynamoDbTag.Bool, s_boolean);

    /// <summary>Reads a string from S; NULL is null.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static string? String(ref Utf8JsonReader reader)
    {
        var found = Open(ref reader);
        if (found == DynamoDbTag.S && reader.TokenType == JsonTokenType.String)
        {
            var value = JsonRead.String(ref reader);
            Close(ref reader, found);
            return value;
        }

        if (found == DynamoDbTag.Null && reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            Close(ref reader, found);
            return null;
        }

        return Rest(ref reader, found, s_string);
    }

    /// <summary>Reads a number from N.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static int Int32(ref Utf8JsonReader reader)
    {
        var found = Open(ref reader);
        // Utf8Parser over the digits is what Utf8JsonReader.TryGetInt32 does; anything it refuses takes the plain path.
        if (Digits(ref reader, found, out var digits) && Utf8Parser.TryParse(digits, out int value, out var used) && used == digits.Length)
        {
            Close(ref reader, found);
            return value;
        }

        return Rest(ref reader, found, s_int32);
    }

    /// <summary>Reads a number from N.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static long Int64(ref Utf8JsonReader reader)
    {
        var found = Open(ref reader);
        if (Digits(ref reader, found, out var digits) && Utf8Parser.TryParse(digits, out long value, out var used) && used == digits.Length)
        {
            Close(ref reader, found);
            return value;
        }

        return Rest(ref reader, found, s_int64);
    }

    /// <summary>Reads a number from N.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static decimal Decimal(ref Utf8JsonReader reader)
    {
        var found = Open(ref reader);
        if (Digits(ref reader, found, out var digits) && JsonRead.TryParsePlainDecimal(digits, out var value))
        {
            Close(ref reader, found);
            return value;
        }

        return Number(ref reader, found, s_decimal);
    }

    /// <summary>Reads a number from N.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static short Int16(ref Utf8JsonReader reader) => Number(ref reader, Open(ref reader), s_int16);

    /// <summary>Reads a number from N.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static ushort UInt16(ref Utf8JsonReader reader) => Number(ref reader, Open(ref reader), s_uint16);

    /// <summary>Reads a number from N.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static uint UInt32(ref Utf8JsonReader reader) => Number(ref reader, Open(ref reader), s_uint32);

    /// <summary>Reads a number from N.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static ulong UInt64(ref Utf8JsonReader reader) => Number(ref reader, Open(ref reader), s_uint64);

    /// <summary>Reads a number from N.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static byte Byte(ref Utf8JsonReader reader) => Number(ref reader, Open(ref reader), s_byte);

    /// <summary>Reads a number from N.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static sbyte SByte(ref Utf8JsonReader reader) => Number(ref reader, Open(ref reader), s_sbyte);

    /// <summary>Reads a number from N.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static float Single(ref Utf8JsonReader reader) => Number(ref reader, Open(ref reader), s_single);

    /// <summary>Reads a number from N.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static double Double(ref Utf8JsonReader reader) => Number(ref reader, Open(ref reader), s_double);

    /// <summary>Reads a one-character string from S.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static char Char(ref Utf8JsonReader reader) => Token(ref reader, DynamoDbTag.S, s_char);

    /// <summary>Reads an ISO 8601 date and time from S.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static DateTime DateTime(ref Utf8JsonReader reader) => Token(ref reader, DynamoDbTag.S, s_dateTime);

    /// <summary>Reads an ISO 8601 date and time with offset from S.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static DateTimeOffset DateTimeOffset(ref Utf8JsonReader reader) => Token(ref reader, DynamoDbTag.S, s_dateTimeOffset);

    /// <summary>Reads a <c>yyyy-MM-dd</c> date from S.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static DateOnly DateOnly(ref Utf8JsonReader reader) => Token(ref reader, DynamoDbTag.S, s_dateOnly);

    /// <summary>Reads a time from S.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static TimeOnly TimeOnly(ref Utf8JsonReader reader) => Token(ref reader, DynamoDbTag.S, s_timeOnly);

    /// <summary>Reads a time span from S.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static TimeSpan TimeSpan(ref Utf8JsonReader reader) => Token(ref reader, DynamoDbTag.S, s_timeSpan);

    /// <summary>Reads a GUID from S.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static Guid Guid(ref Utf8JsonReader reader) => Token(ref reader, DynamoDbTag.S, s_guid);

    /// <summary>Reads a URI from S; NULL is null.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static Uri? Uri(ref Utf8JsonReader reader) => Token(ref reader, DynamoDbTag.S, s_uri);

    /// <summary>Reads bytes from B (base64); NULL is null.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static byte[]? Bytes(ref Utf8JsonReader reader) => Token(ref reader, DynamoDbTag.B, s_bytes);

    /// <summary>Reads any attribute value as the element of its plain JSON.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static JsonElement Element(ref Utf8JsonReader reader) => Plain(ref reader, s_element);

    /// <summary>Reads any attribute value as the node of its plain JSON, or null.</summary>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static JsonNode? Node(ref Utf8JsonReader reader) => Plain(ref reader, s_node);

    /// <summary>Reads an attribute value as a <see cref="JsonObject"/>, <see cref="JsonArray"/> or <see cref="JsonValue"/> of its plain JSON.</summary>
    /// <typeparam name="T">The node type.</typeparam>
    /// <inheritdoc cref="Boolean(ref Utf8JsonReader)"/>
    public static T? Node<T>(ref Utf8JsonReader reader)
        where T : JsonNode => Plain(ref reader, JsonRead.Node<T>);

    /// <summary>A number from N through its plain reader, run over the digits (so value and error are the plain path's).</summary>
    private static T Number<T>(ref Utf8JsonReader reader, DynamoDbTag found, ReadValue<T> read)
    {
        if (Digits(ref reader, found, out var digits))
        {
            var number = new Utf8JsonReader(digits);
            number.Read();
            var value = read(ref number);
            Close(ref reader, found);
            return value;
        }

        return Rest(ref reader, found, read);
    }

    /// <summary>N's digits, when they are a JSON number as they stand (not escaped, not split).</summary>
    private static bool Digits(ref Utf8JsonReader reader, DynamoDbTag found, out ReadOnlySpan<byte> digits)
    {
        if (found == DynamoDbTag.N && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence &&
            DynamoDbJson.IsJsonNumber(reader.ValueSpan))
        {
            digits = reader.ValueSpan;
            return true;
        }

        digits = default;
        return false;
    }
}
