using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>The HTTP API payload 2.0 event <c>hsdk serve --http</c> builds, field by field, as the Echo function got it.</summary>
[Collection(HttpEchoFunction.Name)]
public sealed class ServeHttpV2PayloadTests(EchoV2Serve fixture) : IClassFixture<EchoV2Serve>
{
    [Fact]
    public async Task A_post_becomes_a_v2_event_with_raw_path_and_query_joined_values_and_cookies()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/orders/42%2F7?tag=a&tag=b%20c&q=1+2&flag")
        {
            Content = new StringContent("""{"qty":3,"note":"\"quoted\" & more"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Cookie", "session=abc; theme=dark");
        request.Headers.UserAgent.ParseAdd("hsdk-tests/1.0");

        var (response, @event) = await fixture.EchoAsync(request);

        Assert.Equal("2.0", @event.GetProperty("version").GetString());
        Assert.Equal("$default", @event.GetProperty("routeKey").GetString());
        Assert.Equal("/orders/42%2F7", @event.GetProperty("rawPath").GetString());
        Assert.Equal("tag=a&tag=b%20c&q=1+2&flag", @event.GetProperty("rawQueryString").GetString());
        Assert.Equal(["session=abc", "theme=dark"], Strings(@event.GetProperty("cookies")));

        var headers = @event.GetProperty("headers");
        Assert.Equal("application/json; charset=utf-8", headers.GetProperty("content-type").GetString());
        Assert.Equal("hsdk-tests/1.0", headers.GetProperty("user-agent").GetString());
        Assert.Equal($"127.0.0.1:{fixture.Serve.HttpPort}", headers.GetProperty("host").GetString());
        Assert.Equal("127.0.0.1", headers.GetProperty("x-forwarded-for").GetString());
        Assert.Equal(fixture.Serve.HttpPort.ToString(CultureInfo.InvariantCulture), headers.GetProperty("x-forwarded-port").GetString());
        Assert.Equal("http", headers.GetProperty("x-forwarded-proto").GetString());
        Assert.Matches("^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$", headers.GetProperty("x-amzn-trace-id").GetString());
        Assert.False(headers.TryGetProperty("cookie", out _), "v2 moves the Cookie header to cookies");
        Assert.All(headers.EnumerateObject(), h => Assert.Equal(h.Name.ToLowerInvariant(), h.Name));

        var query = @event.GetProperty("queryStringParameters");
        Assert.Equal("a,b c", query.GetProperty("tag").GetString());
        Assert.Equal("1 2", query.GetProperty("q").GetString());
        Assert.Equal("", query.GetProperty("flag").GetString());

        var context = @event.GetProperty("requestContext");
        Assert.Equal("123456789012", context.GetProperty("accountId").GetString());
        Assert.Equal("local", context.GetProperty("apiId").GetString());
        Assert.Equal("127.0.0.1", context.GetProperty("domainName").GetString());
        Assert.Equal("127", context.GetProperty("domainPrefix").GetString());
        var http = context.GetProperty("http");
        Assert.Equal("POST", http.GetProperty("method").GetString());
        Assert.Equal("/orders/42%2F7", http.GetProperty("path").GetString());
        Assert.Equal("HTTP/1.1", http.GetProperty("protocol").GetString());
        Assert.Equal("127.0.0.1", http.GetProperty("sourceIp").GetString());
        Assert.Equal("hsdk-tests/1.0", http.GetProperty("userAgent").GetString());
        Assert.Equal(response.Headers.GetValues("apigw-requestid").Single(), context.GetProperty("requestId").GetString());
        Assert.Matches("^[A-Za-z0-9_-]{15}=$", context.GetProperty("requestId").GetString());
        Assert.Equal("$default", context.GetProperty("routeKey").GetString());
        Assert.Equal("$default", context.GetProperty("stage").GetString());
        var epoch = DateTimeOffset.FromUnixTimeMilliseconds(context.GetProperty("timeEpoch").GetInt64());
        Assert.InRange(DateTimeOffset.UtcNow - epoch, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.Equal(epoch.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture), context.GetProperty("time").GetString());

        Assert.Equal("""{"qty":3,"note":"\"quoted\" & more"}""", @event.GetProperty("body").GetString());
        Assert.False(@event.GetProperty("isBase64Encoded").GetBoolean());
    }

    [Fact]
    public async Task Repeated_headers_are_joined_with_commas()
    {
        var @event = await fixture.EchoRepeatedHeaderAsync("/");

        Assert.Equal("one,two", @event.GetProperty("headers").GetProperty("x-multi").GetString());
    }

    [Fact]
    public async Task A_get_without_body_query_or_cookies_leaves_those_fields_out()
    {
        var (_, @event) = await fixture.EchoAsync(new HttpRequestMessage(HttpMethod.Get, "/"));

        Assert.Equal("/", @event.GetProperty("rawPath").GetString());
        Assert.Equal("", @event.GetProperty("rawQueryString").GetString());
        Assert.Equal("GET", @event.GetProperty("requestContext").GetProperty("http").GetProperty("method").GetString());
        Assert.False(@event.TryGetProperty("body", out _));
        Assert.False(@event.TryGetProperty("cookies", out _));
        Assert.False(@event.TryGetProperty("queryStringParameters", out _));
        Assert.False(@event.GetProperty("isBase64Encoded").GetBoolean());
    }

    [Theory]
    [InlineData("application/octet-stream")]
    [InlineData("image/png")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task A_body_that_is_not_text_arrives_base64_encoded(string? contentType)
    {
        byte[] bytes = [0, 1, 2, 0xFF, 0xFE, (byte)'a'];
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        var (_, @event) = await fixture.EchoAsync(new HttpRequestMessage(HttpMethod.Put, "/blob") { Content = content });

        Assert.True(@event.GetProperty("isBase64Encoded").GetBoolean());
        Assert.Equal(bytes, Convert.FromBase64String(@event.GetProperty("body").GetString()!));
    }

    [Fact]
    public async Task Text_that_is_not_utf8_arrives_base64_encoded_rather_than_mangled()
    {
        byte[] latin1 = [(byte)'c', 0xE9]; // "cé" in ISO-8859-1
        var content = new ByteArrayContent(latin1) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } };

        var (_, @event) = await fixture.EchoAsync(new HttpRequestMessage(HttpMethod.Post, "/") { Content = content });

        Assert.True(@event.GetProperty("isBase64Encoded").GetBoolean());
        Assert.Equal(latin1, Convert.FromBase64String(@event.GetProperty("body").GetString()!));
    }

    [Fact]
    public async Task Each_request_runs_as_an_invocation_with_its_report_line()
    {
        var (_, @event) = await fixture.EchoAsync(new HttpRequestMessage(HttpMethod.Get, "/report"));

        Assert.Equal("/report", @event.GetProperty("rawPath").GetString());
        await fixture.Serve.WaitForOutputAsync("[Echo #1] REPORT RequestId: ");
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
