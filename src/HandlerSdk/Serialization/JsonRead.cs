using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HandlerSdk.Events;

namespace HandlerSdk.Serialization;

/// <summary>
/// Readers for the primitive values and the error handling the generated serializers share. Not for direct use:
/// the generated code calls these so that it stays small.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Each method is named after the type it reads or writes, as Utf8JsonReader.GetInt32 is.")]
public static partial class JsonRead
{
    /// <summary>System.Text.Json's default maximum depth.</summary>
    public const int MaxDepth = 64;

    /// <summary>Reader options of every generated serializer.</summary>
    public static JsonReaderOptions ReaderOptions => new() { MaxDepth = MaxDepth };

    /// <summary>Whether an exception means bad input (rather than a bug), so it gets a JSON path.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>
    /// True for JSON, format, overflow and token errors, and input a serializer context does not support; false for
    /// an exception the user's own constructor or setter threw (<see cref="PassUserException"/>), whatever its type.
    /// </returns>
    public static bool IsReadError(Exception exception) =>
        exception is JsonException or FormatException or OverflowException or InvalidOperationException or ArgumentException or
            // What a LambdaSerializerContext's converters throw for input they cannot take (a missing type discriminator).
            NotSupportedException &&
        !IsUserException(exception);

    /// <summary>Adds a property to the path of a read error.</summary>
    /// <param name="exception">The error.</param>
    /// <param name="property">The JSON property being read, or null between properties.</param>
    /// <returns>The exception to throw.</returns>
    public static LambdaJsonException AtProperty(Exception exception, string? property)
    {
        var error = Wrap(exception);
        if (property is not null)
        {
            error.PrependProperty(property);
        }

        return error;
    }

    /// <summary>
    /// Adds a property to the path of a read error, by the name as the JSON spells it (which, read ignoring case,
    /// may differ from the member's name), as System.Text.Json's paths do.
    /// </summary>
    /// <param name="exception">The error.</param>
    /// <param name="rawName">The property name's bytes in the payload, as read (escapes included).</param>
    /// <param name="escaped">Whether <paramref name="rawName"/> contains escapes.</param>
    /// <param name="inProperty">Whether the error happened inside a property's value (false between properties).</param>
    /// <returns>The exception to throw.</returns>
    public static LambdaJsonException AtProperty(Exception exception, ReadOnlySpan<byte> rawName, bool escaped, bool inProperty) =>
        AtProperty(exception, inProperty ? PropertyName(rawName, escaped) : null);

    private static string PropertyName(ReadOnlySpan<byte> rawName, bool escaped)
    {
        if (!escaped)
        {
            return System.Text.Encoding.UTF8.GetString(rawName);
        }

        // Unescaping is Utf8JsonReader's job: read the name again as a JSON string of its own.
        var quoted = new byte[rawName.Length + 2];
        quoted[0] = (byte)'"';
        rawName.CopyTo(quoted.AsSpan(1));
        quoted[^1] = (byte)'"';
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.GetString()!;
    }

    /// <summary>Adds an array index to the path of a read error.</summary>
    /// <param name="exception">The error.</param>
    /// <param name="index">The index of the element being read.</param>
    /// <returns>The exception to throw.</returns>
    public static LambdaJsonException AtIndex(Exception exception, int index)
    {
        var error = Wrap(exception);
        error.PrependIndex(index);
        return error;
    }

    /// <summary>Finishes a read error at the root, naming the type that was being read.</summary>
    /// <param name="exception">The error.</param>
    /// <param name="typeName">The type being read.</param>
    /// <returns>The exception to throw.</returns>
    public static LambdaJsonException AtRoot(Exception exception, string typeName)
    {
        var error = Wrap(exception);
        error.SetTarget(typeName);
        return error;
    }

