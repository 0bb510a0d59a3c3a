namespace HandlerSdk.Cli.Build;

/// <summary>
/// Decides whether a build can be skipped: the output is newer than every source and build file of the project folder.
/// Changes outside the folder (a referenced project, a parent Directory.Build.props) are not seen; <c>--rebuild</c> forces one.
/// </summary>
internal static class UpToDateCheck
{
    private static readonly string[] Patterns = ["*.cs", "*.csproj", "*.props", "*.targets"];

    public static bool IsUpToDate(ProjectFile project, string output)
    {
        if (!File.Exists(output))
        {
            return false;
        }

        var built = File.GetLastWriteTimeUtc(output);
        return SourceFiles(project.Directory).All(file => File.GetLastWriteTimeUtc(file) <= built);
    }

    public static IEnumerable<string> SourceFiles(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true };
        foreach (var pattern in Patterns)
        {
            foreach (var file in Directory.EnumerateFiles(directory, pattern, options))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            var name = Path.GetFileName(child);
            if (name is "bin" or "obj" || name.StartsWith('.'))
            {
                continue;
            }

            foreach (var file in SourceFiles(child))
            {
                yield return file;
            }
        }
    }
}
