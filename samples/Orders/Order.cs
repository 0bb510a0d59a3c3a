using System.Text.Json.Serialization;

namespace Orders;

/// <summary>An order as the shop's front end sends it.</summary>
public sealed record Order(string Id, Customer Customer, List<OrderLine> Lines, DateTimeOffset PlacedAt)
{
    public Priority Priority { get; init; } = Priority.Normal;

    public DateOnly? DeliverBy { get; init; }

    public Dictionary<string, string> Tags { get; init; } = [];

    [JsonPropertyName("coupon_code")]
    public string? CouponCode { get; set; }
}

public sealed record Customer(string Name, string Email)
{
    public Address? ShippingAddress { get; init; }
}

public sealed class Address
{
    public required string Street { get; init; }

    public required string City { get; init; }

    public string Country { get; set; } = "DE";
}

public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);

[JsonConverter(typeof(JsonStringEnumConverter<Priority>))]
public enum Priority
{
    Low,
    Normal,
    Express,
}

/// <summary>What the function answers.</summary>
public sealed record Receipt(string OrderId, decimal Total, int Items, Priority Priority, DateTimeOffset ReceivedAt, IReadOnlyList<string> Notes);
