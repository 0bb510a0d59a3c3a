using System.Globalization;
using HandlerSdk.Generated;

namespace HandlerSdk.Benchmarks.Serialization;

// Issue 11's router goal: match cost flat in the number of routes. The same request matched by the router the
// generator writes for 5 routes and for 50 (ten resources' CRUD; the five routes are the last resource of the fifty),
// interleaved in one process. Cases: a hit on the last resource (its name shares its length with four others, so the
// 50-route router compares it last among them), a miss (404; the segment's length is that of two resources), and a
// method no route of the path has (405, which builds the Allow text).
internal static class HttpRouterScale
{
    // Expected route indices: the generator numbers routes in the order of their methods' names (GetWebhooks is 2 of 5, 29 of 50).
    private static readonly (string Name, string Method, string Path, int Expected5, int Expected50)[] Cases =
    [
        ("hit: GET /webhooks/417 (the last resource)", "GET", "/webhooks/417", 2, 29),
        ("miss: GET /unknown/417 (404)", "GET", "/unknown/417", HttpRouter_Routes5.NotFound, HttpRouter_Routes50.NotFound),
        ("PATCH /webhooks/417 (405)", "PATCH", "/webhooks/417", HttpRouter_Routes5.MethodNotAllowed, HttpRouter_Routes50.MethodNotAllowed),
    ];

    /// <summary>Both routers give each case the answer expected of them (the route index, 404 or 405 with the same Allow).</summary>
    public static bool Verify(TextWriter log)
    {
        var ok = true;
        Span<Range> values = stackalloc Range[1];
        foreach (var (name, method, path, expected5, expected50) in Cases)
        {
            var five = HttpRouter_Routes5.Match(method, path, values, out var allow5);
            var value5 = five >= 0 ? path[values[0]] : null;
            var fifty = HttpRouter_Routes50.Match(method, path, values, out var allow50);
            var value50 = fifty >= 0 ? path[values[0]] : null;
            var same = five == expected5 && fifty == expected50 && allow5 == allow50 && value5 == value50;
            ok &= same;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"HttpRouterScale: {name}: 5 routes -> {five} {allow5 ?? value5}, 50 routes -> {fifty} {allow50 ?? value50}{(same ? "" : " UNEXPECTED")}"));
        }

        return ok;
    }

    /// <summary>Each case through both routers, interleaved; the ratio column is 5-route time / 50-route time.</summary>
    public static void Interleaved(TextWriter log, int rounds)
    {
        log.WriteLine("Router match: left column 5 routes, right column 50 routes; ratio = time(5) / time(50), 1.00 = flat.");
        foreach (var (name, method, path, _, _) in Cases)
        {
            Serialization.Interleaved.Compare(log, rounds, "Router 5 / 50", name, () => Match5(method, path), () => Match50(method, path));
        }
    }

    private static int Match5(string method, string path)
    {
        Span<Range> values = stackalloc Range[HttpRouter_Routes5.MaxValues];
        return HttpRouter_Routes5.Match(method, path, values, out _);
    }

    private static int Match50(string method, string path)
    {
        Span<Range> values = stackalloc Range[HttpRouter_Routes50.MaxValues];
        return HttpRouter_Routes50.Match(method, path, values, out _);
    }
}

/// <summary>5 routes: one resource's CRUD (the last resource of the 50-route table).</summary>
[HttpApi("Routes5")]
public static class Routes5Api
{
    [HttpGet("/webhooks")] public static void ListWebhooks() { }
    [HttpPost("/webhooks")] public static void CreateWebhooks() { }
    [HttpGet("/webhooks/{id:int}")] public static void GetWebhooks(int id) => _ = id;
    [HttpPut("/webhooks/{id:int}")] public static void ReplaceWebhooks(int id) => _ = id;
    [HttpDelete("/webhooks/{id:int}")] public static void DeleteWebhooks(int id) => _ = id;
}

