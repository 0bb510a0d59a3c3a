using System.Buffers;
using System.Text.Json;

namespace HandlerSdk.Serialization;

/// <summary>
/// Copies the JSON value a reader is at as text, token by token, exactly as the payload spells it (escapes and number
/// forms kept, insignificant whitespace dropped): a reader does not expose the bytes of a whole object or array.
/// </summary>
internal static class JsonTextCopy
{
    /// <summary>Appends the value the reader is at, leaving the reader at its last token (as <c>Skip</c> does).</summary>
    public static void Value(ref Utf8JsonReader reader, IBufferWriter<byte> output)
    {
        var depth = reader.CurrentDepth;
        var comma = false;
        while (true)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    Append(output, comma ? ",{"u8 : "{"u8);
                    comma = false;
                    break;
                case JsonTokenType.StartArray:
                    Append(output, comma ? ",["u8 : "["u8);
                    comma = false;
                    break;
                case JsonTokenType.EndObject:
                    Append(output, "}"u8);
                    comma = true;
                    break;
                case JsonTokenType.EndArray:
                    Append(output, "]"u8);
                    comma = true;
                    break;
                case JsonTokenType.PropertyName:
                    Append(output, comma ? ",\""u8 : "\""u8);
                    Token(ref reader, output);
                    Append(output, "\":"u8);
                    comma = false;
                    break;
                case JsonTokenType.String:
                    Append(output, comma ? ",\""u8 : "\""u8);
                    Token(ref reader, output);
                    Append(output, "\""u8);
                    comma = true;
                    break;
                default:
                    if (comma)
                    {
                        Append(output, ","u8);
                    }

                    Token(ref reader, output);
                    comma = true;
                    break;
            }

            // Back at the value's own depth, anything but its start token ends it: a primitive, or the closing token.
            if (reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return;
            }

            if (!reader.Read())
            {
                throw new JsonException("The JSON ends inside a value.");
            }
        }
    }

    /// <summary>Appends raw bytes.</summary>
    public static void Append(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    private static void Token(ref Utf8JsonReader reader, IBufferWriter<byte> output)
    {
        if (!reader.HasValueSequence)
        {
            Append(output, reader.ValueSpan);
            return;
        }

        var length = checked((int)reader.ValueSequence.Length);
        reader.ValueSequence.CopyTo(output.GetSpan(length));
        output.Advance(length);
    }
}
