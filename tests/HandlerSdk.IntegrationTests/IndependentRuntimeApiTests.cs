using System.Diagnostics;
using System.Text.Json;

namespace HandlerSdk.IntegrationTests;

/// <summary>
/// The published bootstrap against a Runtime API that is not ours: Python's http.server, answering with chunked
/// bodies and lower-case header names. Responses, errors and the exit on a 500 must not depend on our emulator.
/// </summary>
[Collection(HelloWorldTests.Name)]
public sealed class IndependentRuntimeApiTests(HelloWorldBootstrap bootstrap)
{
    [Fact]
    public async Task HelloWorld_serves_an_independent_Runtime_API_and_exits_when_it_answers_500()
    {
        var events = Path.GetTempFileName();
        await File.WriteAllTextAsync(events, """[{"name":"Ada"},{"name":""},{"name":"Zoë"}]""");
        var script = Path.Combine(AppContext.BaseDirectory, "IndependentRuntimeApi", "runtime_api.py");
        using var api = Process.Start(new ProcessStartInfo("python3", [script, events]) { RedirectStandardOutput = true })!;
        try
        {
            var port = await api.StandardOutput.ReadLineAsync();
            var function = new ProcessStartInfo(bootstrap.Path) { RedirectStandardOutput = true, RedirectStandardError = true };
            function.Environment["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:" + port;
            function.Environment["_HANDLER"] = "Hello";
            function.Environment["AWS_LAMBDA_FUNCTION_NAME"] = "independent";
            using var process = Process.Start(function)!;
            var logs = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

            var posts = new List<JsonElement>();
            for (var i = 0; i < 3; i++)
            {
                posts.Add(JsonDocument.Parse((await api.StandardOutput.ReadLineAsync())!).RootElement.Clone());
            }

            Assert.NotEqual(0, process.ExitCode);
            Assert.Contains("answered 500", await errors, StringComparison.Ordinal);
            Assert.EndsWith("/response", posts[0].GetProperty("path").GetString(), StringComparison.Ordinal);
            Assert.Contains("Hello, Ada!", posts[0].GetProperty("body").GetString(), StringComparison.Ordinal);
            Assert.EndsWith("/error", posts[1].GetProperty("path").GetString(), StringComparison.Ordinal);
            Assert.Equal("Function.ArgumentException", posts[1].GetProperty("errorType").GetString());
            using var third = JsonDocument.Parse(posts[2].GetProperty("body").GetString()!);
            Assert.Equal("Hello, Zoë!", third.RootElement.GetProperty("message").GetString());
            Assert.Equal("independent", third.RootElement.GetProperty("function").GetString());
            Assert.Contains("\tINFO\tGreeting Ada", await logs, StringComparison.Ordinal);
        }
        finally
        {
            api.Kill();
            File.Delete(events);
        }
    }
}
