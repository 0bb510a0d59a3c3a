using HandlerSdk.Cli.Build;

namespace HandlerSdk.Cli.Package;

/// <summary>
/// Makes sure a publish folder holds an executable named <c>bootstrap</c>. HandlerSdk's publish targets name it so; until
/// they apply (or for a project with its own AssemblyName), the native executable is copied under that name.
/// </summary>
internal static class PublishedBootstrap
{
    public static string Ensure(string publishDirectory, ProjectFile project)
    {
        // A JIT publish leaves the managed assembly beside a launcher that needs a .NET runtime provided.al2023 lacks.
        if (File.Exists(Path.Combine(publishDirectory, project.AssemblyName + ".dll")))
        {
            throw new UserErrorException($"{Path.GetFileName(project.Path)} did not publish native AOT (found {project.AssemblyName}.dll); set <PublishAot>true</PublishAot>");
        }

        var bootstrap = Path.Combine(publishDirectory, "bootstrap");
        if (File.Exists(bootstrap))
        {
            return bootstrap;
        }

        var native = Path.Combine(publishDirectory, project.AssemblyName);
        if (!File.Exists(native))
        {
            throw new UserErrorException($"the publish folder {publishDirectory} holds neither bootstrap nor {project.AssemblyName}; is PublishAot set?");
        }

        File.Copy(native, bootstrap, overwrite: true);
        return bootstrap;
    }
}
