using System.Buffers;
using System.Text;
using System.Text.Json;

namespace HandlerSdk.Events;

/// <summary>Undeclared members as elements: once <see cref="AwsEventObject.AdditionalProperties"/> was read or set.</summary>
internal sealed class UnknownMembersDictionary(Dictionary<string, JsonElement> members) : UnknownMembers
{
    /// <summary>The dictionary handed out; what it holds when the object is written is what gets written.</summary>
    public Dictionary<string, JsonElement> Members => members;

    public override bool IsEmpty => members.Count == 0;

    public override void WriteTo(Utf8JsonWriter writer)
    {
        foreach (var (name, value) in members)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    public override void AppendTo(StringBuilder builder)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteTo(writer);
            writer.WriteEndObject();
        }

        builder.Append(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    public override bool SameAs(UnknownMembers other)
    {
        var others = other switch
        {
            UnknownMembersDictionary dictionary => dictionary.Members,
            UnknownMembersText text => text.Parse(),
            _ => throw new ArgumentException("Unknown members of an unknown form.", nameof(other)),
        };
        if (others.Count != members.Count)
        {
            return false;
        }

        foreach (var (name, value) in members)
        {
            if (!others.TryGetValue(name, out var otherValue) || !JsonElement.DeepEquals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }
}
