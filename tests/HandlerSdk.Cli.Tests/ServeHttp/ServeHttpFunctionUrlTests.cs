using System.Net;
using System.Text;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>
/// <c>hsdk serve --http --payload function-url</c>: payload 2.0 with a function URL's request context (its
/// <c>&lt;url-id&gt;.lambda-url.&lt;region&gt;.on.aws</c> domain, no routes), and a function URL's own answers.
/// </summary>
[Collection(HttpEchoFunction.Name)]
public sealed class ServeHttpFunctionUrlTests(EchoFunctionUrlServe echo, MirrorFunctionUrlServe mirror)
    : IClassFixture<EchoFunctionUrlServe>, IClassFixture<MirrorFunctionUrlServe>
{
    [Fact]
    public async Task A_request_becomes_a_v2_event_with_the_function_urls_request_context()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/orders/42?tag=a&tag=b");
        request.Headers.Add("Cookie", "session=abc");

        var (response, @event) = await echo.EchoAsync(request);

        Assert.Equal("2.0", @event.GetProperty("version").GetString());
        Assert.Equal("$default", @event.GetProperty("routeKey").GetString());
        Assert.Equal("/orders/42", @event.GetProperty("rawPath").GetString());
        Assert.Equal("tag=a&tag=b", @event.GetProperty("rawQueryString").GetString());
        Assert.Equal("a,b", @event.GetProperty("queryStringParameters").GetProperty("tag").GetString());
        Assert.Equal("session=abc", @event.GetProperty("cookies")[0].GetString());
        Assert.False(@event.TryGetProperty("pathParameters", out _), "a function URL has no routes, so no path parameters");

        var context = @event.GetProperty("requestContext");
        var urlId = context.GetProperty("apiId").GetString()!;
        Assert.Matches("^[a-z0-9]{32}$", urlId);
        Assert.Equal(urlId, context.GetProperty("domainPrefix").GetString());
        Assert.Equal($"{urlId}.lambda-url.us-east-1.on.aws", context.GetProperty("domainName").GetString());
        Assert.Equal("anonymous", context.GetProperty("accountId").GetString());
        Assert.Equal("$default", context.GetProperty("routeKey").GetString());
        Assert.Equal("$default", context.GetProperty("stage").GetString());
        Assert.Equal("GET", context.GetProperty("http").GetProperty("method").GetString());
        Assert.True(Guid.TryParse(context.GetProperty("requestId").GetString(), out _));
        Assert.Equal(response.Headers.GetValues("x-amzn-RequestId").Single(), context.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task Any_JSON_that_is_not_a_response_object_is_a_200_body_as_for_an_HTTP_API()
    {
        var response = await mirror.Serve.Client.PostAsync("/", new StringContent("""[1,2]""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[1,2]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_function_error_is_a_502()
    {
        var response = await mirror.Serve.Client.PostAsync("/", new StringContent("throw", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("""{"message":"Internal Server Error"}""", await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Mirror failed with", response.Headers.GetValues("x-hsdk-error").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_it_cannot_map_is_a_502()
    {
        var response = await mirror.Serve.Client.PostAsync("/", new StringContent("""{"statusCode":"soon"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("malformed response", response.Headers.GetValues("x-hsdk-error").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_waits_for_the_function_and_a_request_beyond_its_concurrency_is_a_429()
    {
        var client = mirror.Serve.Client;
        var slow = client.PostAsync("/slow", new StringContent("sleep:1000", Encoding.UTF8, "text/plain"));
        await mirror.Serve.WaitForOutputAsync("START RequestId: ");

        var second = await client.PostAsync("/fast", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode)429, second.StatusCode);
        Assert.Equal("""{"message":"Rate Exceeded."}""", await second.Content.ReadAsStringAsync());
        var first = await slow;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("woke up", await first.Content.ReadAsStringAsync());
    }
}
