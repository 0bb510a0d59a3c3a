using System.Diagnostics;
using System.Text;

namespace HandlerSdk.Templates.Tests;

/// <summary>Runs the dotnet CLI as a user would, with its output captured.</summary>
internal static class DotnetCli
{
    public static async Task<DotnetRun> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // Build nodes left running after a test would hold files of its temporary folder and outlive the test run.
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";

        using var process = Process.Start(startInfo)!;
        using var cancellation = new CancellationTokenSource(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation.Token);
        var stderr = process.StandardError.ReadToEndAsync(cancellation.Token);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        var output = new StringBuilder().Append(await stdout).Append(await stderr).ToString();
        return new DotnetRun(process.ExitCode, output, $"dotnet {string.Join(' ', arguments)}");
    }
}

internal sealed record DotnetRun(int ExitCode, string Output, string CommandLine)
{
    public DotnetRun EnsureSuccess() => ExitCode == 0
        ? this
        : throw new InvalidOperationException($"{CommandLine} exited with {ExitCode}:{Environment.NewLine}{Output}");
}
