// The differential corpus: compiled in memory with the generator (see CorpusAssembly), never by the test project.
// Every type here is serialized both by the generated code and by System.Text.Json's reflection serializer.
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Corpus;

public enum Color { Red, Green, Blue = 5 }

[JsonConverter(typeof(JsonStringEnumConverter))]
public enum Status { Pending, Active, Closed }

[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<Perms>))]
public enum Perms { None = 0, Read = 1, Write = 2, Exec = 4, All = 7 }

public enum Small : byte { A, B, C = 200 }

public enum Signed : sbyte { Neg = -5, Zero = 0, Pos = 7 }

public enum Huge : ulong { Zero = 0, Max = ulong.MaxValue }

public enum Wide : long { Low = long.MinValue, High = long.MaxValue }

public enum Side { Left, Right }

public sealed class Primitives
{
    public bool Bool { get; set; }
    public byte Byte { get; set; }
    public sbyte SByte { get; set; }
    public short Int16 { get; set; }
    public ushort UInt16 { get; set; }
    public int Int32 { get; set; }
    public uint UInt32 { get; set; }
    public long Int64 { get; set; }
    public ulong UInt64 { get; set; }
    public float Single { get; set; }
    public double Double { get; set; }
    public decimal Decimal { get; set; }
    public char Char { get; set; }
    public string? String { get; set; }
    public DateTime DateTime { get; set; }
    public DateTimeOffset DateTimeOffset { get; set; }
    public DateOnly DateOnly { get; set; }
    public TimeOnly TimeOnly { get; set; }
    public TimeSpan TimeSpan { get; set; }
    public Guid Guid { get; set; }
    public Uri? Uri { get; set; }
    public byte[]? Bytes { get; set; }
    public Color Color { get; set; }
    public Status Status { get; set; }
    public Perms Perms { get; set; }
    public Small Small { get; set; }
    public Signed Signed { get; set; }
    public Huge Huge { get; set; }
    public Wide Wide { get; set; }
}

public sealed class NullablePrimitives
{
    public bool? Bool { get; set; }
    public byte? Byte { get; set; }
    public sbyte? SByte { get; set; }
    public short? Int16 { get; set; }
    public ushort? UInt16 { get; set; }
    public int? Int32 { get; set; }
    public uint? UInt32 { get; set; }
    public long? Int64 { get; set; }
    public ulong? UInt64 { get; set; }
    public float? Single { get; set; }
    public double? Double { get; set; }
    public decimal? Decimal { get; set; }
    public char? Char { get; set; }
    public DateTime? DateTime { get; set; }
    public DateTimeOffset? DateTimeOffset { get; set; }
    public DateOnly? DateOnly { get; set; }
    public TimeOnly? TimeOnly { get; set; }
    public TimeSpan? TimeSpan { get; set; }
    public Guid? Guid { get; set; }
    public Color? Color { get; set; }
    public Status? Status { get; set; }
    public Point? Point { get; set; }
}

public struct Point
{
    public int X { get; set; }
    public double Y { get; set; }
}

public record struct Range(int Start, int End);

public readonly record struct Coord(double Lat, double Lng);

public readonly struct Money
{
    [JsonConstructor]
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }
}

public sealed record Order(string Id, Customer Customer, List<OrderLine> Lines, DateTimeOffset PlacedAt)
{
    public Status Status { get; init; }
    public Color? Color { get; init; }
    public DateOnly? DeliverBy { get; init; }
    public Money Total { get; init; }
    public Dictionary<string, string?>? Tags { get; init; }
    public Dictionary<int, OrderLine>? ByNumber { get; set; }
    public IReadOnlyList<string>? Notes { get; init; }
    public HashSet<int>? Codes { get; set; }
    public int[]? Scores { get; set; }
    public IReadOnlyDictionary<string, List<int>>? Buckets { get; set; }

    [JsonPropertyName("coupon_code")]
    public string? CouponCode { get; set; }
}

public sealed record Customer(string Name, string? Email)
{
    public Address? ShippingAddress { get; init; }
}

public sealed class Address
{
    public required string Street { get; init; }
    public required string City { get; init; }
    public string? Zip { get; set; }
}

public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice)
{
    [JsonConverter(typeof(JsonStringEnumConverter))]
    public Side Side { get; set; }

    public Range Range { get; set; }

    public Coord? At { get; set; }
}

public sealed class Annotated
{
    [JsonPropertyOrder(2)]
    public int Last { get; set; }

    [JsonPropertyOrder(-1)]
    public int First { get; set; }

    public int Middle { get; set; }

    [JsonInclude]
    public int Field;

