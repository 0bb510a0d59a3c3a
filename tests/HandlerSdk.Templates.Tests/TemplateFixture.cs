using System.Xml.Linq;

namespace HandlerSdk.Templates.Tests;

/// <summary>
/// Packs src/HandlerSdk.Templates, installs the package into a template cache of its own (never the user's) and
/// instantiates it the ways the tests look at, once for all of them.
/// </summary>
public sealed class TemplateFixture : IAsyncLifetime
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    public string RepositoryRoot { get; } = Tests.RepositoryRoot.Find();

    public string Root { get; } = Directory.CreateTempSubdirectory("hsdk-template-").FullName;

    public string Hive => Path.Combine(Root, "hive");

    /// <summary>The HandlerSdk version the repository builds (Directory.Build.props), which the package stamps in.</summary>
    public string SdkVersion { get; private set; } = "";

    /// <summary><c>dotnet new lambda-handler -n Probe --arch arm64</c>.</summary>
    public string Probe => Path.Combine(Root, "probe");

    /// <summary><c>dotnet new lambda-handler -n Defaults</c>: no options.</summary>
    public string Defaults => Path.Combine(Root, "defaults");

    /// <summary><c>dotnet new lambda-handler -n Pinned --sdk-version 9.8.7</c>.</summary>
    public string Pinned => Path.Combine(Root, "pinned");

    /// <summary><c>dotnet new lambda-handler -n my-function</c>: a name that is not a valid namespace.</summary>
    public string Hyphenated => Path.Combine(Root, "hyphenated");

    public async Task InitializeAsync()
    {
        SdkVersion = XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Build.props")).Descendants("Version").Single().Value;

        var feed = Path.Combine(Root, "feed");
        (await DotnetCli.RunAsync(RepositoryRoot, CommandTimeout, "pack", Path.Combine("src", "HandlerSdk.Templates"), "-c", "Release", "-o", feed, "-nologo"))
            .EnsureSuccess();
        var package = Directory.GetFiles(feed, "HandlerSdk.Templates.*.nupkg").Single();
        (await DotnetCli.RunAsync(Root, CommandTimeout, "new", "install", package, "--debug:custom-hive", Hive)).EnsureSuccess();

        await NewAsync(Probe, "-n", "Probe", "--arch", "arm64");
        await NewAsync(Defaults, "-n", "Defaults");
        await NewAsync(Pinned, "-n", "Pinned", "--sdk-version", "9.8.7");
        await NewAsync(Hyphenated, "-n", "my-function");
    }

    public async Task NewAsync(string output, params string[] arguments) =>
        (await DotnetCli.RunAsync(Root, CommandTimeout, ["new", "lambda-handler", .. arguments, "-o", output, "--debug:custom-hive", Hive])).EnsureSuccess();

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }
}
