using System.Globalization;
using System.Net;
using System.Net.Sockets;
using HandlerSdk.Cli.Serve;

namespace HandlerSdk.Cli.Tests;

[Collection(HelloWorldSample.Name)]
public sealed class ServeTests(HelloWorldFixture sample)
{
    [Fact]
    public async Task Serves_each_handler_as_a_function_on_the_invoke_api_and_stops_on_cancel()
    {
        _ = sample;
        var port = FreePort();
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var console = new ConsoleStreams(TextReader.Null, TextWriter.Synchronized(output), TextWriter.Synchronized(output));
        var serving = HsdkCli.RunAsync(["serve", HelloWorldFixture.SampleDirectory, "--port", port.ToString(CultureInfo.InvariantCulture)], console, stop.Token);

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var hello = await PostWhenUpAsync(client, "Hello", serving);
        var goodbye = await client.PostAsync("/2015-03-31/functions/arn:aws:lambda:us-east-1:012345678912:function:Goodbye/invocations", new StringContent("""{"name":"Ada"}"""));
        var unknown = await client.PostAsync("/2015-03-31/functions/Hola/invocations", new StringContent("{}"));

        await stop.CancelAsync();
        var exitCode = await serving;

        Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
        Assert.Contains("Hello, Ada!", await hello.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Goodbye, Ada!", await goodbye.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("ResourceNotFoundException", unknown.Headers.GetValues("x-amzn-ErrorType").Single());
        Assert.Equal(0, exitCode);
        Assert.Contains("[Hello] REPORT RequestId: ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_exit_code_2()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        var run = await CliRun.RunAsync("serve", HelloWorldFixture.SampleDirectory, "--port", port);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"hsdk: cannot listen on 127.0.0.1:{port}: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello", "Hello")]
    [InlineData("Hello:$LATEST", "Hello")]
    [InlineData("012345678912:function:Hello", "Hello")]
    [InlineData("arn:aws:lambda:us-east-1:012345678912:function:Hello:prod", "Hello")]
    public void Function_names_are_read_in_every_form_the_invoke_api_accepts(string requested, string name) =>
        Assert.Equal(name, FunctionRoutes.NameOf(requested));

    [Theory]
    [InlineData("bin/Release/x.cs", true)]
    [InlineData("src/obj/Debug/y.cs", true)]
    [InlineData("Greeter.cs", false)]
    [InlineData("Models/binary.cs", false)]
    public void Build_output_does_not_trigger_a_rebuild(string relative, bool ignored) =>
        Assert.Equal(ignored, SourceWatcher.IsBuildOutput("/p", Path.Combine("/p", relative)));

    private static async Task<HttpResponseMessage> PostWhenUpAsync(HttpClient client, string function, Task<int> serving)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (serving.IsCompleted)
            {
                Assert.Fail($"serve exited early with {await serving}");
            }

            try
            {
                return await client.PostAsync($"/2015-03-31/functions/{function}/invocations", new StringContent("""{"name":"Ada"}"""));
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
