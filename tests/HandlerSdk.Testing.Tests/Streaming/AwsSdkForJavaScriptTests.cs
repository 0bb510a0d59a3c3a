using System.Diagnostics;
using System.Text.Json;

namespace HandlerSdk.Testing.Tests.Streaming;

/// <summary>
/// The real AWS SDK for JavaScript v3 (<c>InvokeWithResponseStreamCommand</c>) against the emulator: the judge of the
/// wire format. eng/install-node-sdk.sh installs it (eng/test.sh runs that first); without it the test fails saying so.
/// </summary>
public sealed class AwsSdkForJavaScriptTests
{
    [Fact]
    public async Task InvokeWithResponseStreamCommand_sees_chunks_while_the_function_runs_and_an_error_in_InvokeComplete()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { FunctionName = "tokens", Timeout = TimeSpan.FromSeconds(30) });
        using var runtime = new RuntimeClient(lambda);
        await using var node = NodeScript.Start(lambda);

        var requestId = await StreamedResponseTests.NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId);

        // The function holds its stream open until the SDK has shown the first chunk: it arrived while the function ran.
        // (In our runs the SDK resolved its call only once the first event was there: the status line comes with it.)
        await stream.WriteAsync("first ");
        using (var head = await node.NextLineAsync())
        {
            Assert.Equal(200, head.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("$LATEST", head.RootElement.GetProperty("version").GetString());
        }

        using (var first = await node.NextLineAsync())
        {
            Assert.Equal("first ", first.RootElement.GetProperty("chunk").GetString());
        }

        await stream.WriteAsync("second");
        using (var second = await node.NextLineAsync())
        {
            Assert.Equal("second", second.RootElement.GetProperty("chunk").GetString());
        }

        var error = """{"errorMessage":"model overloaded","errorType":"InvalidOperationException","stackTrace":[]}""";
        Assert.Equal(202, await stream.EndAsync("Function.InvalidOperationException", error));
        using var complete = await node.NextLineAsync();
        var invokeComplete = complete.RootElement.GetProperty("complete");
        Assert.Equal("Function.InvalidOperationException", invokeComplete.GetProperty("ErrorCode").GetString());
        Assert.Equal(error, invokeComplete.GetProperty("ErrorDetails").GetString());
        Assert.False(string.IsNullOrEmpty(invokeComplete.GetProperty("LogResult").GetString()));
        Assert.Equal(0, await node.ExitCodeAsync());
    }

    private sealed class NodeScript : IAsyncDisposable
    {
        private readonly Process _process;

        private NodeScript(Process process) => _process = process;

        public static NodeScript Start(LambdaEmulator lambda)
        {
            var modules = Path.Combine(RepositoryRoot(), "artifacts", "node-sdk", "node_modules");
            if (!File.Exists(Path.Combine(modules, "@aws-sdk", "client-lambda", "package.json")))
            {
                throw new InvalidOperationException($"The AWS SDK for JavaScript is not installed in {modules}: run eng/install-node-sdk.sh (eng/test.sh does).");
            }

            var start = new ProcessStartInfo("node", [Path.Combine(AppContext.BaseDirectory, "Streaming", "invoke-with-response-stream.cjs")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                Environment =
                {
                    ["NODE_PATH"] = modules,
                    ["LAMBDA_ENDPOINT"] = lambda.BaseAddress.ToString().TrimEnd('/'),
                    ["LAMBDA_FUNCTION"] = "tokens",
                    ["AWS_EC2_METADATA_DISABLED"] = "true",
                },
            };
            try
            {
                return new NodeScript(Process.Start(start)!);
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                throw new InvalidOperationException($"node is not on PATH ({ex.Message}): run eng/install-node-sdk.sh, which installs Node.js.", ex);
            }
        }

        public async Task<JsonDocument> NextLineAsync()
        {
            var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(TestTimeouts.Long);
            if (line is null)
            {
                throw new Xunit.Sdk.XunitException($"node exited early: {await _process.StandardError.ReadToEndAsync()}");
            }

            var document = JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty("failed", out var failed))
            {
                throw new Xunit.Sdk.XunitException($"the SDK call failed: {failed.GetString()}");
            }

            return document;
        }

        public async Task<int> ExitCodeAsync()
        {
            await _process.WaitForExitAsync().WaitAsync(TestTimeouts.Long);
            return _process.ExitCode;
        }

        public ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }

            _process.Dispose();
            return ValueTask.CompletedTask;
        }

        private static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HandlerSdk.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("HandlerSdk.sln not found above the test output");
        }
    }
}
