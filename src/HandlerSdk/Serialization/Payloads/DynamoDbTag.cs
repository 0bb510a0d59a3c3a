using System.ComponentModel;

namespace HandlerSdk.Serialization.Payloads;

/// <summary>The type tag of a DynamoDB attribute value (<c>{"N":"12.5"}</c>). Not for direct use: generated readers pass it.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum DynamoDbTag
{
    /// <summary>A string.</summary>
    S,

    /// <summary>A number, as a string of digits.</summary>
    N,

    /// <summary>Binary, as a base64 string.</summary>
    B,

    /// <summary>A set of strings.</summary>
    SS,

    /// <summary>A set of numbers, each a string of digits.</summary>
    NS,

    /// <summary>A set of binary values, each a base64 string.</summary>
    BS,

    /// <summary>A map of attribute values.</summary>
    M,

    /// <summary>A list of attribute values.</summary>
    L,

    /// <summary>Null (<c>{"NULL":true}</c>).</summary>
    Null,

    /// <summary>A boolean.</summary>
    Bool,
}
