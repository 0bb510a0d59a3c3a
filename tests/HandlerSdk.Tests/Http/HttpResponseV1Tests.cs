using HandlerSdk.Http;
using static HandlerSdk.Tests.Http.HttpSamples;

namespace HandlerSdk.Tests.Http;

/// <summary>
/// Every kind of result as a REST API (v1) response: single values in <c>headers</c>, repeated names and Set-Cookie in
/// <c>multiValueHeaders</c> (API Gateway merges the two maps, so no name is in both).
/// </summary>
public sealed class HttpResponseV1Tests
{
    [Fact]
    public async Task A_value_is_a_JSON_string_body()
    {
        var json = await RunAsync(V1, _ => HttpResponse.Json(new Order(1, "Ada"), Order.Write));

        AssertJson("""
            {"statusCode":200,"headers":{"Content-Type":"application/json; charset=utf-8"},"body":"{\"id\":1,\"name\":\"Ada\"}","isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task No_content_has_no_body()
    {
        AssertJson("""{"statusCode":204,"headers":{},"isBase64Encoded":false}""", await RunAsync(V1, _ => HttpResponse.NoContent()));
    }

    [Fact]
    public async Task Text_bytes_and_problems_are_written_as_in_v2()
    {
        AssertJson(
            """{"statusCode":200,"headers":{"Content-Type":"text/plain; charset=utf-8"},"body":"hi","isBase64Encoded":false}""",
            await RunAsync(V1, _ => HttpResponse.From(HttpResult.Text("hi"))));
        AssertJson(
            """{"statusCode":200,"headers":{"Content-Type":"application/pdf"},"body":"JVBERg==","isBase64Encoded":true}""",
            await RunAsync(V1, _ => HttpResponse.From(HttpResult.Bytes("%PDF"u8.ToArray(), "application/pdf"))));
        AssertJson(
            """{"statusCode":400,"headers":{"Content-Type":"application/problem+json"},"body":"{\"title\":\"Bad Request\",\"status\":400}","isBase64Encoded":false}""",
            await RunAsync(V1, _ => HttpResponse.From(HttpResult.BadRequest())));
    }

    [Fact]
    public async Task A_redirect_has_its_location()
    {
        AssertJson(
            """{"statusCode":307,"headers":{"Location":"/v2/orders"},"isBase64Encoded":false}""",
            await RunAsync(V1, _ => HttpResponse.From(HttpResult.Redirect("/v2/orders", preserveMethod: true))));
    }

    [Fact]
    public async Task Repeated_headers_and_cookies_go_in_multiValueHeaders_only()
    {
        var json = await RunAsync(V1, _ => HttpResponse.From(HttpResult.Accepted("/jobs/1")
            .WithHeader("Vary", "Accept")
            .WithHeader("Vary", "Origin")
            .WithCookie("a=1")
            .WithCookie("b=2")));

        AssertJson("""
            {"statusCode":202,"headers":{"Location":"/jobs/1"},"multiValueHeaders":{"Vary":["Accept","Origin"],"Set-Cookie":["a=1","b=2"]},"isBase64Encoded":false}
            """, json);
    }
}
