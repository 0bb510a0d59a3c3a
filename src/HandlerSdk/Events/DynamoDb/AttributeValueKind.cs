namespace HandlerSdk.Events;

/// <summary>Which of its members an <see cref="AttributeValue"/> holds: DynamoDB's data type descriptor.</summary>
public enum AttributeValueKind
{
    /// <summary>No member is set (a value built empty; DynamoDB never sends one).</summary>
    None,

    /// <summary>A string: <see cref="AttributeValue.S"/>.</summary>
    S,

    /// <summary>A number, as its exact decimal text: <see cref="AttributeValue.N"/>.</summary>
    N,

    /// <summary>Binary data: <see cref="AttributeValue.B"/>.</summary>
    B,

    /// <summary>A set of strings: <see cref="AttributeValue.SS"/>.</summary>
    SS,

    /// <summary>A set of numbers: <see cref="AttributeValue.NS"/>.</summary>
    NS,

    /// <summary>A set of binary values: <see cref="AttributeValue.BS"/>.</summary>
    BS,

    /// <summary>A map of named values: <see cref="AttributeValue.M"/>.</summary>
    M,

    /// <summary>A list of values: <see cref="AttributeValue.L"/>.</summary>
    L,

    /// <summary>The null value: <see cref="AttributeValue.NULL"/>.</summary>
    NULL,

    /// <summary>A Boolean: <see cref="AttributeValue.BOOL"/>.</summary>
    BOOL,
}