    /// <summary>Moves to the first token of a payload and reads it with <paramref name="read"/>, then checks nothing follows.</summary>
    /// <typeparam name="T">The payload's type.</typeparam>
    /// <param name="json">The payload.</param>
    /// <param name="typeName">The payload's type name, for errors.</param>
    /// <param name="read">The generated reader.</param>
    /// <returns>The value.</returns>
    public static T Root<T>(ReadOnlySpan<byte> json, string typeName, ReadValue<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var reader = new Utf8JsonReader(json, ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                throw new LambdaJsonException("The payload is empty; expected a JSON value.");
            }

            var value = read(ref reader);
            if (reader.Read())
            {
                throw new LambdaJsonException("Unexpected content after the JSON value.");
            }

            return value;
        }
        catch (Exception e) when (IsReadError(e))
        {
            throw AtRoot(e, typeName);
        }
    }

    /// <summary>Fails unless the reader is at the start of an object.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeName">The type being read.</param>
    public static void StartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Mismatch(ref reader, typeName, "an object");
        }
    }

    /// <summary>Fails unless the reader is at the start of an array.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeName">The type being read.</param>
    public static void StartArray(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Mismatch(ref reader, typeName, "an array");
        }
    }

    /// <summary>Advances past a property name to its value, or returns false at the end of the object.</summary>
    /// <param name="reader">The reader, at the start of the object or after a value.</param>
    /// <returns>True at a property name.</returns>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Finds a property name among <paramref name="names"/> ignoring case; -1 when absent.</summary>
    /// <param name="reader">The reader, at a property name.</param>
    /// <param name="names">The JSON names, in index order.</param>
    /// <returns>The index of the matching name, or -1.</returns>
    public static int MatchIgnoringCase(ref Utf8JsonReader reader, string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var name = reader.GetString();
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(name, names[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Finds a property name among <paramref name="names"/> exactly, for escaped names and names split across segments.</summary>
    /// <param name="reader">The reader, at a property name.</param>
    /// <param name="names">The JSON names, in index order.</param>
    /// <returns>The index of the matching name, or -1.</returns>
    public static int MatchEscaped(ref Utf8JsonReader reader, string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return Array.IndexOf(names, reader.GetString());
    }

    /// <summary>The error for a required member that the JSON lacks.</summary>
    /// <param name="typeName">The type being read.</param>
    /// <param name="jsonName">The missing JSON property.</param>
    /// <returns>The exception to throw.</returns>
    public static LambdaJsonException MissingRequired(string typeName, string jsonName) =>
        new($"JSON deserialization for type '{typeName}' was missing required property '{jsonName}'.");

    /// <summary>The error for a token of the wrong kind.</summary>
    /// <param name="reader">The reader, at the token.</param>
    /// <param name="typeName">The type being read.</param>
    /// <param name="expected">What was expected, in words.</param>
    /// <returns>The exception to throw.</returns>
    public static LambdaJsonException Mismatch(ref Utf8JsonReader reader, string typeName, string expected) =>
        new($"The JSON value could not be converted to {typeName}: expected {expected}, found {Describe(reader.TokenType)}.");

    /// <summary>Reads a boolean.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Mismatch(ref reader, "System.Boolean", "true or false"),
    };

    /// <summary>Reads a number.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static int Int32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw NumberError(ref reader, "System.Int32");

    /// <summary>Reads a number.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static long Int64(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : throw NumberError(ref reader, "System.Int64");

    /// <summary>Reads a number.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static short Int16(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt16(out var value) ? value : throw NumberError(ref reader, "System.Int16");

    /// <summary>Reads a number.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static sbyte SByte(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetSByte(out var value) ? value : throw NumberError(ref reader, "System.SByte");

    /// <summary>Reads a number.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static byte Byte(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetByte(out var value) ? value : throw NumberError(ref reader, "System.Byte");

    /// <summary>Reads a number.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static ushort UInt16(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetUInt16(out var value) ? value : throw NumberError(ref reader, "System.UInt16");

    /// <summary>Reads a number.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static uint UInt32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetUInt32(out var value) ? value : throw NumberError(ref reader, "System.UInt32");

    /// <summary>Reads a number.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static ulong UInt64(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var value) ? value : throw NumberError(ref reader, "System.UInt64");

    /// <summary>Reads a number.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static float Single(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetSingle(out var value) ? value : throw NumberError(ref reader, "System.Single");

    /// <summary>Reads a number.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static double Double(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : throw NumberError(ref reader, "System.Double");

    /// <summary>Reads a number.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static decimal Decimal(ref Utf8JsonReader reader)
    {
        // Prices and amounts are short plain decimals ("129.95"): built straight from their digits, where the general
        // parser measured ~25 ns each. Exponents, more than 19 characters and value sequences take the general path.
        if (reader.TokenType == JsonTokenType.Number && !reader.HasValueSequence && TryParsePlainDecimal(reader.ValueSpan, out var fast))
        {
            return fast;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : throw NumberError(ref reader, "System.Decimal");
    }

    /// <summary>
    /// A JSON number of the form <c>-?digits(.digits)?</c> of at most 19 characters (so at most 19 digits, which a
    /// <see cref="ulong"/> holds), as the decimal the general parser gives: same digits, same scale (trailing zeros
    /// kept, "1.50" is 1.50), same sign (negative zero kept). The reader has already checked the number's grammar.
    /// </summary>
    internal static bool TryParsePlainDecimal(ReadOnlySpan<byte> text, out decimal value)
    {
        value = default;
        if (text.Length > 19)
        {
            return false;
        }

        var negative = !text.IsEmpty && text[0] == (byte)'-';
        ulong mantissa = 0;
        var scale = -1;
        for (var i = negative ? 1 : 0; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                mantissa = (mantissa * 10) + digit;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (text[i] == (byte)'.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>Reads a string, or null.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => RepeatedStrings.Get(ref reader),
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, "System.String", "a string"),
    };

    /// <summary>Reads a one-character string.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static char Char(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: 1 } text ? text[0] : throw Mismatch(ref reader, "System.Char", "a one-character string");

    /// <summary>Reads an ISO 8601 date and time.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static DateTime DateTime(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTime(out var value) ? value : throw Mismatch(ref reader, "System.DateTime", "an ISO 8601 date and time");

    /// <summary>Reads an ISO 8601 date and time with offset.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static DateTimeOffset DateTimeOffset(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value) ? value : throw Mismatch(ref reader, "System.DateTimeOffset", "an ISO 8601 date and time");

    /// <summary>Reads a <c>yyyy-MM-dd</c> date.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static DateOnly DateOnly(ref Utf8JsonReader reader)
    {
        // The plain ten-byte form straight from UTF-8: TryParseExact with a custom format costs ~180 ns and a string.
        // Anything else (escaped, other lengths, invalid dates) takes the general path, which decides.
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && TryParseIsoDate(reader.ValueSpan, out var fast))
        {
            return fast;
        }

        return reader.TokenType == JsonTokenType.String && System.DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw Mismatch(ref reader, "System.DateOnly", "a yyyy-MM-dd date");
    }

    /// <summary>Reads an <c>HH:mm:ss.fffffff</c> time.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static TimeOnly TimeOnly(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && System.TimeSpan.TryParseExact(reader.GetString(), "c", CultureInfo.InvariantCulture, out var span) &&
        span >= System.TimeSpan.Zero && span < System.TimeSpan.FromDays(1)
            ? System.TimeOnly.FromTimeSpan(span)
            : throw Mismatch(ref reader, "System.TimeOnly", "an HH:mm:ss time");

    /// <summary>Reads a <c>[-][d.]hh:mm:ss[.fffffff]</c> time span.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static TimeSpan TimeSpan(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && System.TimeSpan.TryParseExact(reader.GetString(), "c", CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Mismatch(ref reader, "System.TimeSpan", "a [d.]hh:mm:ss time span");

    /// <summary>Reads a GUID.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static Guid Guid(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var value) ? value : throw Mismatch(ref reader, "System.Guid", "a GUID");

    /// <summary>Reads a URI, or null.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static Uri? Uri(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String when System.Uri.TryCreate(reader.GetString(), UriKind.RelativeOrAbsolute, out var value) => value,
        _ => throw Mismatch(ref reader, "System.Uri", "a URI"),
    };

    /// <summary>Reads base64 bytes, or null.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static byte[]? Bytes(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String when reader.TryGetBytesFromBase64(out var value) => value,
        _ => throw Mismatch(ref reader, "System.Byte[]", "a base64 string"),
    };

    /// <summary>Reads any JSON value as an element that outlives the payload.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static JsonElement Element(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <summary>Reads any JSON value as a node, or null.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static JsonNode? Node(ref Utf8JsonReader reader) => JsonNode.Parse(ref reader);

    /// <summary>
    /// Keeps a member no declared property matched, for a <c>[JsonExtensionData]</c> dictionary: under its name as the
    /// payload spells it (unescaped), the last of duplicates winning.
    /// </summary>
    /// <param name="reader">The reader, at the member's value.</param>
    /// <param name="members">The members kept so far, or null before the first.</param>
    /// <param name="rawName">The member name's bytes in the payload, as read (escapes included).</param>
    /// <param name="escaped">Whether <paramref name="rawName"/> contains escapes.</param>
    /// <returns>The members kept, with this one.</returns>
    public static Dictionary<string, JsonElement> ExtensionData(ref Utf8JsonReader reader, Dictionary<string, JsonElement>? members, ReadOnlySpan<byte> rawName, bool escaped)
    {
        members ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        members[PropertyName(rawName, escaped)] = JsonElement.ParseValue(ref reader);
        return members;
    }

    /// <summary>
    /// Keeps a member no declared property of an event model (<see cref="AwsEventObject"/>) matched, as text: its name
    /// as the payload spells it and its value, appended to the JSON object text of the members kept so far. Parsed
    /// into elements only if <see cref="AwsEventObject.AdditionalProperties"/> is asked for them.
    /// </summary>
    /// <param name="reader">The reader, at the member's value; left at its last token.</param>
    /// <param name="members">The members kept so far, or null before the first.</param>
    /// <param name="rawName">The member name's bytes in the payload, as read (escapes included).</param>
    /// <returns>The members kept, with this one; pass them to <see cref="KeepUnknownMembers"/> once the object is built.</returns>
    public static ArrayBufferWriter<byte> UnknownMember(ref Utf8JsonReader reader, ArrayBufferWriter<byte>? members, ReadOnlySpan<byte> rawName)
    {
        members ??= new ArrayBufferWriter<byte>(256);
        JsonTextCopy.Append(members, members.WrittenCount == 0 ? "{\""u8 : ",\""u8);
        JsonTextCopy.Append(members, rawName);
        JsonTextCopy.Append(members, "\":"u8);
        JsonTextCopy.Value(ref reader, members);
        return members;
    }

    /// <summary>Gives an event object the members <see cref="UnknownMember"/> kept while reading it.</summary>
    /// <param name="target">The object just read.</param>
    /// <param name="members">The members kept.</param>
    public static void KeepUnknownMembers(AwsEventObject target, ArrayBufferWriter<byte> members)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(members);
        JsonTextCopy.Append(members, "}"u8);
        target.KeepUnknownMembers(members.WrittenSpan.ToArray());
    }

    /// <summary>Reads a <see cref="JsonObject"/>, <see cref="JsonArray"/> or <see cref="JsonValue"/> member; JSON of another kind is an error.</summary>
    /// <typeparam name="T">The node type the member declares.</typeparam>
    /// <param name="reader">The reader, at the value.</param>
    /// <returns>The node, or null for JSON null.</returns>
    public static T? Node<T>(ref Utf8JsonReader reader)
        where T : JsonNode
    {
        var node = JsonNode.Parse(ref reader);
        return node is null or T ? (T?)node : throw new JsonException($"The JSON value could not be converted to {typeof(T).FullName}.");
    }

    private static bool TryParseIsoDate(ReadOnlySpan<byte> text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-' ||
            !TryParseDigits(text[..4], out var year) || !TryParseDigits(text.Slice(5, 2), out var month) || !TryParseDigits(text.Slice(8, 2), out var day) ||
            year < 1 || month is < 1 or > 12 || day < 1 || day > System.DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryParseDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if ((uint)(digit - '0') > 9)
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    private static LambdaJsonException NumberError(ref Utf8JsonReader reader, string typeName) =>
        reader.TokenType == JsonTokenType.Number
            ? new LambdaJsonException($"The JSON value could not be converted to {typeName}: {System.Text.Encoding.UTF8.GetString(RawValue(ref reader))} is out of range or not whole.")
            : Mismatch(ref reader, typeName, "a number");

    private static LambdaJsonException Wrap(Exception exception) =>
        exception as LambdaJsonException ?? new LambdaJsonException(exception.Message, exception);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}

/// <summary>A generated reader of one type.</summary>
/// <typeparam name="T">The type.</typeparam>
/// <param name="reader">The reader, at the value's first token.</param>
/// <returns>The value.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T ReadValue<T>(ref Utf8JsonReader reader);