    [JsonIgnore]
    public string? Ignored { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SkipNull { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int SkipZero { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public string? SkipDefaultString { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Point SkipDefaultPoint { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int? SkipDefaultNullable { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Always { get; set; }

    [JsonPropertyName("renamed-value")]
    public int Renamed { get; set; }

    [JsonPropertyName("naïve")]
    public string? Unicode { get; set; }

    [JsonPropertyName("a<b>&'\"+")]
    public int Html { get; set; }

    public int Café { get; set; }

    public int Computed => Middle + 1;

    [JsonInclude]
    public int InternalSet { get; internal set; }

    [JsonRequired]
    public int MustHave { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter))]
    public Color NamedColor { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<Color>))]
    public Color? MaybeNamedColor { get; set; }

    public List<int> ReadOnlyList { get; } = [];
}

public class Animal
{
    public string? Name { get; set; }
    public int Legs { get; set; }
}

public sealed class Dog : Animal
{
    public bool GoodBoy { get; set; }
    public new long Legs { get; set; }
}

public sealed class TreeNode
{
    public int Value { get; set; }
    public List<TreeNode>? Children { get; set; }
    public TreeNode? Next { get; set; }
}

public sealed class Collections
{
    public List<int>? List { get; set; }
    public int[]? Array { get; set; }
    public IReadOnlyList<string?>? ReadOnlyList { get; set; }
    public IEnumerable<long>? Enumerable { get; set; }
    public IList<double>? IList { get; set; }
    public ICollection<Guid>? ICollection { get; set; }
    public IReadOnlyCollection<char>? ReadOnlyCollection { get; set; }
    public HashSet<string>? Set { get; set; }
    public ISet<int>? ISet { get; set; }
    public List<List<int>?>? Nested { get; set; }
    public List<Point>? Points { get; set; }
    public Point?[]? NullablePoints { get; set; }
    public List<Color>? Colors { get; set; }
    public List<Status>? Statuses { get; set; }
    public List<Perms>? PermsList { get; set; }
    public byte[][]? Blobs { get; set; }
    public List<byte[]?>? MaybeBlobs { get; set; }
    public List<Uri?>? Uris { get; set; }
}

public sealed class Dictionaries
{
    public Dictionary<string, int>? Strings { get; set; }
    public Dictionary<int, string?>? Ints { get; set; }
    public Dictionary<long, bool>? Longs { get; set; }
    public Dictionary<uint, int>? UInts { get; set; }
    public Dictionary<ulong, int>? ULongs { get; set; }
    public Dictionary<short, int>? Shorts { get; set; }
    public Dictionary<ushort, int>? UShorts { get; set; }
    public Dictionary<byte, int>? Bytes { get; set; }
    public Dictionary<sbyte, int>? SBytes { get; set; }
    public Dictionary<Guid, int>? Guids { get; set; }
    public Dictionary<Color, int>? NumberEnumKeys { get; set; }
    public Dictionary<Status, int>? StringEnumKeys { get; set; }
    public Dictionary<Perms, int>? FlagKeys { get; set; }
    public IDictionary<string, Point>? IDictionary { get; set; }
    public IReadOnlyDictionary<string, Dictionary<string, int>?>? Nested { get; set; }
    public Dictionary<string, List<OrderLine>>? Lines { get; set; }
}

public sealed class WithCtor
{
    public WithCtor(int id, string name, DateTime created = default)
    {
        Id = id;
        Name = name;
        Created = created;
    }

    public int Id { get; }
    public string Name { get; }
    public DateTime Created { get; }
    public string? Extra { get; set; }
}

public sealed record Defaults(
    int Count = 5,
    string Label = "x",
    Color Color = Color.Blue,
    double Ratio = 0.1,
    float Factor = 0.3f,
    bool Flag = true,
    char Letter = 'q',
    decimal Precise = 1.2345678901234567890123456789m,
    long? Maybe = 7,
    string? Nothing = null);

public sealed class Account
{
    public Account(string id) => Id = id;

    public string Id { get; }
    public required string Owner { get; set; }
    public required int Balance { get; init; }
    public List<string> Roles { get; set; } = [];
    public Perms Perms { get; init; } = Perms.Read;
}

public sealed class Passthrough
{
    public JsonElement Element { get; set; }
    public JsonNode? Node { get; set; }
    public JsonObject? Object { get; set; }
    public JsonArray? Array { get; set; }
}

public sealed class CasingNames
{
    public int URLValue { get; set; }
    public int IOStream { get; set; }
    public int ID { get; set; }
    public int X { get; set; }
    public int already { get; set; }
    public int HTTPServerName { get; set; }
    public int ABC { get; set; }
    public int A1B2 { get; set; }
    public int Version2Beta { get; set; }
    public int _Under { get; set; }
    public int ÉtéValue { get; set; }
    [JsonPropertyName("Explicit_Name")]
    public int Overridden { get; set; }
    public Dictionary<string, int>? KeysAreNotRenamed { get; set; }
}

/// <summary>Everything at once, so random graphs mix the corpus.</summary>
public sealed class Everything
{
    public Primitives? Primitives { get; set; }
    public NullablePrimitives? Nullables { get; set; }
    public Order? Order { get; set; }
    public Annotated? Annotated { get; set; }
    public Dog? Dog { get; set; }
    public TreeNode? Tree { get; set; }
    public Collections? Collections { get; set; }
    public Dictionaries? Dictionaries { get; set; }
    public WithCtor? WithCtor { get; set; }
    public Defaults? Defaults { get; set; }
    public Account? Account { get; set; }
    public CasingNames? Casing { get; set; }
    public List<Everything>? More { get; set; }
}

/// <summary>An EventBridge-style envelope: init-only members of a generic type, set through a generic accessor.</summary>
public class Envelope<T> where T : class
{
    [JsonPropertyName("detail-type")]
    public string DetailType { get; init; } = "Order Placed";
    public DateTimeOffset Time { get; init; }
    public T? Detail { get; init; }
    public List<string> Resources { get; init; } = [];
}

/// <summary>A closed subclass of a generic base: the base's init-only members still need the generic accessor.</summary>
public sealed class PlacedEvent : Envelope<OrderLine>
{
    public int Version { get; init; } = 1;
}

/// <summary>A generic struct with init-only members: the accessor takes it by reference.</summary>
public struct Tagged<T>
{
    public T Value { get; init; }
    public string? Tag { get; init; }
}

/// <summary>Members read through a non-public setter ([JsonInclude]), and a set-only one, as System.Text.Json does.</summary>
public class Included
{
    private string _secret = "";

    [JsonInclude]
    public string Name { get; private set; } = "default";

    [JsonInclude]
    public int Count { get; protected set; }

    public string Secret { set => _secret = value; }

    [JsonIgnore]
    public string SecretSeen => _secret;
}

/// <summary>Required members that a [SetsRequiredMembers] constructor sets: JSON need not carry them.</summary>
public sealed class Preset
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public Preset()
    {
        Id = 0;
        Label = "preset";
    }

    public required int Id { get; init; }
    public required string Label { get; set; }
}

/// <summary>A user's converter: a colour as "#rrggbb" text.</summary>
public sealed class RgbHexConverter : JsonConverter<Rgb>
{
    public override Rgb Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is not { Length: 7 } || text[0] != '#')
        {
            throw new JsonException("A colour is \"#rrggbb\".");
        }

