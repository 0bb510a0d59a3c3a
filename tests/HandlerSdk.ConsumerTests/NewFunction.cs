using System.IO.Compression;

namespace HandlerSdk.ConsumerTests;

/// <summary>
/// A user's first minutes, on packages packed from this repository: pack the repository (HandlerSdk, HandlerSdk.Testing,
/// the hsdk tool and the template) to a local feed; <c>dotnet new lambda-handler</c> in an empty folder; build and test what it made;
/// install hsdk; <c>hsdk package</c>; <c>hsdk invoke</c>. Done once for all the checks below.
/// </summary>
/// <remarks>
/// Each run packs a version of its own (<c>0.1.0-consumer.…</c>), so a HandlerSdk cached by an earlier pack can never
/// stand in for the one under test.
/// </remarks>
public sealed class NewFunction : IAsyncLifetime
{
    private const string Name = "Probe";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "handlersdk-consumer-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<string> _transcript = [];

    public string Version { get; } = "0.1.0-consumer." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    public string Feed => Path.Combine(_root, "feed");

    public string Work => Path.Combine(_root, "work");

    /// <summary>The file names of what the root <c>dotnet pack</c> made.</summary>
    public IReadOnlyList<string> Packages { get; private set; } = [];

    public Shell.Result? Build { get; private set; }

    public Shell.Result? Test { get; private set; }

    public Shell.Result? Package { get; private set; }

    public Shell.Result? Invoke { get; private set; }

    /// <summary>The compiler's arguments as an IDE's design-time build computes them (the compiler is not run).</summary>
    public Shell.Result? DesignTimeArguments { get; private set; }

    /// <summary>The compiler's arguments as a command-line build computes them (the compiler is not run).</summary>
    public Shell.Result? CommandLineArguments { get; private set; }

    /// <summary>A build of the function with a blocking handler added, after every step above.</summary>
    public Shell.Result? Analysis { get; private set; }

    public string Transcript => string.Join(Environment.NewLine, _transcript);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Work);
        var repository = RepositoryRoot();
        // `dotnet pack` at the root, as a release would: every project that is not a package must say so.
        await Step(repository, "dotnet", "pack", "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nologo");
        Packages = Directory.GetFiles(Feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

        var hive = Path.Combine(_root, "hive");
        await Step(_root, "dotnet", "new", "install", Path.Combine(Feed, $"HandlerSdk.Templates.{Version}.nupkg"), "--debug:custom-hive", hive);
        await Step(Work, "dotnet", "new", "lambda-handler", "-n", Name, "--arch", "x64", "--debug:custom-hive", hive);
        await File.WriteAllTextAsync(Path.Combine(Work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        // `dotnet new -n Probe` made the folder Probe: the user works in it from now on, as its README says.
        var folder = Path.Combine(Work, Name);
        Build = await Step(folder, "dotnet", "build", "-nologo");
        // After the build, so that its files are on disk for a design-time build to (wrongly) pick up.
        string[] compilerArguments = ["msbuild", Path.Combine(Name, Name + ".csproj"), "-nologo", "-t:CoreCompile", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-getItem:CscCommandLineArgs"];
        DesignTimeArguments = await Step(folder, "dotnet", [.. compilerArguments, "-p:DesignTimeBuild=true"]);
        CommandLineArguments = await Step(folder, "dotnet", compilerArguments);
        Test = await Step(folder, "dotnet", "test", "--no-build", "-nologo");
        var tools = Path.Combine(_root, "tools");
        await Step(folder, "dotnet", "tool", "install", "HandlerSdk.Cli", "--tool-path", tools, "--add-source", Feed, "--version", Version);
        var hsdk = Path.Combine(tools, "hsdk");
        Invoke = await Step(folder, hsdk, "invoke", Name, "--event", Path.Combine(Name, "event.json"), "--no-color");
        Package = await Step(folder, hsdk, "package", Name, "--arch", "x64", "--no-color");

        // Last, so that nothing above sees it: a handler that blocks its thread, which the package's analyzers must
        // report in an ordinary build of the user's project.
        await File.WriteAllTextAsync(Path.Combine(folder, Name, "Blocking.cs"), $$"""
            namespace {{Name}};

            public static class Blocking
            {
                [HandlerSdk.LambdaHandler]
                public static async Task<string> Nap(string input)
                {
                    Thread.Sleep(10);
                    await Task.Yield();
                    return input;
                }
            }
            """);
        Analysis = await Step(folder, "dotnet", "build", Name, "-nologo");
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("HANDLERSDK_KEEP_CONSUMER") is null)
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>The function.zip <c>hsdk package</c> wrote, wherever its publish folder is.</summary>
    public string FunctionZip() => Directory.GetFiles(Path.Combine(Work, Name, Name), "function.zip", SearchOption.AllDirectories).Single();

    public static ZipArchiveEntry SingleEntry(ZipArchive zip) => Assert.Single(zip.Entries);

    private async Task<Shell.Result> Step(string directory, string command, params string[] arguments)
    {
        var result = await Shell.RunAsync(directory, command, null, arguments);
        var line = $"$ {Path.GetFileName(command)} {string.Join(' ', arguments)}";
        _transcript.Add(Shell.Describe(line, result));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("A step of a new user's first minutes failed:" + Environment.NewLine + Transcript);
        }

        return result;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HandlerSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("HandlerSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
