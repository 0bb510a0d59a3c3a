using System.Text;
using System.Text.Json;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>The REST API proxy (payload 1.0) event <c>hsdk serve --http --payload v1</c> builds.</summary>
[Collection(HttpEchoFunction.Name)]
public sealed class ServeHttpV1PayloadTests(EchoV1Serve fixture) : IClassFixture<EchoV1Serve>
{
    [Fact]
    public async Task A_request_becomes_a_proxy_event_with_single_and_multi_value_headers_and_query()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/orders/42?tag=a&tag=b%20c&one=1")
        {
            Content = new StringContent("<order/>", Encoding.UTF8, "application/xml"),
        };

        var (response, @event) = await fixture.EchoAsync(request);

        Assert.Equal("/{proxy+}", @event.GetProperty("resource").GetString());
        Assert.Equal("/orders/42", @event.GetProperty("path").GetString());
        Assert.Equal("POST", @event.GetProperty("httpMethod").GetString());
        Assert.Equal("application/xml; charset=utf-8", @event.GetProperty("headers").GetProperty("Content-Type").GetString());
        Assert.Equal(["application/xml; charset=utf-8"], Strings(@event.GetProperty("multiValueHeaders").GetProperty("Content-Type")));
        Assert.Equal("b c", @event.GetProperty("queryStringParameters").GetProperty("tag").GetString());
        Assert.Equal("1", @event.GetProperty("queryStringParameters").GetProperty("one").GetString());
        Assert.Equal(["a", "b c"], Strings(@event.GetProperty("multiValueQueryStringParameters").GetProperty("tag")));
        Assert.Equal("orders/42", @event.GetProperty("pathParameters").GetProperty("proxy").GetString());
        Assert.Equal(JsonValueKind.Null, @event.GetProperty("stageVariables").ValueKind);

        var context = @event.GetProperty("requestContext");
        Assert.Equal("123456789012", context.GetProperty("accountId").GetString());
        Assert.Equal("local", context.GetProperty("apiId").GetString());
        Assert.Equal("/{proxy+}", context.GetProperty("resourcePath").GetString());
        Assert.Equal("POST", context.GetProperty("httpMethod").GetString());
        Assert.Equal("/orders/42", context.GetProperty("path").GetString());
        Assert.Equal("HTTP/1.1", context.GetProperty("protocol").GetString());
        Assert.Equal("local", context.GetProperty("stage").GetString());
        Assert.Equal("127.0.0.1", context.GetProperty("identity").GetProperty("sourceIp").GetString());
        Assert.True(Guid.TryParse(context.GetProperty("requestId").GetString(), out _));
        Assert.Equal(response.Headers.GetValues("x-amzn-RequestId").Single(), context.GetProperty("requestId").GetString());
        Assert.True(context.GetProperty("requestTimeEpoch").GetInt64() > 0);

        Assert.Equal("<order/>", @event.GetProperty("body").GetString());
        Assert.False(@event.GetProperty("isBase64Encoded").GetBoolean());
    }

    [Fact]
    public async Task A_repeated_header_keeps_its_last_value_in_headers_and_all_in_multi_value_headers()
    {
        var @event = await fixture.EchoRepeatedHeaderAsync("/");

        Assert.Equal("two", @event.GetProperty("headers").GetProperty("X-Multi").GetString());
        Assert.Equal(["one", "two"], Strings(@event.GetProperty("multiValueHeaders").GetProperty("X-Multi")));
    }

    [Fact]
    public async Task The_root_without_query_or_body_has_nulls_where_api_gateway_sends_them()
    {
        var (_, @event) = await fixture.EchoAsync(new HttpRequestMessage(HttpMethod.Get, "/"));

        Assert.Equal("/", @event.GetProperty("resource").GetString());
        Assert.Equal(JsonValueKind.Null, @event.GetProperty("pathParameters").ValueKind);
        Assert.Equal(JsonValueKind.Null, @event.GetProperty("queryStringParameters").ValueKind);
        Assert.Equal(JsonValueKind.Null, @event.GetProperty("multiValueQueryStringParameters").ValueKind);
        Assert.Equal(JsonValueKind.Null, @event.GetProperty("body").ValueKind);
        Assert.False(@event.GetProperty("isBase64Encoded").GetBoolean());
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
