using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace HandlerSdk.IntegrationTests;

/// <summary><c>dotnet pack src/HandlerSdk -c Release</c>, once, into a private folder (its own artifacts path, so it
/// never races other builds of the same projects). Any warning (NU5xxx included) fails it.</summary>
public sealed class HandlerSdkPackage : IAsyncLifetime
{
    public string Path { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot.Find();
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"handlersdk-it-pack-{Guid.NewGuid().ToString("N")[..8]}");
        var feed = System.IO.Path.Combine(folder, "feed");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "pack", System.IO.Path.Combine(root, "src", "HandlerSdk", "HandlerSdk.csproj"),
                "-c", "Release", "--artifacts-path", System.IO.Path.Combine(folder, "artifacts"), "-o", feed, "-nologo",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var pack = Process.Start(start)!;
        var log = pack.StandardOutput.ReadToEndAsync();
        var errors = pack.StandardError.ReadToEndAsync();
        await pack.WaitForExitAsync();
        var text = await log + "\n" + await errors;
        if (pack.ExitCode != 0 || text.Contains(" warning ", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"dotnet pack of HandlerSdk failed or warned ({pack.ExitCode}):\n{text}");
        }

        Path = Assert.Single(Directory.GetFiles(feed, "HandlerSdk.*.nupkg"));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class HandlerSdkPackageTests(HandlerSdkPackage package) : IClassFixture<HandlerSdkPackage>
{
    [Fact]
    public void The_package_holds_the_library_the_compiler_plugins_the_build_files_and_the_readme()
    {
        using var nupkg = ZipFile.OpenRead(package.Path);
        var entries = nupkg.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        string[] expected =
        [
            "lib/net10.0/HandlerSdk.dll",
            "analyzers/dotnet/cs/HandlerSdk.Generators.dll",
            "analyzers/dotnet/cs/HandlerSdk.Analyzers.dll",
            "analyzers/dotnet/cs/HandlerSdk.CodeFixes.dll",
            "buildTransitive/HandlerSdk.props",
            "buildTransitive/HandlerSdk.targets",
            "build/HandlerSdk.props",
            "build/HandlerSdk.targets",
            "README.md",
        ];
        Assert.All(expected, path => Assert.Contains(path, entries));
        // The compiler plugins run in the compiler, never in the function: nothing of theirs under lib/.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) &&
            (e.Contains("HandlerSdk.Generators", StringComparison.Ordinal) || e.Contains("HandlerSdk.Analyzers", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_nuspec_states_license_repository_readme_and_no_dependency_on_the_compiler_plugins()
    {
        using var nupkg = ZipFile.OpenRead(package.Path);
        using var stream = nupkg.GetEntry("HandlerSdk.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("https://github.com/handlersdk/handlersdk", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("lambda", Value("tags"), StringComparison.Ordinal);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }
}