        var value = Convert.FromHexString(text.AsSpan(1));
        return new Rgb(value[0], value[1], value[2]);
    }

    public override void Write(Utf8JsonWriter writer, Rgb value, JsonSerializerOptions options) =>
        writer.WriteStringValue($"#{value.R:x2}{value.G:x2}{value.B:x2}");
}

/// <summary>A type-level converter: used wherever the type appears (member, element, nullable).</summary>
[JsonConverter(typeof(RgbHexConverter))]
public readonly record struct Rgb(byte R, byte G, byte B);

/// <summary>A user's converter for a reference type that leaves null to the serializer (HandleNull is false).</summary>
public sealed class TrimmedConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!.Trim();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value.Trim());
}

/// <summary>Member converters: HandlerSdk's epoch converters (T and T?) and a user's; type-level ones in members and collections.</summary>
public sealed class Converted
{
    [JsonConverter(typeof(HandlerSdk.Serialization.EpochSecondsConverter))]
    public DateTimeOffset At { get; set; }

    [JsonConverter(typeof(HandlerSdk.Serialization.EpochMillisecondsConverter))]
    public DateTimeOffset? SentAt { get; set; }

    [JsonConverter(typeof(TrimmedConverter))]
    public string? Code { get; set; }

    public Rgb Color { get; set; }
    public Rgb? Accent { get; set; }
    public List<Rgb> Palette { get; set; } = [];
}

/// <summary>[JsonExtensionData]: members the type does not declare are kept and written back.</summary>
public sealed class Open
{
    public string Id { get; set; } = "";
    public int Count { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>Extension data declared init-only on an abstract base record, as HandlerSdk's AwsEventObject does.</summary>
public abstract record OpenBase
{
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Rest { get; init; }
}

public sealed record OpenRecord : OpenBase
{
    public string Name { get; init; } = "";
    public List<Open> Items { get; init; } = [];
}
