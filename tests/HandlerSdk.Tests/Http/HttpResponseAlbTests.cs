using HandlerSdk.Http;
using HandlerSdk.Tests.Batches;
using static HandlerSdk.Tests.Http.HttpSamples;

namespace HandlerSdk.Tests.Http;

/// <summary>
/// Every kind of result as an ALB response: with <c>statusDescription</c>, and headers in the form the request used
/// (a target group with multi-value headers on reads only <c>multiValueHeaders</c>).
/// </summary>
public sealed class HttpResponseAlbTests
{
    [Fact]
    public async Task A_value_in_single_value_mode()
    {
        var json = await RunAsync(AlbSingle, _ => HttpResponse.Json(new Order(1, "Ada"), Order.Write));

        AssertJson("""
            {"statusCode":200,"statusDescription":"200 OK","headers":{"Content-Type":"application/json; charset=utf-8"},"body":"{\"id\":1,\"name\":\"Ada\"}","isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task A_value_in_multi_value_mode()
    {
        var json = await RunAsync(AlbMulti, _ => HttpResponse.Json(new Order(1, "Ada"), Order.Write));

        AssertJson("""
            {"statusCode":200,"statusDescription":"200 OK","multiValueHeaders":{"Content-Type":["application/json; charset=utf-8"]},"body":"{\"id\":1,\"name\":\"Ada\"}","isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task The_router_answers_404_and_405_with_Allow()
    {
        AssertJson("""
            {"statusCode":404,"statusDescription":"404 Not Found","headers":{"Content-Type":"application/problem+json"},
             "body":"{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No route matches the request's path.\"}","isBase64Encoded":false}
            """, await RunAsync(AlbSingle, _ => HttpResponse.NotFound()));
        AssertJson("""
            {"statusCode":405,"statusDescription":"405 Method Not Allowed","multiValueHeaders":{"Content-Type":["application/problem+json"],"Allow":["GET, PUT"]},
             "body":"{\"title\":\"Method Not Allowed\",\"status\":405,\"detail\":\"The path's routes accept GET, PUT.\"}","isBase64Encoded":false}
            """, await RunAsync(AlbMulti, _ => HttpResponse.MethodNotAllowed("GET, PUT")));
    }

    [Fact]
    public async Task Bytes_text_and_no_content()
    {
        AssertJson(
            """{"statusCode":200,"statusDescription":"200 OK","headers":{"Content-Type":"application/octet-stream"},"body":"AQI=","isBase64Encoded":true}""",
            await RunAsync(AlbSingle, _ => HttpResponse.From(HttpResult.Bytes(new byte[] { 1, 2 }, "application/octet-stream"))));
        AssertJson(
            """{"statusCode":201,"statusDescription":"201 Created","multiValueHeaders":{"Content-Type":["text/csv"]},"body":"a,b","isBase64Encoded":false}""",
            await RunAsync(AlbMulti, _ => HttpResponse.From(HttpResult.Text("a,b", "text/csv", 201))));
        AssertJson(
            """{"statusCode":204,"statusDescription":"204 No Content","headers":{},"isBase64Encoded":false}""",
            await RunAsync(AlbSingle, _ => HttpResponse.NoContent()));
    }

    [Fact]
    public async Task A_status_without_a_reason_phrase_is_described_by_its_code()
    {
        AssertJson(
            """{"statusCode":299,"statusDescription":"299","headers":{},"isBase64Encoded":false}""",
            await RunAsync(AlbSingle, _ => HttpResponse.From(HttpResult.Status(299))));
    }

    [Fact]
    public async Task Multi_value_mode_carries_every_header_value_and_cookie()
    {
        var json = await RunAsync(AlbMulti, _ => HttpResponse.From(HttpResult.Redirect("/login")
            .WithHeader("Vary", "Accept")
            .WithHeader("Vary", "Origin")
            .WithCookie("a=1")
            .WithCookie("b=2")));

        AssertJson("""
            {"statusCode":302,"statusDescription":"302 Found","multiValueHeaders":{"Location":["/login"],"Vary":["Accept","Origin"],"Set-Cookie":["a=1","b=2"]},"isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task Single_value_mode_sends_one_cookie_and_logs_the_ones_it_cannot()
    {
        var context = new FakeLambdaContext();

        var json = await RunAsync(AlbSingle, _ => HttpResponse.From(HttpResult.Ok().WithHeader("Vary", "Accept").WithHeader("Vary", "Origin").WithCookie("a=1").WithCookie("b=2")), context);

        AssertJson("""
            {"statusCode":200,"statusDescription":"200 OK","headers":{"Vary":"Accept,Origin","Set-Cookie":"a=1"},"isBase64Encoded":false}
            """, json);
        var line = Assert.Single(context.Lines);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("sets 2 cookies", line.Message, StringComparison.Ordinal);
        Assert.Contains("multi-value headers", line.Message, StringComparison.Ordinal);
    }
}
