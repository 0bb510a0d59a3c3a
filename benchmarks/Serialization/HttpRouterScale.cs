using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using HandlerSdk.Generated;

namespace HandlerSdk.Benchmarks.Serialization;

// Issue 11's router goal: match cost flat in the number of routes. The same request matched by the router the
// generator writes for 5 routes and for 50 (ten resources' CRUD; the five routes are the last resource of the fifty),
// interleaved in one process. Cases: a hit on the last resource (its name shares its length with four others), three
// misses (404: a segment as long as two resources' names but with a first character neither has; one that shares its
// length and that character with a resource, so the 50-route router compares the text where the 5-route one decides
// on the length; one both routers compare), and a method no route of the path has (405). Each router is called straight from a loop of its own (no delegate, no interface), so the time
// is the match's and the loop's alone; benchmarks/HttpAot --router runs this file native AOT.
internal static class HttpRouterScale
{
    // Expected route indices: the generator numbers routes in the order of their methods' names (GetWebhooks is 2 of 5, 29 of 50).
    internal static readonly (string Name, string Method, string Path, int Expected5, int Expected50)[] Cases =
    [
        ("hit: GET /webhooks/417 (the last resource)", "GET", "/webhooks/417", 2, 29),
        ("miss: GET /unknown/417 (404)", "GET", "/unknown/417", HttpRouter_Routes5.NotFound, HttpRouter_Routes50.NotFound),
        ("miss: GET /rebates/417 (404, 50 compare the text)", "GET", "/rebates/417", HttpRouter_Routes5.NotFound, HttpRouter_Routes50.NotFound),
        ("miss: GET /webhookz/417 (404, both compare the text)", "GET", "/webhookz/417", HttpRouter_Routes5.NotFound, HttpRouter_Routes50.NotFound),
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

    /// <summary>
    /// Each case through both routers, interleaved (alternating which goes first), after <paramref name="warmUp"/>;
    /// one markdown row per case: the median time of each, the median of the per-round ratios time(5) / time(50)
    /// (1.00 = flat), and the bytes each allocates per match.
    /// </summary>
    public static void Interleaved(TextWriter log, int rounds, TimeSpan warmUp)
    {
        log.WriteLine("| case | 5 routes (median) | 50 routes (median) | time(5) / time(50) (median of round ratios) | allocated, 5 / 50 |");
        log.WriteLine("|---|---|---|---|---|");
        foreach (var (name, method, path, _, _) in Cases)
        {
            var warmUntil = Stopwatch.GetTimestamp() + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
            do
            {
                Run5(method, path, 1000);
                Run50(method, path, 1000);
            }
            while (Stopwatch.GetTimestamp() < warmUntil);

            // About 2 ms a timing: long against the timer, short against the scheduler's slices.
            var batch = Math.Max(1000, (int)(2_000_000 / Time(Run5, method, path, 10_000)));
            var five = new double[rounds];
            var fifty = new double[rounds];
            var ratios = new double[rounds];
            for (var round = 0; round < rounds; round++)
            {
                if (round % 2 == 0)
                {
                    five[round] = Time(Run5, method, path, batch);
                    fifty[round] = Time(Run50, method, path, batch);
                }
                else
                {
                    fifty[round] = Time(Run50, method, path, batch);
                    five[round] = Time(Run5, method, path, batch);
                }

                ratios[round] = five[round] / fifty[round];
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Median(five):N1} ns | {Median(fifty):N1} ns | **{Median(ratios):N2}×** | {Allocated(Run5, method, path)} / {Allocated(Run50, method, path)} B |"));
        }
    }

    /// <summary><paramref name="count"/> matches by the 5-route router; the loop calls <c>Match</c> directly.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Run5(string method, string path, int count)
    {
        Span<Range> values = stackalloc Range[HttpRouter_Routes5.MaxValues];
        var sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += HttpRouter_Routes5.Match(method, path, values, out _);
        }

        return sum;
    }

    /// <summary><paramref name="count"/> matches by the 50-route router; the loop calls <c>Match</c> directly.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Run50(string method, string path, int count)
    {
        Span<Range> values = stackalloc Range[HttpRouter_Routes50.MaxValues];
        var sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += HttpRouter_Routes50.Match(method, path, values, out _);
        }

        return sum;
    }

    /// <summary>Nanoseconds per match over <paramref name="count"/> matches.</summary>
    private static double Time(Func<string, string, int, int> run, string method, string path, int count)
    {
        var start = Stopwatch.GetTimestamp();
        run(method, path, count);
        return Stopwatch.GetElapsedTime(start).TotalNanoseconds / count;
    }

    private static long Allocated(Func<string, string, int, int> run, string method, string path)
    {
        const int Count = 10_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        run(method, path, Count);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / Count;
    }

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
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
