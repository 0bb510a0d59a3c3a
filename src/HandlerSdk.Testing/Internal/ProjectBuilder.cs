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

        var (buildExit, buildOutput) = await DotnetCommand.RunAsync(["build", fullPath, "-c", "Release", "-nologo", "-v:q"], cancellationToken).ConfigureAwait(false);
        if (buildExit != 0)
        {
            throw new InvalidOperationException($"dotnet build failed for {fullPath} (exit code {buildExit}):{Environment.NewLine}{buildOutput.Trim()}");
        }

        // Asking MSBuild for the output path avoids guessing bin/ layouts (artifacts output, custom OutputPath).
        var (queryExit, queryOutput) = await DotnetCommand.RunAsync(
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
}
