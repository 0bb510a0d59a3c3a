namespace HandlerSdk;

/// <summary>How C# member names become JSON property names in the generated serializers.</summary>
public enum LambdaJsonNamingPolicy
{
    /// <summary>Names as declared (<c>OrderId</c>); System.Text.Json's default.</summary>
    AsDeclared = 0,

    /// <summary><c>orderId</c>.</summary>
    CamelCase = 1,

    /// <summary><c>order_id</c>.</summary>
    SnakeCaseLower = 2,

    /// <summary><c>ORDER_ID</c>.</summary>
    SnakeCaseUpper = 3,

    /// <summary><c>order-id</c>.</summary>
    KebabCaseLower = 4,

    /// <summary><c>ORDER-ID</c>.</summary>
    KebabCaseUpper = 5,
}
