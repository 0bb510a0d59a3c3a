using System.Text.Json;

namespace HandlerSdk.IntegrationTests;

/// <summary>The generated serializers of samples/Orders, native AOT, through the emulator.</summary>
[Collection(OrdersTests.Name)]
public sealed class OrdersInvocationTests(OrdersBootstrap bootstrap)
{
    private const string Order = """
        {"id":"o-1001","customer":{"name":"Ada","email":"ada@example.com","shippingAddress":{"street":"Main St 1","city":"Berlin"}},
         "lines":[{"sku":"book","quantity":2,"unitPrice":12.5},{"sku":"pen","quantity":3,"unitPrice":1.2}],
         "placedAt":"2026-11-27T10:00:00+01:00","priority":"Express","deliverBy":"2026-12-01","tags":{"channel":"web"},
         "coupon_code":"WINTER","unknownField":{"nested":[1,2,3]}}
        """;

    [Fact]
    public async Task An_order_is_read_case_insensitively_and_the_receipt_written_as_System_Text_Json_would()
    {
        await using var lambda = await bootstrap.StartAsync();

        var result = await lambda.InvokeAsync(Order);

        Assert.False(result.IsError, result.PayloadText);
        Assert.Equal(
            """{"OrderId":"o-1001","Total":34.03,"Items":5,"Priority":"Express","ReceivedAt":"2026-11-27T10:00:00+01:00","Notes":["coupon WINTER noted","deliver by 2026-12-01"]}""",
            result.PayloadText);
    }

    [Fact]
    public async Task A_static_handler_takes_a_JSON_string_event()
    {
        await using var lambda = await bootstrap.StartAsync("Ping");

        var result = await lambda.InvokeAsync("\"hello\"");

        Assert.Equal("\"pong: hello\"", result.PayloadText);
    }

    [Fact]
    public async Task A_generic_envelope_with_init_only_members_reads_in_native_AOT()
    {
        await using var lambda = await bootstrap.StartAsync("OrderPlacedNotice");

        var result = await lambda.InvokeAsync("""{"version":"0","id":"e-1","detail-type":"Order Placed","source":"shop.orders","time":"2026-11-27T10:00:00Z","resources":[],"detail":{"orderId":"o-7","total":12.5}}""");

        Assert.Null(result.FunctionError);
        // '+' is escaped as \u002B, as System.Text.Json's default encoder does.
        Assert.Equal(""""
            "Order Placed from shop.orders at 2026-11-27T10:00:00.0000000\u002B00:00: o-7 (12.5)"
            """", result.PayloadText);
    }

    [Fact]
    public async Task A_polymorphic_member_goes_through_the_System_Text_Json_context_named_by_LambdaSerializerContext()
    {
        await using var lambda = await bootstrap.StartAsync("QuoteShipping");

        var result = await lambda.InvokeAsync("""{"sku":"book","quantity":2,"unitPrice":10,"shipping":{"kind":"express","carrier":"DHL","surcharge":4.5}}""");

        Assert.Equal("""{"Sku":"book","Total":24.5,"Shipping":{"kind":"express","Carrier":"DHL","Surcharge":4.5}}""", result.PayloadText);
    }

    [Theory]
    [InlineData("""{"id":"x","customer":{"name":"A","email":"e"},"lines":[{"sku":"a","quantity":"two","unitPrice":1}],"placedAt":"2026-11-27T10:00:00Z"}""", "$.lines[0].quantity")]
    [InlineData("""{"id":"x","customer":{"name":"A","email":"e","shippingAddress":{"city":"B"}},"lines":[],"placedAt":"2026-11-27T10:00:00Z"}""", "$.customer.shippingAddress")]
    [InlineData("""{"id":"x","customer":{"name":"A","email":"e"},"lines":[],"placedAt":"yesterday"}""", "$.placedAt")]
    [InlineData("""{"id":"x","customer":{"name":"A","email":"e"},"lines":[],"placedAt":"2026-11-27T10:00:00Z","priority":"Urgent"}""", "$.priority")]
    [InlineData("""{"id":"x", "lines": [ """, "$")]
    public async Task A_bad_event_fails_that_invocation_with_the_JSON_path_and_the_next_one_succeeds(string badEvent, string path)
    {
        await using var lambda = await bootstrap.StartAsync();

        var failed = await lambda.InvokeAsync(badEvent);
        var next = await lambda.InvokeAsync(Order);

        Assert.Equal("Function.LambdaJsonException", failed.FunctionErrorType);
        using var error = JsonDocument.Parse(failed.Payload);
        Assert.Contains("Path: " + path + ".", error.RootElement.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.False(next.IsError, next.PayloadText);
    }
}