/// <summary>50 routes: ten resources' CRUD, as a larger API groups them in one function.</summary>
[HttpApi("Routes50")]
public static class Routes50Api
{
    [HttpGet("/customers")] public static void ListCustomers() { }
    [HttpPost("/customers")] public static void CreateCustomers() { }
    [HttpGet("/customers/{id:int}")] public static void GetCustomers(int id) => _ = id;
    [HttpPut("/customers/{id:int}")] public static void ReplaceCustomers(int id) => _ = id;
    [HttpDelete("/customers/{id:int}")] public static void DeleteCustomers(int id) => _ = id;
    [HttpGet("/orders")] public static void ListOrders() { }
    [HttpPost("/orders")] public static void CreateOrders() { }
    [HttpGet("/orders/{id:int}")] public static void GetOrders(int id) => _ = id;
    [HttpPut("/orders/{id:int}")] public static void ReplaceOrders(int id) => _ = id;
    [HttpDelete("/orders/{id:int}")] public static void DeleteOrders(int id) => _ = id;
    [HttpGet("/invoices")] public static void ListInvoices() { }
    [HttpPost("/invoices")] public static void CreateInvoices() { }
    [HttpGet("/invoices/{id:int}")] public static void GetInvoices(int id) => _ = id;
    [HttpPut("/invoices/{id:int}")] public static void ReplaceInvoices(int id) => _ = id;
    [HttpDelete("/invoices/{id:int}")] public static void DeleteInvoices(int id) => _ = id;
    [HttpGet("/products")] public static void ListProducts() { }
    [HttpPost("/products")] public static void CreateProducts() { }
    [HttpGet("/products/{id:int}")] public static void GetProducts(int id) => _ = id;
    [HttpPut("/products/{id:int}")] public static void ReplaceProducts(int id) => _ = id;
    [HttpDelete("/products/{id:int}")] public static void DeleteProducts(int id) => _ = id;
    [HttpGet("/payments")] public static void ListPayments() { }
    [HttpPost("/payments")] public static void CreatePayments() { }
    [HttpGet("/payments/{id:int}")] public static void GetPayments(int id) => _ = id;
    [HttpPut("/payments/{id:int}")] public static void ReplacePayments(int id) => _ = id;
    [HttpDelete("/payments/{id:int}")] public static void DeletePayments(int id) => _ = id;
    [HttpGet("/shipments")] public static void ListShipments() { }
    [HttpPost("/shipments")] public static void CreateShipments() { }
    [HttpGet("/shipments/{id:int}")] public static void GetShipments(int id) => _ = id;
    [HttpPut("/shipments/{id:int}")] public static void ReplaceShipments(int id) => _ = id;
    [HttpDelete("/shipments/{id:int}")] public static void DeleteShipments(int id) => _ = id;
    [HttpGet("/refunds")] public static void ListRefunds() { }
    [HttpPost("/refunds")] public static void CreateRefunds() { }
    [HttpGet("/refunds/{id:int}")] public static void GetRefunds(int id) => _ = id;
    [HttpPut("/refunds/{id:int}")] public static void ReplaceRefunds(int id) => _ = id;
    [HttpDelete("/refunds/{id:int}")] public static void DeleteRefunds(int id) => _ = id;
    [HttpGet("/coupons")] public static void ListCoupons() { }
    [HttpPost("/coupons")] public static void CreateCoupons() { }
    [HttpGet("/coupons/{id:int}")] public static void GetCoupons(int id) => _ = id;
    [HttpPut("/coupons/{id:int}")] public static void ReplaceCoupons(int id) => _ = id;
    [HttpDelete("/coupons/{id:int}")] public static void DeleteCoupons(int id) => _ = id;
    [HttpGet("/accounts")] public static void ListAccounts() { }
    [HttpPost("/accounts")] public static void CreateAccounts() { }
    [HttpGet("/accounts/{id:int}")] public static void GetAccounts(int id) => _ = id;
    [HttpPut("/accounts/{id:int}")] public static void ReplaceAccounts(int id) => _ = id;
    [HttpDelete("/accounts/{id:int}")] public static void DeleteAccounts(int id) => _ = id;
    [HttpGet("/webhooks")] public static void ListWebhooks() { }
    [HttpPost("/webhooks")] public static void CreateWebhooks() { }
    [HttpGet("/webhooks/{id:int}")] public static void GetWebhooks(int id) => _ = id;
    [HttpPut("/webhooks/{id:int}")] public static void ReplaceWebhooks(int id) => _ = id;
    [HttpDelete("/webhooks/{id:int}")] public static void DeleteWebhooks(int id) => _ = id;
}
