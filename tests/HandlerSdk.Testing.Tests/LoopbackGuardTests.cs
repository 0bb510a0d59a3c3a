using System.Globalization;
using System.Net;
using System.Text.Json;

namespace HandlerSdk.Testing.Tests;

/// <summary>
/// Web pages the developer visits must not reach the local function: not through DNS rebinding (a foreign Host), not with
/// a cross-site request (a foreign Origin, or a cross-site fetch without one), unless the origin is explicitly allowed.
/// </summary>
public sealed class LoopbackGuardTests
{
    private const string InvokePath = "/2015-03-31/functions/function/invocations";
    private const string NextPath = "/2018-06-01/runtime/invocation/next";

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("localhost:1")]
    public async Task A_foreign_host_is_refused_on_both_apis(string host)
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };
        host = host.Replace("{port}", lambda.BaseAddress.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var invoke = await SendAsync(http, HttpMethod.Post, InvokePath, request => request.Headers.Host = host);
        using var next = await SendAsync(http, HttpMethod.Get, NextPath, request => request.Headers.Host = host);

        Assert.Equal(HttpStatusCode.Forbidden, invoke.StatusCode);
        Assert.Equal("AccessDeniedException", RuntimeClient.Header(invoke, "x-amzn-ErrorType"));
        Assert.Contains($"Host '{host}' is refused", await MessageAsync(invoke, "message"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, next.StatusCode);
        Assert.Contains("DNS rebinding", await MessageAsync(next, "errorMessage"), StringComparison.Ordinal);
        Assert.False(lambda.Broker.HasQueued);
    }

    [Theory]
    [InlineData("localhost:{port}")]
    [InlineData("LOCALHOST:{port}")]
    [InlineData("app.localhost:{port}")]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("[::1]:{port}")]
    [InlineData("127.0.0.1")]
    public async Task Loopback_hosts_are_served(string host)
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };
        host = host.Replace("{port}", lambda.BaseAddress.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = await SendAsync(http, HttpMethod.Post, InvokePath, request =>
        {
            request.Headers.Host = host;
            request.Headers.Add("X-Amz-Invocation-Type", "DryRun");
        });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example", null)]
    [InlineData("null", null)]
    [InlineData("http://localhost:3000", null)] // another local server's page is another origin
    [InlineData("https://evil.example", "text/plain")] // the classic form post CSRF, no preflight needed
    public async Task A_cross_origin_browser_invoke_is_refused_and_never_queued(string origin, string? contentType)
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var response = await SendAsync(http, HttpMethod.Post, InvokePath, request =>
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
            request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");
            if (contentType is not null)
            {
                request.Content!.Headers.ContentType = new(contentType);
            }
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains($"Origin '{origin}' is refused", await MessageAsync(response, "message"), StringComparison.Ordinal);
        Assert.Contains("--allow-origin", await MessageAsync(response, "message"), StringComparison.Ordinal);
        Assert.False(lambda.Broker.HasQueued);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_cross_site_request_without_origin_cannot_take_an_event_from_the_runtime_api()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };
        var invoke = lambda.InvokeAsync("{}");

        // What an <img src> or a no-cors GET from another site sends: no Origin, but Fetch Metadata.
        using var next = await SendAsync(http, HttpMethod.Get, NextPath, request => request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site"));

        Assert.Equal(HttpStatusCode.Forbidden, next.StatusCode);
        Assert.True(lambda.Broker.HasQueued);
        Assert.False(invoke.IsCompleted);

        // Observed here: left pending, its failure at disposal would surface as another test's unobserved exception.
        await lambda.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => invoke);
    }

    [Fact]
    public async Task A_localhost_subdomain_on_the_servers_port_is_not_its_own_origin()
    {
        // Its Host is accepted (loopback), but no page of ours lives there: hsdk serve's emulators would refuse it anyway.
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };
        var origin = "http://app.localhost:" + lambda.BaseAddress.Port.ToString(CultureInfo.InvariantCulture);

        using var response = await SendAsync(http, HttpMethod.Post, InvokePath, request =>
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
            request.Headers.Add("X-Amz-Invocation-Type", "DryRun");
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}")]
    [InlineData("http://localhost:{port}")]
    public async Task The_servers_own_origin_is_served(string origin)
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };
        origin = origin.Replace("{port}", lambda.BaseAddress.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = await SendAsync(http, HttpMethod.Post, InvokePath, request =>
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
            request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");
            request.Headers.Add("X-Amz-Invocation-Type", "DryRun");
        });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task An_allowed_origin_gets_cors_preflight_and_answers()
    {
        var options = new LambdaEmulatorOptions();
        options.AllowedOrigins.Add("http://LOCALHOST:3000/");
        await using var lambda = await LambdaEmulator.StartAsync(options);
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var preflight = await SendAsync(http, HttpMethod.Options, InvokePath, request =>
        {
            request.Headers.TryAddWithoutValidation("Origin", "http://localhost:3000");
            request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", "POST");
            request.Headers.TryAddWithoutValidation("Access-Control-Request-Headers", "content-type,x-amz-invocation-type");
        });
        using var refused = await SendAsync(http, HttpMethod.Options, InvokePath, request =>
        {
            request.Headers.TryAddWithoutValidation("Origin", "http://localhost:3001");
            request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", "POST");
        });
        using var invoke = await SendAsync(http, HttpMethod.Post, InvokePath, request =>
        {
            request.Headers.TryAddWithoutValidation("Origin", "http://localhost:3000");
            request.Headers.Add("X-Amz-Invocation-Type", "DryRun");
        });

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("http://localhost:3000", RuntimeClient.Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", RuntimeClient.Header(preflight, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Equal("content-type,x-amz-invocation-type", RuntimeClient.Header(preflight, "Access-Control-Allow-Headers"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, invoke.StatusCode);
        Assert.Equal("http://localhost:3000", RuntimeClient.Header(invoke, "Access-Control-Allow-Origin"));
        Assert.Contains("x-amzn-RequestId", RuntimeClient.Header(invoke, "Access-Control-Expose-Headers"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("localhost:3000")]
    [InlineData("http://localhost:3000/app")]
    [InlineData("file:///tmp/page.html")]
    public async Task An_allowed_origin_that_is_not_an_origin_is_refused_at_start(string origin)
    {
        var options = new LambdaEmulatorOptions();
        options.AllowedOrigins.Add(origin);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => LambdaEmulator.StartAsync(options));

        Assert.Contains($"'{origin}' is not an origin", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent("{}");
        }

        configure(request);
        return await http.SendAsync(request);
    }

    private static async Task<string> MessageAsync(HttpResponseMessage response, string property)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty(property).GetString()!;
    }
}
