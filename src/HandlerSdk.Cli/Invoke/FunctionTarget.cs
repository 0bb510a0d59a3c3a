namespace HandlerSdk.Cli.Invoke;

/// <summary>What PATH names: a project to build, or a bootstrap to run as-is.</summary>
internal sealed record FunctionTarget(string? ProjectPath, string? BootstrapPath)
{
    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj"];

    /// <summary>The name the function runs under: its project's name, or the folder that holds its bootstrap.</summary>
    public string FunctionName
    {
        get
        {
            var name = ProjectPath is not null
                ? System.IO.Path.GetFileNameWithoutExtension(ProjectPath)
                : new DirectoryInfo(System.IO.Path.GetDirectoryName(BootstrapPath!)!).Name;
            // Lambda function names are letters, digits, hyphens and underscores.
            var cleaned = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
            return cleaned.Length > 0 ? cleaned : "function";
        }
    }

    public static FunctionTarget Resolve(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            var projects = Directory.GetFiles(fullPath, "*.*proj").Where(IsProject).ToArray();
            if (projects.Length == 1)
            {
                return new FunctionTarget(projects[0], null);
            }

            if (projects.Length > 1)
            {
                throw new UserErrorException($"{fullPath} holds several projects; name one: {string.Join(", ", projects.Select(System.IO.Path.GetFileName))}");
            }

            var bootstrap = System.IO.Path.Combine(fullPath, "bootstrap");
            if (File.Exists(bootstrap))
            {
                return new FunctionTarget(null, bootstrap);
            }

            return SolutionFolder.FunctionProjects(fullPath) switch
            {
                [var only] => new FunctionTarget(only, null),
                [] => throw new UserErrorException($"no project or bootstrap found in {fullPath}"),
                var several => throw new UserErrorException(
                    $"{fullPath} holds several function projects; name one: {string.Join(", ", several.Select(p => System.IO.Path.GetRelativePath(fullPath, p)))}"),
            };
        }

        if (!File.Exists(fullPath))
        {
            throw new UserErrorException($"path not found: {fullPath}");
        }

        return IsProject(fullPath) ? new FunctionTarget(fullPath, null) : new FunctionTarget(null, fullPath);
    }

    private static bool IsProject(string file) =>
        ProjectExtensions.Contains(System.IO.Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);
}
