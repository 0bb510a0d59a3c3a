using HandlerSdk;

namespace Orders;

/// <summary>Prices orders. One instance per execution environment; the tax table is loaded once, at init.</summary>
public sealed class OrderHandlers
{
    private readonly decimal _taxRate = 0.19m;

    [LambdaHandler(TimeoutSeconds = 10, MemorySizeMb = 256)]
    public Task<Receipt> PlaceOrder(Order order, ILambdaContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (order.Lines.Count == 0)
        {
            throw new ArgumentException($"Order {order.Id} has no lines.");
        }

        var net = order.Lines.Sum(l => l.Quantity * l.UnitPrice);
        var notes = new List<string>();
        if (order.CouponCode is { } coupon)
        {
            notes.Add($"coupon {coupon} noted");
        }

        if (order.DeliverBy is { } date)
        {
            notes.Add($"deliver by {date:yyyy-MM-dd}");
        }

        context.Logger.LogInformation("Order {OrderId} for {Customer}: {Lines} lines", order.Id, order.Customer.Name, order.Lines.Count);
        var receipt = new Receipt(order.Id, decimal.Round(net * (1 + _taxRate), 2), order.Lines.Sum(l => l.Quantity), order.Priority, order.PlacedAt, notes);
        return Task.FromResult(receipt);
    }

    [LambdaHandler]
    public static Quote QuoteShipping(QuoteRequest request) => new(
        request.Sku,
        request.Quantity * request.UnitPrice + (request.Shipping is ExpressShipping express ? express.Surcharge : 0m),
        request.Shipping);

    [LambdaHandler(Name = "Ping")]
    public static string Ping(string message) => "pong: " + message;
}
