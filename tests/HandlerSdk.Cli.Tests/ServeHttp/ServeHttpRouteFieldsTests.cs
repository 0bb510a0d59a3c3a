using System.Text.Json;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>
/// The fields API Gateway fills from the route that matched reach a routed function as AWS sends them: the functions
/// of tests/Functions/HttpEcho/RoutedHandlers.cs bind the raw request model of their format and answer what it held.
/// </summary>
[Collection(HttpEchoFunction.Name)]
public sealed class ServeHttpRouteFieldsTests(RoutedV2Serve v2, RoutedV1Serve v1, RoutedAlbMultiValueServe alb)
    : IClassFixture<RoutedV2Serve>, IClassFixture<RoutedV1Serve>, IClassFixture<RoutedAlbMultiValueServe>
{
    [Fact]
    public async Task An_HTTP_API_sends_the_route_key_raw_path_and_query_cookies_and_decoded_path_parameters()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/orders/a%20b/lines/7?x=1&x=2&y=%C3%A9");
        request.Headers.Add("Cookie", "s=1; t=2");

        var seen = await SeenAsync(v2, request);

        Assert.Equal("GET /orders/{id}/lines/{line}", seen.GetProperty("RouteKey").GetString());
        Assert.Equal("GET /orders/{id}/lines/{line}", seen.GetProperty("ContextRouteKey").GetString());
        Assert.Equal("/orders/a%20b/lines/7", seen.GetProperty("RawPath").GetString());
        Assert.Equal("x=1&x=2&y=%C3%A9", seen.GetProperty("RawQueryString").GetString());
        Assert.Equal(["s=1", "t=2"], seen.GetProperty("Cookies").EnumerateArray().Select(c => c.GetString()!));
        Assert.Equal("a b", seen.GetProperty("PathParameters").GetProperty("id").GetString());
        Assert.Equal("7", seen.GetProperty("PathParameters").GetProperty("line").GetString());
        Assert.Equal("a b", seen.GetProperty("Id").GetString());
        Assert.Equal(7, seen.GetProperty("Line").GetInt32());
    }

    [Fact]
    public async Task A_REST_API_sends_the_resource_the_path_and_multi_value_query()
    {
        var seen = await SeenAsync(v1, new HttpRequestMessage(HttpMethod.Get, "/orders/a-1/lines/7?x=1&x=2"));

        Assert.Equal("/orders/{id}/lines/{line}", seen.GetProperty("Resource").GetString());
        Assert.Equal("/orders/{id}/lines/{line}", seen.GetProperty("ResourcePath").GetString());
        Assert.Equal("/orders/a-1/lines/7", seen.GetProperty("Path").GetString());
        Assert.Equal("a-1", seen.GetProperty("PathParameters").GetProperty("id").GetString());
        Assert.Equal("7", seen.GetProperty("PathParameters").GetProperty("line").GetString());
        Assert.Equal(["1", "2"], seen.GetProperty("MultiValueQueryStringParameters").GetProperty("x").EnumerateArray().Select(v => v.GetString()!));
        Assert.True(seen.GetProperty("MultiValueHeaders").TryGetProperty("Host", out _));
        Assert.Equal(7, seen.GetProperty("Line").GetInt32());
    }

    [Fact]
    public async Task An_ALB_sends_the_path_as_requested_and_the_function_routes_it()
    {
        var seen = await SeenAsync(alb, new HttpRequestMessage(HttpMethod.Get, "/orders/a-1/lines/7?x=1&x=2"));

        Assert.Equal("GET", seen.GetProperty("HttpMethod").GetString());
        Assert.Equal("/orders/a-1/lines/7", seen.GetProperty("Path").GetString());
        Assert.Equal(["1", "2"], seen.GetProperty("MultiValueQueryStringParameters").GetProperty("x").EnumerateArray().Select(v => v.GetString()!));
        Assert.Equal("a-1", seen.GetProperty("Id").GetString());
        Assert.Equal(7, seen.GetProperty("Line").GetInt32());
    }

    [Fact]
    public async Task A_constraint_API_Gateway_cannot_check_is_left_to_the_functions_router_404()
    {
        // API Gateway matches /orders/{id}/lines/{line} for any line; the function's router refuses "x" for {line:int}.
        var response = await v2.Serve.Client.GetAsync("/orders/1/lines/x");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<JsonElement> SeenAsync(ServeFixture fixture, HttpRequestMessage request)
    {
        using (request)
        {
            var response = await fixture.Serve.Client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}\n{fixture.Serve.Output}");
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
    }
}
