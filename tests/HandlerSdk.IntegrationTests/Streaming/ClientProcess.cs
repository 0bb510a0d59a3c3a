using System.Diagnostics;
using System.Text.Json;

namespace HandlerSdk.IntegrationTests.Streaming;

/// <summary>A client program run by a test (node with the AWS SDK, curl), read line by line or byte by byte as it prints.</summary>
internal sealed class ClientProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Task<string> _errors;

    private ClientProcess(Process process)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
    }

    public static ClientProcess Start(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        try
        {
            return new ClientProcess(Process.Start(start)!);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{start.FileName} is not on PATH ({ex.Message}): eng/install-node-sdk.sh installs Node.js and the AWS SDK, eng/install-prerequisites.sh curl.", ex);
        }
    }

    /// <summary>
    /// The AWS SDK for JavaScript's InvokeWithResponseStreamCommand (installed by eng/install-node-sdk.sh), printing one
    /// JSON line per event as it arrives.
    /// </summary>
    public static ClientProcess AwsSdk(Uri endpoint, string function, string payload)
    {
        var modules = Path.Combine(RepositoryRoot.Find(), "artifacts", "node-sdk", "node_modules");
        if (!File.Exists(Path.Combine(modules, "@aws-sdk", "client-lambda", "package.json")))
        {
            throw new InvalidOperationException($"The AWS SDK for JavaScript is not installed in {modules}: run eng/install-node-sdk.sh (eng/test.sh does).");
        }

        return Start(new ProcessStartInfo("node", [Path.Combine(AppContext.BaseDirectory, "Streaming", "invoke-streaming-sample.cjs")])
        {
            Environment =
            {
                ["NODE_PATH"] = modules,
                ["LAMBDA_ENDPOINT"] = endpoint.ToString().TrimEnd('/'),
                ["LAMBDA_FUNCTION"] = function,
                ["LAMBDA_PAYLOAD"] = payload,
                ["AWS_EC2_METADATA_DISABLED"] = "true",
            },
        });
    }

    /// <summary>The next line the program printed, as JSON; fails the test when the SDK call failed or the program ended.</summary>
    public async Task<JsonDocument> NextJsonAsync()
    {
        var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(Patience)
            ?? throw new Xunit.Sdk.XunitException($"{_process.StartInfo.FileName} exited early: {await _errors}");
        var document = JsonDocument.Parse(line);
        if (document.RootElement.TryGetProperty("failed", out var failed))
        {
            throw new Xunit.Sdk.XunitException($"the SDK call failed: {failed.GetString()}");
        }

        return document;
    }

    /// <summary>Reads what the program prints until <paramref name="expected"/> has been seen; returns everything read so far.</summary>
    public async Task<string> ReadUntilAsync(string expected, string soFar = "")
    {
        var buffer = new char[256];
        var text = soFar;
        while (!text.Contains(expected, StringComparison.Ordinal))
        {
            var read = await _process.StandardOutput.ReadAsync(buffer.AsMemory()).AsTask().WaitAsync(Patience);
            if (read == 0)
            {
                throw new Xunit.Sdk.XunitException($"{_process.StartInfo.FileName} ended before printing {expected}; it printed: {text}\n{await _errors}");
            }

            text += new string(buffer, 0, read);
        }

        return text;
    }

    /// <summary>Everything still to come, once the program exits.</summary>
    public Task<string> ReadToEndAsync() => _process.StandardOutput.ReadToEndAsync().WaitAsync(Patience);

    public async Task<int> ExitCodeAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(Patience);
        return _process.ExitCode;
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
