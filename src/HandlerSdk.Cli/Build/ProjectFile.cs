using System.Text.RegularExpressions;

namespace HandlerSdk.Cli.Build;

/// <summary>
/// A function project and where its builds land. Read from the project file without MSBuild: asking MSBuild costs about a
/// second, and hsdk invoke on a built function must stay well under two.
/// </summary>
internal sealed partial record ProjectFile(string Path, string Directory, string AssemblyName, string TargetFramework)
{
    public static ProjectFile Read(string projectPath)
    {
        var text = File.ReadAllText(projectPath);
        var assemblyName = Property(text, "AssemblyName") ?? System.IO.Path.GetFileNameWithoutExtension(projectPath);
        var targetFramework = Property(text, "TargetFramework") ?? Property(text, "TargetFrameworks")?.Split(';')[0] ?? "net10.0";
        return new ProjectFile(projectPath, System.IO.Path.GetDirectoryName(projectPath)!, assemblyName, targetFramework);
    }

    /// <summary>The Release build output folder (<c>bin/Release/{tfm}</c>).</summary>
    public string BuildDirectory => System.IO.Path.Combine(Directory, "bin", "Release", TargetFramework);

    /// <summary>The JIT build's assembly, the one the handler catalog reads.</summary>
    public string BuildAssembly => System.IO.Path.Combine(BuildDirectory, AssemblyName + ".dll");

    /// <summary>The JIT build's native launcher, run as the function's bootstrap.</summary>
    public string BuildAppHost => System.IO.Path.Combine(BuildDirectory, OperatingSystem.IsWindows() ? AssemblyName + ".exe" : AssemblyName);

    /// <summary>Where <c>hsdk package</c> publishes by default.</summary>
    public string DefaultPublishDirectory(TargetArchitecture architecture) =>
        System.IO.Path.Combine(BuildDirectory, architecture.RuntimeIdentifier(), "publish");

    private static string? Property(string projectText, string name)
    {
        var match = PropertyPattern().Matches(projectText).FirstOrDefault(m => m.Groups["name"].Value == name);
        return match is null ? null : match.Groups["value"].Value.Trim();
    }

    [GeneratedRegex(@"<(?<name>\w+)>(?<value>[^<$]*)</\k<name>>")]
    private static partial Regex PropertyPattern();
}
