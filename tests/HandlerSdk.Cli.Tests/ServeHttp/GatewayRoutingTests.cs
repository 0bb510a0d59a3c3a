using System.Text.Json;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Serve.Http;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>
/// The route <c>hsdk serve --http</c> tells the function it came by, as API Gateway fills it in after routing: the
/// routes are the function's, converted as <c>hsdk template</c> deploys them.
/// </summary>
public sealed class GatewayRoutingTests
{
    private static readonly GatewayRoute[] Routes =
    [
        .. new HttpRouteInfo[]
        {
            new("GET", "/orders", "OrderApi.List"),
            new("GET", "/orders/{id:int}", "OrderApi.Get"),
            new("GET", "/orders/export", "OrderApi.Export"),
            new("DELETE", "/orders/{id:int}", "OrderApi.Delete"),
            new("GET", "/orders/{id}/lines/{line?}", "OrderApi.Lines"),
            new("GET", "/files/{*path}", "FileApi.Read"),
            new("GET", "/files/public/{*rest}", "FileApi.Public"),
            new("GET", "/", "Home.Index"),
        }.SelectMany(GatewayRoute.From),
    ];

    [Theory]
    [InlineData("GET", "/orders", "GET /orders", "")]
    [InlineData("GET", "/orders/", "GET /orders", "")]
    [InlineData("GET", "/orders/417", "GET /orders/{id}", "id=417")]
    [InlineData("GET", "/orders/abc", "GET /orders/{id}", "id=abc")]
    [InlineData("DELETE", "/orders/417", "DELETE /orders/{id}", "id=417")]
    [InlineData("GET", "/orders/export", "GET /orders/export", "")]
    [InlineData("GET", "/orders/7/lines", "GET /orders/{id}/lines", "id=7")]
    [InlineData("GET", "/orders/7/lines/2", "GET /orders/{id}/lines/{line}", "id=7 line=2")]
    [InlineData("GET", "/files", "GET /files", "")]
    [InlineData("GET", "/files/a/b%20c.txt", "GET /files/{path+}", "path=a/b%20c.txt")]
    [InlineData("GET", "/files/public/x/y", "GET /files/public/{rest+}", "rest=x/y")]
    [InlineData("GET", "/files/public", "GET /files/public", "")]
    [InlineData("GET", "/", "GET /", "")]
    public void Picks_the_most_specific_route_of_the_method_constraints_aside(string method, string path, string routeKey, string parameters)
    {
        var match = GatewayRouting.Match(Routes, method, path);

        Assert.NotNull(match);
        Assert.Equal(routeKey, match.Route.RouteKey);
        Assert.Equal(parameters, string.Join(" ", match.RawParameters.Select(p => $"{p.Key}={p.Value}")));
    }

    [Theory]
    [InlineData("POST", "/orders")]
    [InlineData("GET", "/orders/7/lines/2/3")]
    [InlineData("GET", "/Orders")]
    [InlineData("PUT", "/files/a")]
    [InlineData("GET", "/nowhere")]
    public void Nothing_matches_another_method_or_path(string method, string path) =>
        Assert.Null(GatewayRouting.Match(Routes, method, path));

    [Fact]
    public void A_v2_event_has_the_route_key_and_decoded_path_parameters_of_the_route()
    {
        var payload = Build(GatewayFormat.ApiGatewayV2, "GET", "/files/a/b%20c.txt");

        Assert.Equal("GET /files/{path+}", payload.GetProperty("routeKey").GetString());
        Assert.Equal("GET /files/{path+}", payload.GetProperty("requestContext").GetProperty("routeKey").GetString());
        Assert.Equal("""{"path":"a/b c.txt"}""", payload.GetProperty("pathParameters").GetRawText());
        Assert.Equal("/files/a/b%20c.txt", payload.GetProperty("rawPath").GetString());
    }

    [Fact]
    public void A_v2_event_without_a_route_is_the_default_route_without_path_parameters()
    {
        var payload = Build(GatewayFormat.ApiGatewayV2, "POST", "/orders");

        Assert.Equal("$default", payload.GetProperty("routeKey").GetString());
        Assert.Equal("$default", payload.GetProperty("requestContext").GetProperty("routeKey").GetString());
        Assert.False(payload.TryGetProperty("pathParameters", out _));
    }

    [Fact]
    public void A_v2_event_of_a_route_without_variables_has_no_path_parameters()
    {
        var payload = Build(GatewayFormat.ApiGatewayV2, "GET", "/orders");

        Assert.Equal("GET /orders", payload.GetProperty("routeKey").GetString());
        Assert.False(payload.TryGetProperty("pathParameters", out _));
    }

    [Fact]
    public void A_v1_event_has_the_resource_and_path_parameters_as_they_appear_in_the_path()
    {
        var payload = Build(GatewayFormat.ApiGatewayV1, "GET", "/orders/41%207");

        Assert.Equal("/orders/{id}", payload.GetProperty("resource").GetString());
        Assert.Equal("/orders/{id}", payload.GetProperty("requestContext").GetProperty("resourcePath").GetString());
        Assert.Equal("""{"id":"41%207"}""", payload.GetProperty("pathParameters").GetRawText());
        Assert.Equal("/orders/41%207", payload.GetProperty("path").GetString());
    }

    [Fact]
    public void A_v1_event_of_a_route_without_variables_has_null_path_parameters()
    {
        var payload = Build(GatewayFormat.ApiGatewayV1, "GET", "/orders/export");

        Assert.Equal("/orders/export", payload.GetProperty("resource").GetString());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("pathParameters").ValueKind);
    }

    [Fact]
    public void A_v1_event_without_a_route_is_for_a_greedy_proxy_resource()
    {
        var payload = Build(GatewayFormat.ApiGatewayV1, "PATCH", "/orders/7");

        Assert.Equal("/{proxy+}", payload.GetProperty("resource").GetString());
        Assert.Equal("""{"proxy":"orders/7"}""", payload.GetProperty("pathParameters").GetRawText());
    }

    private static JsonElement Build(GatewayFormat format, string method, string path)
    {
        var request = new IncomingRequest
        {
            Method = method,
            RawPath = path,
            RawQuery = "",
            Protocol = "HTTP/1.1",
            SourceIp = "127.0.0.1",
            Host = "127.0.0.1:8080",
            LocalPort = 8080,
            Headers = [new("Host", ["127.0.0.1:8080"])],
            Body = [],
            Time = DateTimeOffset.UnixEpoch,
            RequestId = "id",
            TraceId = "Root=1-00000000-000000000000000000000000",
        };
        var payload = GatewayPayload.Build(request, format, "Orders", "us-east-1", GatewayRouting.Match(Routes, method, path));
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.Clone();
    }
}
