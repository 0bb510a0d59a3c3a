using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Output;

namespace HandlerSdk.Cli.Package;

/// <summary>Runs <c>hsdk package</c>: build (for the handler list), publish, then <see cref="PackageFinisher"/>.</summary>
internal static class PackageRunner
{
    public static async Task<int> RunAsync(string path, TargetArchitecture architecture, string? outputDirectory, Version? targetGlibc, bool glibcGiven, CliOutput output, CancellationToken cancellationToken)
    {
        var project = FunctionBuilder.RequireProject(path);
        var publishDirectory = Path.GetFullPath(outputDirectory ?? project.DefaultPublishDirectory(architecture));

        await FunctionBuilder.BuildAsync(project, output, force: false, cancellationToken).ConfigureAwait(false);
        var handlers = HandlerCatalog.Read(project.BuildAssembly);
        // --glibc given: the publish targets check the same runtime as hsdk, not the project's own setting.
        var publishGlibc = !glibcGiven ? null : targetGlibc?.ToString(2) ?? "none";
        await FunctionBuilder.PublishAsync(project, architecture, publishDirectory, output, cancellationToken, publishGlibc).ConfigureAwait(false);

        // Without --glibc the publish targets have checked against the project's own HandlerSdkTargetGlibc (which may be
        // none, or another runtime's): checking again against the default would refuse what the project allows.
        var package = PackageFinisher.Finish(publishDirectory, project, architecture, glibcGiven ? targetGlibc : null);
        PackageFinisher.Print(package, handlers, output);
        return ExitCodes.Success;
    }
}
