using System.Globalization;
using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Output;
using HandlerSdk.Publishing;

namespace HandlerSdk.Cli.Package;

/// <summary>What a package consists of once published.</summary>
internal sealed record PackageResult(string ZipPath, long BootstrapBytes, long ZipBytes, TargetArchitecture Architecture);

/// <summary>Completes a publish folder (bootstrap, function.zip) and prints the summary table.</summary>
internal static class PackageFinisher
{
    /// <summary>provided.al2023's glibc, the default of <c>--glibc</c> and of HandlerSdkTargetGlibc.</summary>
    public static readonly Version DefaultGlibc = new(2, 34);

    /// <summary>Checks the bootstrap against <paramref name="targetGlibc"/> (null: <c>--glibc none</c>), then zips it.</summary>
    public static PackageResult Finish(string publishDirectory, ProjectFile project, TargetArchitecture architecture, Version? targetGlibc)
    {
        var bootstrap = PublishedBootstrap.Ensure(publishDirectory, project);
        var zip = Path.Combine(publishDirectory, FunctionZip.FileName);

        // HandlerSdk's publish targets check this too; hsdk checks again for projects on a HandlerSdk without that step.
        // A zip of an earlier bootstrap must not stay beside a refused one, where it could be deployed by mistake.
        var problem = targetGlibc is null ? null : GlibcRequirements.Problem(bootstrap, targetGlibc, architecture.LambdaName());
        if (problem is not null)
        {
            File.Delete(zip);
            throw new UserErrorException(problem);
        }

        // HandlerSdk's publish targets write the zip themselves; an older or missing one is made here.
        if (!File.Exists(zip) || File.GetLastWriteTimeUtc(zip) < File.GetLastWriteTimeUtc(bootstrap))
        {
            FunctionZip.Create(bootstrap, zip);
        }

        return new PackageResult(zip, new FileInfo(bootstrap).Length, new FileInfo(zip).Length, architecture);
    }

    public static void Print(PackageResult package, IReadOnlyList<HandlerInfo> handlers, CliOutput output)
    {
        output.Table(
            ["Package", "Value"],
            [
                ["zip", package.ZipPath],
                ["bootstrap size", Size(package.BootstrapBytes)],
                ["zip size", Size(package.ZipBytes)],
                ["architecture", package.Architecture.LambdaName()],
            ]);
        output.Table(
            ["Handler", "Method", "Timeout (s)", "Memory (MB)"],
            handlers.Select(h => (IReadOnlyList<string>)
            [
                h.Name,
                h.Method,
                h.TimeoutSeconds > 0 ? h.TimeoutSeconds.ToString(CultureInfo.InvariantCulture) : $"default ({HandlerInfo.DefaultTimeoutSeconds})",
                h.MemorySizeMb > 0 ? h.MemorySizeMb.ToString(CultureInfo.InvariantCulture) : $"default ({HandlerInfo.DefaultMemorySizeMb})",
            ]));
    }

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.00} MB ({bytes} bytes)")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0.0} KB ({bytes} bytes)");
}
