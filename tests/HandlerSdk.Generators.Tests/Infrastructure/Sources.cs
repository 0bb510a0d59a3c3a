namespace HandlerSdk.Generators.Tests.Infrastructure;

/// <summary>Test projects shared by several test classes.</summary>
internal static class Sources
{
    /// <summary>A small shop, shaped like samples/Orders: records, required and init members, nested collections, dates.</summary>
    public const string OrdersModel = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;

        namespace Orders;

        public sealed record Order(string Id, Customer Customer, List<OrderLine> Lines, DateTimeOffset PlacedAt)
        {
            public Priority Priority { get; init; } = Priority.Normal;

            public DateOnly? DeliverBy { get; init; }

            public Dictionary<string, string> Tags { get; init; } = [];

            public Dictionary<string, List<int>> Buckets { get; init; } = [];

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

        public sealed record Receipt(string OrderId, decimal Total, int Items, Priority Priority, DateTimeOffset ReceivedAt, IReadOnlyList<string> Notes);

        """;

    public const string OrdersHandlers = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using HandlerSdk;

        namespace Orders;

        public sealed class OrderHandlers
        {
            private readonly decimal _taxRate = 0.19m;

            [LambdaHandler(TimeoutSeconds = 10, MemorySizeMb = 256)]
            public Task<Receipt> PlaceOrder(Order order, ILambdaContext context, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var net = order.Lines.Sum(l => l.Quantity * l.UnitPrice);
                context.Logger.LogLine(order.Id);
                var receipt = new Receipt(order.Id, decimal.Round(net * (1 + _taxRate), 2), order.Lines.Sum(l => l.Quantity), order.Priority, order.PlacedAt, new List<string>());
                return Task.FromResult(receipt);
            }

            [LambdaHandler(Name = "Ping")]
            public static string Ping(string message) => "pong: " + message;
        }

        """;
}
