using System.Text;
using System.Text.Json;

namespace HandlerSdk.Events;

/// <summary>
/// The members an event object's model does not declare, in one of two forms: the JSON text a generated reader kept
/// (<see cref="UnknownMembersText"/>), or the dictionary of elements <see cref="AwsEventObject.AdditionalProperties"/>
/// gave out or was set to (<see cref="UnknownMembersDictionary"/>). Only the second form's code needs
/// <see cref="JsonDocument"/>, and native AOT compiles it only into functions that create it.
/// </summary>
internal abstract class UnknownMembers
{
    /// <summary>Writes each member, name and value, into the object <paramref name="writer"/> is writing.</summary>
    public abstract void WriteTo(Utf8JsonWriter writer);

    /// <summary>Appends the members as one JSON object.</summary>
    public abstract void AppendTo(StringBuilder builder);

    /// <summary>Whether there are none (a dictionary can be empty; kept text never is).</summary>
    public abstract bool IsEmpty { get; }

    /// <summary>Whether <paramref name="other"/> holds the same members.</summary>
    public abstract bool SameAs(UnknownMembers other);

    /// <summary>Equality of two objects' members; none and an empty dictionary are the same.</summary>
    public static bool AreEqual(UnknownMembers? left, UnknownMembers? right) =>
        ReferenceEquals(left, right) ||
        (left is null ? right!.IsEmpty : right is null ? left.IsEmpty : left.SameAs(right));
}
