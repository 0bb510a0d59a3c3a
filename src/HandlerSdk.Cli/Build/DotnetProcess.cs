using System.Diagnostics;
using System.Text;

namespace HandlerSdk.Cli.Build;

/// <summary>Runs the dotnet CLI and captures its output, so a failure can be reported as the user's build error.</summary>
internal static class DotnetProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
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

        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = new StringBuilder().Append(await stdout.ConfigureAwait(false)).Append(await stderr.ConfigureAwait(false));
        return (process.ExitCode, text.ToString());
    }

    /// <summary>Runs dotnet and turns a non-zero exit into a user error whose message is the tool's own output.</summary>
    public static async Task RunOrFailAsync(string what, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunAsync(arguments, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            // Keep the one-line convention: the first error line says what to fix.
            var firstError = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
                ?? output.Trim().Split('\n').LastOrDefault()?.Trim() ?? "";
            throw new UserErrorException($"{what} failed (exit code {exitCode}): {firstError}");
        }
    }
}
