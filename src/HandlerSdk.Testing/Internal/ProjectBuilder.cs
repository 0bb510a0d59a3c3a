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

        var (buildExit, buildOutput) = await RunDotnetAsync(["build", fullPath, "-c", "Release", "-nologo", "-v:q"], cancellationToken).ConfigureAwait(false);
        if (buildExit != 0)
        {
            throw new InvalidOperationException($"dotnet build failed for {fullPath} (exit code {buildExit}):{Environment.NewLine}{buildOutput.Trim()}");
        }

        // Asking MSBuild for the output path avoids guessing bin/ layouts (artifacts output, custom OutputPath).
        var (queryExit, queryOutput) = await RunDotnetAsync(
            ["msbuild", fullPath, "-nologo", "-p:Configuration=Release", "-getProperty:TargetPath"],
            cancellationToken).ConfigureAwait(false);
        var targetPath = queryOutput.Trim();
        if (queryExit != 0 || !File.Exists(targetPath))
        {
            throw new InvalidOperationException($"Could not find the build output of {fullPath}: {targetPath}");
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
