using System.Text;
using System.Text.Json;

namespace HandlerSdk.Events;

/// <summary>
/// Undeclared members as a generated reader kept them: the text of one JSON object, every member as the payload
/// spelled it (escapes included, insignificant whitespace dropped), duplicates and order kept.
/// </summary>
internal sealed class UnknownMembersText(byte[] jsonObject) : UnknownMembers
{
    public override bool IsEmpty => false;

    public override void WriteTo(Utf8JsonWriter writer)
    {
        var reader = new Utf8JsonReader(jsonObject);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // The name goes through the writer, which escapes it as it escapes every other name.
            if (reader.ValueIsEscaped)
            {
                writer.WritePropertyName(reader.GetString()!);
            }
            else
            {
                System.Diagnostics.Debug.Assert(!reader.HasValueSequence, "Made from one span above.");
                writer.WritePropertyName(reader.ValueSpan);
            }

            reader.Read();
            var start = checked((int)reader.TokenStartIndex);
            reader.Skip();
            // Validated when it was read, so not again.
            writer.WriteRawValue(jsonObject.AsSpan(start, checked((int)reader.BytesConsumed) - start), skipInputValidation: true);
        }
    }

    public override void AppendTo(StringBuilder builder) => builder.Append(Encoding.UTF8.GetString(jsonObject));

    public override bool SameAs(UnknownMembers other) =>
        other is UnknownMembersText text ? jsonObject.AsSpan().SequenceEqual(text.JsonObject) : other.SameAs(this);

    /// <summary>The text, for comparing.</summary>
    private ReadOnlySpan<byte> JsonObject => jsonObject;

    /// <summary>
    /// The members as elements, by name (unescaped; the last of duplicates wins), as System.Text.Json's extension data
    /// would hold them. The one place that needs <see cref="JsonDocument"/>.
    /// </summary>
    public Dictionary<string, JsonElement> Parse()
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(jsonObject);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            members[name] = JsonElement.ParseValue(ref reader);
        }

        return members;
    }
}
