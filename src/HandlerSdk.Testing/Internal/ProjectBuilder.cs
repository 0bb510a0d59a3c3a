using System.Diagnostics;
using System.Text;

namespace HandlerSdk.Testing.Internal;

/// <summary>Builds a function project with <c>dotnet build -c Release</c> and says how to run its output.</summary>
internal static class ProjectBuilder
{
    public static async Task<LaunchCommand> BuildAsync(string projectPath, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(projectPath);
        if (!File.Exists(fullPath) && !Directory.Exists(fullPath))
        {
            throw new FileNotFoundException($"Project not found: {fullPath}", fullPath);
        }

        // -getProperty after a build prints the evaluated output path, so no guessing of bin/ layouts.
        var (exitCode, output) = await RunDotnetAsync(
            ["build", fullPath, "-c", "Release", "-nologo", "-getProperty:TargetPath"],
            cancellationToken).ConfigureAwait(false);
        var targetPath = output.Trim();
        if (exitCode != 0 || !targetPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || !File.Exists(targetPath))
        {
            throw new InvalidOperationException($"dotnet build failed for {fullPath} (exit code {exitCode}):{Environment.NewLine}{output.Trim()}");
        }

        var taskRoot = Path.GetDirectoryName(targetPath)!;
        var appHost = Path.Combine(taskRoot, Path.GetFileNameWithoutExtension(targetPath));
        return File.Exists(appHost) && !OperatingSystem.IsWindows()
            ? new LaunchCommand(appHost, [], taskRoot)
            : new LaunchCommand("dotnet", [targetPath], taskRoot);
    }

    private static async Task<(int ExitCode, string Output)> RunDotnetAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
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

        // The build's own telemetry banner and first-run text would land in the parsed output.
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
}
