using HandlerSdk.Cli.Output;

namespace HandlerSdk.Cli.Build;

/// <summary>Builds (JIT, for running and reading handlers) and publishes (native AOT, for shipping) a function project.</summary>
internal static class FunctionBuilder
{
    /// <summary>Builds Release unless the output is already newer than the sources.</summary>
    public static async Task BuildAsync(ProjectFile project, CliOutput output, bool force, CancellationToken cancellationToken)
    {
        if (!force && UpToDateCheck.IsUpToDate(project, project.BuildAssembly))
        {
            return;
        }

        await output.StatusAsync($"Building {Path.GetFileName(project.Path)}", async () =>
        {
            await DotnetProcess.RunOrFailAsync(
                "dotnet build",
                ["build", project.Path, "-c", "Release", "-nologo", "-v:q", "-clp:NoSummary;ErrorsOnly"],
                cancellationToken).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);

        if (!File.Exists(project.BuildAssembly))
        {
            throw new UserErrorException($"the build did not produce {project.BuildAssembly}");
        }

        // A no-op build leaves the dll's time alone; touching it records that the sources were checked.
        File.SetLastWriteTimeUtc(project.BuildAssembly, DateTime.UtcNow);
    }

    /// <summary>
    /// Publishes native AOT for <paramref name="architecture"/> into <paramref name="publishDirectory"/>. A
    /// <paramref name="targetGlibc"/> (a version or <c>none</c>) replaces the project's <c>HandlerSdkTargetGlibc</c>, so
    /// the publish targets check what the command line asked for.
    /// </summary>
    public static Task PublishAsync(ProjectFile project, TargetArchitecture architecture, string publishDirectory, CliOutput output, CancellationToken cancellationToken, string? targetGlibc = null) =>
        output.StatusAsync($"Publishing {Path.GetFileName(project.Path)} for {architecture.RuntimeIdentifier()} (native AOT)", async () =>
        {
            List<string> arguments = ["publish", project.Path, "-c", "Release", "-r", architecture.RuntimeIdentifier(), "-o", publishDirectory, "-nologo", "-v:q", "-clp:NoSummary;ErrorsOnly"];
            if (targetGlibc is not null)
            {
                arguments.Add("-p:HandlerSdkTargetGlibc=" + targetGlibc);
            }

            await DotnetProcess.RunOrFailAsync("dotnet publish", arguments, cancellationToken).ConfigureAwait(false);
            return true;
        });

    /// <summary>Resolves PATH to a project, or fails with the usual one-line user error.</summary>
    public static ProjectFile RequireProject(string path)
    {
        var target = Invoke.FunctionTarget.Resolve(path);
        return target.ProjectPath is { } project
            ? ProjectFile.Read(project)
            : throw new UserErrorException($"{target.BootstrapPath} is a bootstrap; this command needs the function's project");
    }
}
