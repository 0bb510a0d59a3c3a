namespace HandlerSdk.Generators.Emitting;

/// <summary>
/// The names of the members generated for a type, from its readable name (<see cref="Model.TypeShape.Name"/>, which
/// holds no underscore): <c>ReadOrder</c>, <c>WriteListOfInt32</c>, <c>s_Order_CouponCode</c>. Each kind of member has
/// its own prefix, and whatever follows the type's name comes after an underscore, so two types never share a member
/// name (<c>ReadOrder_DynamoDb</c> cannot be the reader of a type named <c>OrderDynamoDb</c>).
/// </summary>
internal static class SerializerNames
{
    public static string Read(string name) => "Read" + name;

    public static string Write(string name) => "Write" + name;

    /// <summary>The reader from a DynamoDB attribute value (<c>{"M":{…}}</c>, <c>{"L":[…]}</c>).</summary>
    public static string ReadDynamoDb(string name) => "Read" + name + "_DynamoDb";

    /// <summary>The reader of an object from a bare map of attribute values (a stream image).</summary>
    public static string ReadDynamoDbItem(string name) => "Read" + name + "_DynamoDbItem";

    /// <summary>A payload member's reader of what its text or bytes carry.</summary>
    public static string ReadContent(string name) => "Read" + name + "_Content";

    /// <summary>A payload member's writer of what its text or bytes carry.</summary>
    public static string WriteContent(string name) => "Write" + name + "_Content";

    /// <summary>The matcher of an object's property names: the index of the property, or -1.</summary>
    public static string MatchProperty(string name) => "Match" + name + "Property";

    /// <summary>An enum's name for a value, or null.</summary>
    public static string NameOf(string name) => "NameOf" + name;

    /// <summary>An enum's value from its name or number.</summary>
    public static string Parse(string name) => "Parse" + name;

    /// <summary>An enum's value from one of its names.</summary>
    public static string TryParseName(string name) => "TryParse" + name + "Name";

    /// <summary>The <c>UnsafeAccessor</c> that sets an init-only property.</summary>
    public static string InitAccessor(string name, string property) => "Init" + name + "_" + property;

    /// <summary>The JSON name of a property, encoded once.</summary>
    public static string PropertyField(string name, string property) => "s_" + name + "_" + property;

    /// <summary>An enum member's JSON name, encoded once.</summary>
    public static string EnumMemberField(string name, string member) => "s_" + name + "_" + member;

    /// <summary>The JSON names of an object's readable properties, in match order.</summary>
    public static string PropertyNamesField(string name) => "s_" + name + "Names";

    /// <summary>A user's converter, created once.</summary>
    public static string ConverterField(string name) => "s_" + name + "_Converter";

    /// <summary>The options handed to the user's converter: its own, with a resolver that knows no type.</summary>
    public static string ConverterOptionsField(string name) => "s_" + name + "_ConverterOptions";

    /// <summary>A user context's metadata for the type.</summary>
    public static string TypeInfoField(string name) => "s_" + name + "_TypeInfo";
}
