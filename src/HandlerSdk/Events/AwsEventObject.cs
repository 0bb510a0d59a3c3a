using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The base of every object in an AWS event model. AWS adds members to its events over time; a member the model
/// does not declare is kept in <see cref="AdditionalProperties"/> when read and written back where it was, so a
/// function built today neither fails on tomorrow's events nor drops what they carry when it passes them on.
/// </summary>
/// <remarks>
/// The generated readers keep such members as their JSON text, and <see cref="AdditionalProperties"/> parses it into
/// elements only when asked: a function that never looks at them does not link <see cref="JsonDocument"/> (and the
/// cryptographic random seed its duplicate-name check pulls in), which costs a native bootstrap about 100 KB. For the
/// same reason equality, hashing and printing below never parse them.
/// </remarks>
public abstract record AwsEventObject
{
    private UnknownMembers? _unknownMembers;

    /// <summary>The members AWS sent that the model does not declare, by their JSON names; null when there were none.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties
    {
        get
        {
            var members = _unknownMembers;
            if (members is not UnknownMembersText text)
            {
                return (members as UnknownMembersDictionary)?.Members;
            }

            // Parsed once; the dictionary then replaces the text, so changes to it are what gets written.
            var parsed = new UnknownMembersDictionary(text.Parse());
            var current = Interlocked.CompareExchange(ref _unknownMembers, parsed, text);
            return ReferenceEquals(current, text) ? parsed.Members : (current as UnknownMembersDictionary)?.Members;
        }

        init => _unknownMembers = value is null ? null : new UnknownMembersDictionary(value);
    }

    /// <summary>
    /// Value equality, as records have it; members the model does not declare compare by their JSON text when both
    /// were read, and element by element once one of them was parsed or set.
    /// </summary>
    /// <param name="other">The other object.</param>
    /// <returns>Whether both are of the same type with equal members.</returns>
    public virtual bool Equals(AwsEventObject? other) =>
        ReferenceEquals(this, other) ||
        (other is not null && EqualityContract == other.EqualityContract && UnknownMembers.AreEqual(_unknownMembers, other._unknownMembers));

    /// <summary>A hash of the type; derived records add their members. Undeclared members are left out, as they compare in two forms.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => EqualityContract.GetHashCode();

    /// <summary>Keeps the undeclared members a generated reader found, as the text of one JSON object.</summary>
    internal void KeepUnknownMembers(byte[] jsonObject) => _unknownMembers = new UnknownMembersText(jsonObject);

    /// <summary>Writes the undeclared members into the object <paramref name="writer"/> is writing, after the declared ones.</summary>
    internal void WriteUnknownMembers(Utf8JsonWriter writer) => _unknownMembers?.WriteTo(writer);

    /// <summary>Prints the undeclared members, if any, as JSON: <c>AdditionalProperties = {"name":value}</c>.</summary>
    /// <param name="builder">Where the record's <c>ToString</c> is being built.</param>
    /// <returns>Whether anything was printed.</returns>
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (_unknownMembers is not { } members)
        {
            return false;
        }

        builder.Append("AdditionalProperties = ");
        members.AppendTo(builder);
        return true;
    }
}
