using System.Globalization;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// A DynamoDB attribute value as streams send it: an object with exactly one member, named by its data type
/// (<c>{"S": "Joe"}</c>, <c>{"N": "35"}</c>, <c>{"M": {...}}</c>). Each member here is one of those types and is
/// <see langword="null"/> unless the value is of that type; <see cref="GetKind()"/> says which it is, and the <c>As…</c>
/// methods read the value as a .NET type, failing clearly when it is of another type.
/// </summary>
public sealed record AttributeValue : AwsEventObject
{
    private static readonly AttributeValueKind[] TypeTags =
    [
        AttributeValueKind.S, AttributeValueKind.N, AttributeValueKind.B, AttributeValueKind.SS, AttributeValueKind.NS,
        AttributeValueKind.BS, AttributeValueKind.M, AttributeValueKind.L, AttributeValueKind.NULL, AttributeValueKind.BOOL,
    ];

    /// <summary>A string value.</summary>
    [JsonPropertyName("S")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? S { get; init; }

    /// <summary>A number value, as DynamoDB sends it: decimal text of up to 38 significant digits, kept exact.</summary>
    [JsonPropertyName("N")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? N { get; init; }

    /// <summary>A binary value (base64 in the JSON).</summary>
    [JsonPropertyName("B")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
#pragma warning disable CA1819 // The model mirrors DynamoDB's B member; a copy per access would be a trap in loops.
    public byte[]? B { get; init; }
#pragma warning restore CA1819

    /// <summary>A set of strings.</summary>
    [JsonPropertyName("SS")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? SS { get; init; }

    /// <summary>A set of numbers, each as its exact decimal text.</summary>
    [JsonPropertyName("NS")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? NS { get; init; }

    /// <summary>A set of binary values (each base64 in the JSON).</summary>
    [JsonPropertyName("BS")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<byte[]>? BS { get; init; }

    /// <summary>A map of named values (a nested document).</summary>
    [JsonPropertyName("M")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, AttributeValue>? M { get; init; }

    /// <summary>A list of values, of any types.</summary>
    [JsonPropertyName("L")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AttributeValue>? L { get; init; }

    /// <summary><see langword="true"/> when the value is DynamoDB's null.</summary>
    [JsonPropertyName("NULL")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? NULL { get; init; }

    /// <summary>A Boolean value.</summary>
    [JsonPropertyName("BOOL")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BOOL { get; init; }

    /// <summary>Which member holds the value; <see cref="AttributeValueKind.None"/> when none does.</summary>
    /// <returns>The kind of the value.</returns>
    /// <exception cref="InvalidOperationException">More than one member is set, which DynamoDB never sends.</exception>
    public AttributeValueKind GetKind()
    {
        var kind = AttributeValueKind.None;
        foreach (var candidate in TypeTags)
        {
            if (Has(candidate))
            {
                kind = kind == AttributeValueKind.None
                    ? candidate
                    : throw new InvalidOperationException($"The attribute value has {TypeTags.Count(Has)} types ({string.Join(", ", TypeTags.Where(Has))}); DynamoDB sends exactly one.");
            }
        }

        return kind;
    }

    /// <summary><see cref="S"/>.</summary>
    /// <exception cref="InvalidOperationException">The value is not a string.</exception>
    public string AsString() => S ?? throw NotA(AttributeValueKind.S);

    /// <summary><see cref="N"/> as a <see cref="decimal"/> (28 significant digits; DynamoDB allows 38).</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    /// <exception cref="OverflowException">The number is outside the range of a <see cref="decimal"/>.</exception>
    public decimal AsDecimal() => decimal.Parse(Number(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary><see cref="N"/> as a <see cref="long"/>.</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    /// <exception cref="FormatException">The number has a fraction or is outside the range of a <see cref="long"/>.</exception>
    public long AsInt64()
    {
        var text = Number();
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"The number {text} is not a whole number within the range of a 64-bit integer.");
    }

    /// <summary><see cref="N"/> as a <see cref="double"/> (rounded to the nearest one).</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    public double AsDouble() => double.Parse(Number(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary><see cref="BOOL"/>.</summary>
    /// <exception cref="InvalidOperationException">The value is not a Boolean.</exception>
    public bool AsBoolean() => BOOL ?? throw NotA(AttributeValueKind.BOOL);

    /// <summary><see cref="B"/>.</summary>
    /// <exception cref="InvalidOperationException">The value is not binary.</exception>
    public byte[] AsBinary() => B ?? throw NotA(AttributeValueKind.B);

    /// <summary><see cref="M"/>.</summary>
    /// <exception cref="InvalidOperationException">The value is not a map.</exception>
    public IReadOnlyDictionary<string, AttributeValue> AsMap() => M ?? throw NotA(AttributeValueKind.M);

    /// <summary><see cref="L"/>.</summary>
    /// <exception cref="InvalidOperationException">The value is not a list.</exception>
    public IReadOnlyList<AttributeValue> AsList() => L ?? throw NotA(AttributeValueKind.L);

    /// <summary>Whether the value is DynamoDB's null (<c>{"NULL": true}</c>).</summary>
    [JsonIgnore]
    public bool IsNull => NULL == true;

    private string Number() => N ?? throw NotA(AttributeValueKind.N);

    private InvalidOperationException NotA(AttributeValueKind expected) =>
        new($"The attribute value is {Describe(GetKind())}, not {Describe(expected)}.");

    private static string Describe(AttributeValueKind kind) => kind switch
    {
        AttributeValueKind.None => "empty",
        AttributeValueKind.NULL => "null",
        _ => "a " + kind switch
        {
            AttributeValueKind.S => "string (S)",
            AttributeValueKind.N => "number (N)",
            AttributeValueKind.B => "binary value (B)",
            AttributeValueKind.SS => "string set (SS)",
            AttributeValueKind.NS => "number set (NS)",
            AttributeValueKind.BS => "binary set (BS)",
            AttributeValueKind.M => "map (M)",
            AttributeValueKind.L => "list (L)",
            _ => "Boolean (BOOL)",
        },
    };

    private bool Has(AttributeValueKind kind) => kind switch
    {
        AttributeValueKind.S => S is not null,
        AttributeValueKind.N => N is not null,
        AttributeValueKind.B => B is not null,
        AttributeValueKind.SS => SS is not null,
        AttributeValueKind.NS => NS is not null,
        AttributeValueKind.BS => BS is not null,
        AttributeValueKind.M => M is not null,
        AttributeValueKind.L => L is not null,
        AttributeValueKind.NULL => NULL is not null,
        AttributeValueKind.BOOL => BOOL is not null,
        _ => false,
    };
}
