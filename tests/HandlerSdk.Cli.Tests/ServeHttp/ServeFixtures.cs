using System.Text.Json;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>One <c>hsdk serve --http</c> shared by a test class: starting one costs a process and a build check.</summary>
public abstract class ServeFixture : IAsyncLifetime
{
    public HttpServeSession Serve { get; private set; } = null!;

    protected abstract string[] Arguments { get; }

    public async Task InitializeAsync() => Serve = await HttpServeSession.StartAsync(Arguments);

    public async Task DisposeAsync() => await Serve.DisposeAsync();

    /// <summary>Sends <paramref name="request"/> to the Echo function; returns the response and the event it got.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Event)> EchoAsync(HttpRequestMessage request)
    {
        var response = await Serve.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}\n{Serve.Output}");
        using var document = JsonDocument.Parse(text);
        return (response, document.RootElement.Clone());
    }

    /// <summary>
    /// A GET of <paramref name="target"/> written by hand, with <c>X-Multi</c> sent as two header lines (HttpClient would
    /// join them into one); returns the event the Echo function got.
    /// </summary>
    public async Task<JsonElement> EchoRepeatedHeaderAsync(string target)
    {
        using var socket = await RawHttp.ConnectAsync(Serve.HttpPort);
        await RawHttp.SendAsync(socket, $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Multi: one\r\nX-Multi: two\r\n\r\n");
        var response = await RawHttp.ReadResponseAsync(socket);
        Assert.StartsWith("HTTP/1.1 200 ", response, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
        return document.RootElement.Clone();
    }
}

public sealed class EchoV2Serve : ServeFixture
{
    protected override string[] Arguments => ["--function", "Echo"];
}

public sealed class EchoV1Serve : ServeFixture
{
    protected override string[] Arguments => ["--function", "Echo", "--payload", "v1"];
}

public sealed class EchoAlbServe : ServeFixture
{
    protected override string[] Arguments => ["--function", "Echo", "--payload", "alb"];
}

public sealed class EchoAlbMultiValueServe : ServeFixture
{
    protected override string[] Arguments => ["--function", "Echo", "--payload", "alb-multi-value"];
}

public sealed class MirrorV2Serve : ServeFixture
{
    public const string AllowedOrigin = "http://localhost:3000";

    protected override string[] Arguments => ["--function", "Mirror", "--allow-origin", AllowedOrigin];
}

public sealed class MirrorV1Serve : ServeFixture
{
    protected override string[] Arguments => ["--function", "Mirror", "--payload", "v1"];
}

public sealed class MirrorAlbMultiValueServe : ServeFixture
{
    protected override string[] Arguments => ["--function", "Mirror", "--payload", "alb-multi-value"];
}

public sealed class MirrorReservedConcurrencyServe : ServeFixture
{
    protected override string[] Arguments => ["--function", "Mirror", "--reserved-concurrency", "1"];
}

public sealed class EchoFunctionUrlServe : ServeFixture
{
    protected override string[] Arguments => ["--function", "Echo", "--payload", "function-url"];
}

/// <summary>A function URL in front of Mirror with one execution environment, so a second request at once is throttled.</summary>
public sealed class MirrorFunctionUrlServe : ServeFixture
{
    protected override string[] Arguments => ["--function", "Mirror", "--payload", "function-url", "--reserved-concurrency", "1"];
}

/// <summary>HTTP APIs with the integration timeout set to its shortest useful value, so a test waits under a second.</summary>
public sealed class MirrorShortWaitV2Serve : ServeFixture
{
    protected override string[] Arguments => ["--function", "Mirror", "--integration-timeout", "0.3"];
}

public sealed class MirrorShortWaitV1Serve : ServeFixture
{
    protected override string[] Arguments => ["--function", "Mirror", "--payload", "v1", "--integration-timeout", "0.3"];
}

public sealed class RoutedV2Serve : ServeFixture
{
    protected override string[] Arguments => ["--function", "RoutedV2"];
}

public sealed class RoutedV1Serve : ServeFixture
{
    protected override string[] Arguments => ["--function", "RoutedV1", "--payload", "v1"];
}

public sealed class RoutedAlbMultiValueServe : ServeFixture
{
    protected override string[] Arguments => ["--function", "RoutedAlb", "--payload", "alb-multi-value"];
}
