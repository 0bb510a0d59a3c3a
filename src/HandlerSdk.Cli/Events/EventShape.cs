using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace HandlerSdk.Cli.Events;

/// <summary>
/// What a source's event looks like to <c>hsdk events new</c>: where <c>--body</c> goes and how it is encoded, what
/// <c>--count</c> repeats and which ids each copy changes. <see cref="Open"/> and <see cref="Close"/> unwrap and rewrap
/// payloads the template holds encoded, so names, region and account are rewritten inside them too.
/// </summary>
internal abstract class EventShape
{
    /// <summary>A source with no payload of the user's and a single event: the template as it is, names rewritten.</summary>
    public static EventShape Fixed { get; } = new FixedShape();

    /// <summary>Where <c>--body</c> goes, for <c>hsdk events list</c> and errors; null when the source carries none.</summary>
    public abstract string? Payload { get; }

    /// <summary>What <c>--count</c> repeats; null when the source sends one event and no records.</summary>
    public virtual string? Repeats => null;

    public virtual void Open(JsonObject root)
    {
    }

    public virtual void SetBody(JsonObject root, EventBody body, string source) =>
        throw new InvalidOperationException($"{GetType().Name} takes no body");

    public virtual void Repeat(JsonObject root, int count) =>
        throw new InvalidOperationException($"{GetType().Name} has no records");

    public virtual void Close(JsonObject root)
    {
    }

    /// <summary>Makes <paramref name="array"/> hold <paramref name="count"/> copies of its first item, each made distinct.</summary>
    protected static void RepeatFirst(JsonArray array, int count, Action<JsonObject, int> distinguish)
    {
        var first = array[0]!;
        array.Clear();
        for (var index = 0; index < count; index++)
        {
            var copy = (JsonObject)first.DeepClone();
            if (index > 0)
            {
                distinguish(copy, index);
            }

            array.Add(copy);
        }
    }

    /// <summary>A decimal number held as a string (sequence numbers, offsets), plus <paramref name="by"/>.</summary>
    protected static string Add(string digits, int by) =>
        (BigInteger.Parse(digits, CultureInfo.InvariantCulture) + by).ToString(CultureInfo.InvariantCulture);

    /// <summary>A hexadecimal number held as a string (S3 sequencers), plus <paramref name="by"/>, same width.</summary>
    protected static string AddHex(string hex, int by)
    {
        var value = BigInteger.Parse("0" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture) + by;
        var text = value.ToString("X", CultureInfo.InvariantCulture).TrimStart('0');
        return text.PadLeft(hex.Length, '0');
    }

    /// <summary>An id that differs per copy yet is the same on every run, so generated events can be compared.</summary>
    protected static Guid DerivedGuid(string seed, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{seed}/{index}")))[..16];
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40); // version 4 layout, as AWS's random ids have
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }

    protected static string DerivedId(JsonNode? seed, int index) => DerivedGuid(seed?.GetValue<string>() ?? "", index).ToString();

    protected static long Number(JsonNode? node) => node!.GetValue<long>();

    private sealed class FixedShape : EventShape
    {
        public override string? Payload => null;
    }
}
