using HandlerSdk.Http;
using static HandlerSdk.Tests.Http.HttpSamples;

namespace HandlerSdk.Tests.Http;

/// <summary>Every kind of result as an HTTP API v2 response (Set-Cookie through <c>cookies</c>).</summary>
public sealed class HttpResponseV2Tests
{
    [Fact]
    public async Task A_value_is_a_JSON_string_body_with_the_JSON_content_type()
    {
        var json = await RunAsync(V2, _ => HttpResponse.Json(new Order(1, "Ada"), Order.Write));

        AssertJson("""
            {"statusCode":200,"headers":{"Content-Type":"application/json; charset=utf-8"},"body":"{\"id\":1,\"name\":\"Ada\"}","isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task Created_has_its_location_and_the_value()
    {
        var json = await RunAsync(V2, _ => HttpResponse.From(HttpResult.Created("/orders/7", new Order(7, "Bo")), Order.Write));

        AssertJson("""
            {"statusCode":201,"headers":{"Content-Type":"application/json; charset=utf-8","Location":"/orders/7"},"body":"{\"id\":7,\"name\":\"Bo\"}","isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task No_content_has_no_body()
    {
        var json = await RunAsync(V2, _ => HttpResponse.From(HttpResult.NoContent()));

        AssertJson("""{"statusCode":204,"headers":{},"isBase64Encoded":false}""", json);
    }

    [Fact]
    public async Task Text_is_a_string_body_with_its_content_type()
    {
        var json = await RunAsync(V2, _ => HttpResponse.From(HttpResult.Text("<p>héllo \"you\"</p>", "text/html; charset=utf-8")));

        AssertJson("""
            {"statusCode":200,"headers":{"Content-Type":"text/html; charset=utf-8"},"body":"<p>héllo \"you\"</p>","isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task Bytes_are_base64_with_the_flag_set()
    {
        var json = await RunAsync(V2, _ => HttpResponse.From(HttpResult.Bytes(new byte[] { 0, 1, 2, 255 }, "image/png")));

        AssertJson("""
            {"statusCode":200,"headers":{"Content-Type":"image/png"},"body":"AAEC/w==","isBase64Encoded":true}
            """, json);
    }

    [Fact]
    public async Task A_problem_is_problem_json()
    {
        var json = await RunAsync(V2, _ => HttpResponse.From(HttpResult.NotFound("Order 9 does not exist.")));

        AssertJson("""
            {"statusCode":404,"headers":{"Content-Type":"application/problem+json"},"body":"{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Order 9 does not exist.\"}","isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task A_problem_with_every_member()
    {
        var json = await RunAsync(V2, _ => HttpResponse.From(HttpResult.Problem(422, "Out of stock", "Only 2 left.", "https://example.com/out-of-stock")));

        Assert.Equal(
            """{"type":"https://example.com/out-of-stock","title":"Out of stock","status":422,"detail":"Only 2 left."}""",
            BodyOf(json));
    }

    [Fact]
    public async Task A_redirect_has_its_location_and_no_body()
    {
        var json = await RunAsync(V2, _ => HttpResponse.From(HttpResult.Redirect("https://example.com/new", permanent: true)));

        AssertJson("""{"statusCode":301,"headers":{"Location":"https://example.com/new"},"isBase64Encoded":false}""", json);
    }

    [Fact]
    public async Task Repeated_headers_are_joined_and_cookies_go_in_cookies()
    {
        var json = await RunAsync(V2, _ => HttpResponse.From(HttpResult.Ok()
            .WithHeader("Cache-Control", "no-store")
            .WithHeader("Vary", "Accept")
            .WithHeader("vary", "Origin")
            .WithCookie("a=1; Path=/; HttpOnly")
            .WithCookie("b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT")));

        AssertJson("""
            {"statusCode":200,"headers":{"Cache-Control":"no-store","Vary":"Accept,Origin"},
             "cookies":["a=1; Path=/; HttpOnly","b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT"],"isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task A_content_type_header_set_by_the_handler_wins()
    {
        var json = await RunAsync(V2, _ => HttpResponse.From(HttpResult.Ok(new Order(1, "A")).WithHeader("content-type", "application/vnd.order+json"), Order.Write));

        AssertJson("""
            {"statusCode":200,"headers":{"content-type":"application/vnd.order+json"},"body":"{\"id\":1,\"name\":\"A\"}","isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task A_converted_result_answers_without_the_value()
    {
        HttpResult<Order> result = HttpResult.Conflict("Already shipped.");

        var json = await RunAsync(V2, _ => HttpResponse.From(result, Order.Write));

        Assert.False(result.HasValue);
        AssertJson("""
            {"statusCode":409,"headers":{"Content-Type":"application/problem+json"},"body":"{\"title\":\"Conflict\",\"status\":409,\"detail\":\"Already shipped.\"}","isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task A_HEAD_request_gets_the_headers_without_the_body()
    {
        var head = V2.Replace("\"method\":\"GET\"", "\"method\":\"HEAD\"", StringComparison.Ordinal);

        var json = await RunAsync(head, _ => HttpResponse.Json(new Order(1, "Ada"), Order.Write));

        AssertJson("""{"statusCode":200,"headers":{"Content-Type":"application/json; charset=utf-8"},"isBase64Encoded":false}""", json);
    }
}
