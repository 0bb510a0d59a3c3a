namespace HandlerSdk.Generators.Tests.Http;

/// <summary>A small CRUD API the dispatch tests compile and drive: instance state, every result kind, every binding source.</summary>
internal static class CrudApi
{
    public const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using HandlerSdk;
        using HandlerSdk.Events;
        using HandlerSdk.Http;

        namespace Shop;

        public sealed record Line(string Sku, int Quantity);

        public sealed record NewOrder(string Customer, List<Line> Lines);

        public sealed record Order(int Id, string Customer, List<Line> Lines);

        public enum Size { Small = 1, Medium = 2, Large = 3 }

        [Flags] public enum Toppings : byte { None = 0, Cheese = 1, Ham = 2, Olives = 4 }

        [HttpApi("orders")]
        public sealed class Orders
        {
            private readonly Dictionary<int, Order> _orders = new() { [1] = new Order(1, "ada", [new Line("pen", 2)]) };
            private int _next = 2;

            [HttpGet("/orders")]
            public Order[] List(int page = 1, int[]? skip = null, [FromHeader(Name = "X-Tenant")] string? tenant = null)
            {
                if (page != 1 || tenant == "none") return [];
                var list = new List<Order>();
                foreach (var order in _orders.Values) if (skip is null || Array.IndexOf(skip, order.Id) < 0) list.Add(order);
                return [.. list];
            }

            [HttpGet("/orders/{id:int}")]
            public HttpResult<Order> Get(int id) => _orders.TryGetValue(id, out var order) ? HttpResult.Ok(order) : HttpResult.NotFound($"No order {id}.");

            [HttpPost("/orders")]
            public async Task<HttpResult<Order>> Create(NewOrder order, CancellationToken cancellationToken)
            {
                await Task.Yield();
                var created = new Order(_next++, order.Customer, order.Lines);
                _orders[created.Id] = created;
                return HttpResult.Created($"/orders/{created.Id}", created);
            }

            [HttpPut("/orders/{id:int}")]
            public ValueTask<HttpResult> Replace(int id, Order order)
            {
                if (!_orders.ContainsKey(id)) return new(HttpResult.NotFound());
                _orders[id] = order with { Id = id };
                return new(HttpResult.NoContent());
            }

            [HttpDelete("/orders/{id:int}")]
            public void Delete(int id) => _orders.Remove(id);

            [HttpGet("/customers/{name}/count")]
            public static int Count(string name, [FromQuery(Name = "min")] int minimum) => name.Length + minimum;

            [HttpGet("/whoami")]
            public static string WhoAmI([FromClaim(Name = "claim1")] string claim, ILambdaContext context) => claim + "@" + context.FunctionName;

            [HttpPost("/echo")]
            public static HttpResult Echo([FromBody] string text, HttpRequest request) => HttpResult.Text(text + " " + request.Method);

            [HttpGet("/raw")]
            public static Task<string> Raw(ApiGatewayHttpApiV2Request payload) => Task.FromResult(payload.RawPath ?? "");

            [HttpGet("/tags/{name}/{page:int?}")]
            public static string Tags(string name, int? page, [FromHeader(Name = "X-Id")] List<int>? ids, [FromCookie] string? session) =>
                name + "|" + (page?.ToString() ?? "none") + "|" + (ids is null ? "none" : string.Join(",", ids)) + "|" + (session ?? "none");

            [HttpGet("/sizes/{size}")]
            public static string SizeOf(Size size, Size[]? also, [FromHeader(Name = "X-Toppings")] Toppings toppings = Toppings.None, Size? fallback = null) =>
                size + "|" + (also is null ? "none" : string.Join(",", also)) + "|" + toppings + "|" + (fallback?.ToString() ?? "none");

            [HttpGet("/boom")]
            public static Task Boom() => throw new InvalidOperationException("secret detail");

            [HttpPost("/coupons")]
            public static string Redeem(Coupon coupon) => coupon.Code;
        }

        // Its constructor's rule is the server's own code: breaking it while the body is bound is a server bug (500).
        public sealed class Coupon
        {
            public Coupon(string code) => Code = code.Length == 8 ? code : throw new ArgumentException("secret rule: eight characters", nameof(code));

            public string Code { get; }
        }
        """;
}
