using System.Text.RegularExpressions;

namespace HandlerSdk.Cli.Invoke;

/// <summary>
/// The folder <c>dotnet new lambda-handler</c> creates holds a solution, the function project and its test project, each
/// in a subfolder: run from there, a command means the one function project among them.
/// </summary>
internal static partial class SolutionFolder
{
    private static readonly string[] ProjectPatterns = ["*.csproj", "*.fsproj", "*.vbproj"];

    // A subfolder the user cannot read is no reason to fail: it holds no project of theirs.
    private static readonly EnumerationOptions Readable = new() { IgnoreInaccessible = true };

    /// <summary>
    /// The function projects one level below <paramref name="folder"/>: test projects are left out and, when several remain,
    /// those that say they are functions (a HandlerSdk reference, or <c>PublishAot</c>) are preferred.
    /// </summary>
    public static IReadOnlyList<string> FunctionProjects(string folder)
    {
        var projects = Directory.EnumerateDirectories(folder, "*", Readable)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && Path.GetFileName(d) is not ("bin" or "obj"))
            .SelectMany(d => ProjectPatterns.SelectMany(p => Directory.EnumerateFiles(d, p, Readable)))
            .Select(p => (Path: p, Text: File.ReadAllText(p)))
            .Where(p => !IsTestProject(p.Text))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToList();
        var functions = projects.Where(p => LooksLikeFunction(p.Text)).ToList();
        return (functions.Count > 0 ? functions : projects).Select(p => p.Path).ToList();
    }

    private static bool IsTestProject(string text) =>
        TestProjectPattern().IsMatch(text) || text.Contains("Microsoft.NET.Test.Sdk", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeFunction(string text) => HandlerSdkReferencePattern().IsMatch(text) || PublishAotPattern().IsMatch(text);

    [GeneratedRegex(@"<IsTestProject>\s*true\s*</IsTestProject>", RegexOptions.IgnoreCase)]
    private static partial Regex TestProjectPattern();

    [GeneratedRegex(@"Include=""(?:[^""]*[\\/])?HandlerSdk(?:\.csproj)?""", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerSdkReferencePattern();

    [GeneratedRegex(@"<PublishAot>\s*true\s*</PublishAot>", RegexOptions.IgnoreCase)]
    private static partial Regex PublishAotPattern();
}
