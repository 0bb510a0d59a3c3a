namespace HandlerSdk.Templates.Tests;

internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HandlerSdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("HandlerSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
