using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HandlerSdk.Cli.Tests;

/// <summary>hsdk serve answers loopback hosts only, and browser pages only from its own origin or an --allow-origin one.</summary>
[Collection(HelloWorldSample.Name)]
public sealed class ServeOriginTests(HelloWorldFixture sample)
{
    [Fact]
    public async Task Serve_refuses_foreign_hosts_and_origins_and_passes_allowed_ones_through_to_the_function()
    {
        _ = sample;
        var port = FreePort();
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var console = new ConsoleStreams(TextReader.Null, TextWriter.Synchronized(output), TextWriter.Synchronized(output));
        var serving = HsdkCli.RunAsync(
            ["serve", HelloWorldFixture.SampleDirectory, "--port", port.ToString(CultureInfo.InvariantCulture), "--allow-origin", "http://localhost:3000"],
            console,
            stop.Token);

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        using var first = await PostWhenUpAsync(client, serving, _ => { });
        using var allowed = await PostAsync(client, request => request.Headers.TryAddWithoutValidation("Origin", "http://localhost:3000"));
        using var own = await PostAsync(client, request => request.Headers.TryAddWithoutValidation("Origin", $"http://localhost:{port}"));
        using var foreignOrigin = await PostAsync(client, request => request.Headers.TryAddWithoutValidation("Origin", "https://evil.example"));
        using var foreignHost = await PostAsync(client, request => request.Headers.Host = $"evil.example:{port}");

        await stop.CancelAsync();
        await serving;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("Hello, Ada!", await allowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("http://localhost:3000", allowed.Headers.GetValues("Access-Control-Allow-Origin").First());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignHost.StatusCode);
        Assert.Equal("AccessDeniedException", foreignHost.Headers.GetValues("x-amzn-ErrorType").Single());
    }

    [Fact]
    public async Task An_allow_origin_that_is_not_an_origin_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("serve", HelloWorldFixture.SampleDirectory, "--allow-origin", "localhost:3000");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.Contains("'localhost:3000' is not an origin", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/2015-03-31/functions/Hello/invocations") { Content = new StringContent("""{"name":"Ada"}""") };
        configure(request);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostWhenUpAsync(HttpClient client, Task<int> serving, Action<HttpRequestMessage> configure)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (serving.IsCompleted)
            {
                Assert.Fail($"serve exited early with {await serving}");
            }

            try
            {
                return await PostAsync(client, configure);
            }
            catch (HttpRequestException) when (attempt < 200)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
