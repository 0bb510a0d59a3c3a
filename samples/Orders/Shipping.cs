using System.Text.Json.Serialization;
using HandlerSdk;

[assembly: LambdaSerializerContext(typeof(Orders.ShippingJsonContext))]

namespace Orders;

/// <summary>
/// A polymorphic type: HandlerSdk does not generate serializers for those (HSDK0101), so this sample hands it to a
/// System.Text.Json source-generated context, the escape hatch. The rest of the quote is still generated code.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(StandardShipping), "standard")]
[JsonDerivedType(typeof(ExpressShipping), "express")]
public abstract record Shipping;

public sealed record StandardShipping(int Days) : Shipping;

public sealed record ExpressShipping(string Carrier, decimal Surcharge) : Shipping;

public sealed record QuoteRequest(string Sku, int Quantity, decimal UnitPrice, Shipping Shipping);

public sealed record Quote(string Sku, decimal Total, Shipping Shipping);

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Shipping))]
internal sealed partial class ShippingJsonContext : JsonSerializerContext;
