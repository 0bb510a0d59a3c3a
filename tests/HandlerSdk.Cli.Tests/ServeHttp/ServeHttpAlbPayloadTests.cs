using System.Text.Json;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>The ALB target events <c>hsdk serve --http --payload alb|alb-multi-value</c> builds.</summary>
[Collection(HttpEchoFunction.Name)]
public sealed class ServeHttpAlbPayloadTests(EchoAlbServe fixture) : IClassFixture<EchoAlbServe>
{
    [Fact]
    public async Task Single_value_mode_keeps_the_last_value_and_the_query_as_sent()
    {
        var @event = await fixture.EchoRepeatedHeaderAsync("/items?name=a%20b&name=c%2Bd&plus=1+2");

        Assert.Matches("^arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/", @event.GetProperty("requestContext").GetProperty("elb").GetProperty("targetGroupArn").GetString());
        Assert.Equal("GET", @event.GetProperty("httpMethod").GetString());
        Assert.Equal("/items", @event.GetProperty("path").GetString());
        Assert.Equal("c%2Bd", @event.GetProperty("queryStringParameters").GetProperty("name").GetString());
        Assert.Equal("1+2", @event.GetProperty("queryStringParameters").GetProperty("plus").GetString());
        Assert.Equal("two", @event.GetProperty("headers").GetProperty("x-multi").GetString());
        Assert.All(@event.GetProperty("headers").EnumerateObject(), h => Assert.Equal(h.Name.ToLowerInvariant(), h.Name));
        Assert.False(@event.TryGetProperty("multiValueHeaders", out _));
        Assert.False(@event.TryGetProperty("multiValueQueryStringParameters", out _));
        Assert.Equal("", @event.GetProperty("body").GetString());
        Assert.False(@event.GetProperty("isBase64Encoded").GetBoolean());
    }

    [Fact]
    public async Task Without_a_query_the_map_is_empty_not_null()
    {
        var (_, @event) = await fixture.EchoAsync(new HttpRequestMessage(HttpMethod.Get, "/"));

        Assert.Equal(JsonValueKind.Object, @event.GetProperty("queryStringParameters").ValueKind);
        Assert.Empty(@event.GetProperty("queryStringParameters").EnumerateObject());
    }
}

[Collection(HttpEchoFunction.Name)]
public sealed class ServeHttpAlbMultiValuePayloadTests(EchoAlbMultiValueServe fixture) : IClassFixture<EchoAlbMultiValueServe>
{
    [Fact]
    public async Task Multi_value_mode_keeps_every_value_as_sent()
    {
        var @event = await fixture.EchoRepeatedHeaderAsync("/items?name=a%20b&name=c");

        Assert.Equal(["a%20b", "c"], Strings(@event.GetProperty("multiValueQueryStringParameters").GetProperty("name")));
        Assert.Equal(["one", "two"], Strings(@event.GetProperty("multiValueHeaders").GetProperty("x-multi")));
        Assert.False(@event.TryGetProperty("headers", out _));
        Assert.False(@event.TryGetProperty("queryStringParameters", out _));
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
