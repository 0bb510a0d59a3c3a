using System.Xml.Linq;

namespace HandlerSdk.Templates.Tests;

[Collection(TemplateInstances.Name)]
public sealed class TemplateTests(TemplateFixture template)
{
    private static readonly string[] ProbeFiles =
    [
        "README.md",
        "Probe.slnx",
        "Probe/Probe.csproj",
        "Probe/Function.cs",
        "Probe/event.json",
        "Probe.Tests/Probe.Tests.csproj",
        "Probe.Tests/FunctionTests.cs",
        "Probe.Tests/LocalLambda.cs",
    ];

    [Fact]
    public void Creates_the_function_its_event_its_tests_and_a_readme()
    {
        var files = Directory.GetFiles(template.Probe, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(template.Probe, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(ProbeFiles.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void The_name_replaces_MyFunction_in_file_names_namespaces_and_projects()
    {
        foreach (var file in Directory.GetFiles(template.Probe, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("MyFunction", file, StringComparison.Ordinal);
            Assert.DoesNotContain("MyFunction", text, StringComparison.Ordinal);
            Assert.DoesNotContain("HANDLERSDK_", text, StringComparison.Ordinal);
        }

        Assert.Contains("namespace Probe;", Read("Probe/Function.cs"), StringComparison.Ordinal);
        Assert.Contains("namespace Probe.Tests;", Read("Probe.Tests/FunctionTests.cs"), StringComparison.Ordinal);
        Assert.Equal("Probe", Property("Probe/Probe.csproj", "RootNamespace"));
        Assert.Contains("<Project Path=\"Probe/Probe.csproj\" />", Read("Probe.slnx"), StringComparison.Ordinal);
        Assert.Contains("../Probe/Probe.csproj", Read("Probe.Tests/Probe.Tests.csproj"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_function_is_an_executable_built_for_the_JIT_with_the_architecture_kept_for_publish()
    {
        var project = XDocument.Load(Path.Combine(template.Probe, "Probe/Probe.csproj"));

        Assert.Equal("Exe", Property(project, "OutputType"));
        Assert.Equal("net10.0", Property(project, "TargetFramework"));
        Assert.Equal("enable", Property(project, "Nullable"));
        Assert.Equal("enable", Property(project, "ImplicitUsings"));
        Assert.Equal("arm64", Property(project, "HandlerSdkArchitecture"));
        // Local builds and hsdk invoke run on the JIT; the runtime identifier comes with `dotnet publish -r`.
        Assert.Null(Property(project, "RuntimeIdentifier"));
        // Restore must know a publish is native AOT (to fetch the compiler) before package build files exist: so here.
        Assert.Equal("true", Property(project, "PublishAot"));
        // The buildTransitive targets name the native executable bootstrap; the user's assembly keeps its name.
        Assert.Null(Property(project, "AssemblyName"));
    }

    [Fact]
    public void The_readme_gives_the_three_commands_and_the_publish_and_deploy_commands_for_the_chosen_architecture()
    {
        var readme = Read("README.md");

        Assert.Contains("dotnet new lambda-handler -n Probe --arch arm64", readme, StringComparison.Ordinal);
        Assert.Contains("hsdk invoke Probe --event Probe/event.json", readme, StringComparison.Ordinal);
        Assert.Contains("hsdk package Probe --arch arm64", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet publish Probe -c Release -r linux-arm64", readme, StringComparison.Ordinal);
        Assert.Contains("--runtime provided.al2023 --architectures arm64 --handler Handle", readme, StringComparison.Ordinal);
        Assert.Contains("--zip-file fileb://", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("x64", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("x86_64", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_options_the_function_is_for_x64()
    {
        var readme = File.ReadAllText(Path.Combine(template.Defaults, "README.md"));

        Assert.Equal("x64", Property(XDocument.Load(Path.Combine(template.Defaults, "Defaults/Defaults.csproj")), "HandlerSdkArchitecture"));
        Assert.Contains("dotnet publish Defaults -c Release -r linux-x64", readme, StringComparison.Ordinal);
        Assert.Contains("--architectures x86_64", readme, StringComparison.Ordinal);
        Assert.Contains("hsdk package Defaults --arch x64", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("arm64", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_HandlerSdk_packages_default_to_the_version_the_repository_builds()
    {
        Assert.Equal(template.SdkVersion, PackageVersion(Path.Combine(template.Probe, "Probe/Probe.csproj"), "HandlerSdk"));
        Assert.Equal(template.SdkVersion, PackageVersion(Path.Combine(template.Probe, "Probe.Tests/Probe.Tests.csproj"), "HandlerSdk.Testing"));
    }

    [Fact]
    public void Sdk_version_pins_the_HandlerSdk_packages()
    {
        Assert.Equal("9.8.7", PackageVersion(Path.Combine(template.Pinned, "Pinned/Pinned.csproj"), "HandlerSdk"));
        Assert.Equal("9.8.7", PackageVersion(Path.Combine(template.Pinned, "Pinned.Tests/Pinned.Tests.csproj"), "HandlerSdk.Testing"));
    }

    [Fact]
    public void Every_package_reference_has_its_version_and_test_packages_match_the_repository()
    {
        // A new function has no Directory.Packages.props: central package management must not be needed.
        var central = XDocument.Load(Path.Combine(template.RepositoryRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(package => (string)package.Attribute("Include")!, package => (string)package.Attribute("Version")!, StringComparer.Ordinal);

        foreach (var project in new[] { "Probe/Probe.csproj", "Probe.Tests/Probe.Tests.csproj" })
        {
            foreach (var reference in XDocument.Load(Path.Combine(template.Probe, project)).Descendants("PackageReference"))
            {
                var id = (string)reference.Attribute("Include")!;
                var version = (string?)reference.Attribute("Version");
                Assert.False(string.IsNullOrEmpty(version), $"{project}: {id} has no Version");
                if (central.TryGetValue(id, out var expected))
                {
                    Assert.Equal(expected, version);
                }
            }
        }
    }

    [Fact]
    public void A_name_that_is_no_namespace_keeps_its_paths_and_commands_and_gets_a_safe_namespace()
    {
        var folder = template.Hyphenated;
        var solution = XDocument.Load(Path.Combine(folder, "my-function.slnx"));
        var tests = File.ReadAllText(Path.Combine(folder, "my-function.Tests", "my-function.Tests.csproj"));
        var readme = File.ReadAllText(Path.Combine(folder, "README.md"));

        Assert.All(solution.Descendants("Project"), project => Assert.True(File.Exists(Path.Combine(folder, (string)project.Attribute("Path")!))));
        Assert.Contains("../my-function/my-function.csproj", tests, StringComparison.Ordinal);
        Assert.Contains("../my-function/event.json", tests, StringComparison.Ordinal);
        Assert.Contains("namespace my_function;", File.ReadAllText(Path.Combine(folder, "my-function", "Function.cs")), StringComparison.Ordinal);
        Assert.Contains("hsdk invoke my-function --event my-function/event.json", readme, StringComparison.Ordinal);
        Assert.Contains("--function-name my-function", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("my_function", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_event_is_the_greeting_the_handler_expects()
    {
        using var sample = System.Text.Json.JsonDocument.Parse(Read("Probe/event.json"));

        Assert.Equal("Ada", sample.RootElement.GetProperty("name").GetString());
        Assert.Contains("[LambdaHandler(TimeoutSeconds = 30)]", Read("Probe/Function.cs"), StringComparison.Ordinal);
        Assert.Contains("Handle(GreetingRequest request, ILambdaContext context, CancellationToken cancellationToken)", Read("Probe/Function.cs"), StringComparison.Ordinal);
    }

    private string Read(string relativePath) => File.ReadAllText(Path.Combine(template.Probe, relativePath));

    private string? Property(string relativePath, string name) => Property(XDocument.Load(Path.Combine(template.Probe, relativePath)), name);

    private static string? Property(XDocument project, string name) =>
        project.Root!.Elements("PropertyGroup").Elements(name).SingleOrDefault()?.Value;

    private static string? PackageVersion(string project, string id) =>
        (string?)XDocument.Load(project).Descendants("PackageReference")
            .Single(reference => (string?)reference.Attribute("Include") == id)
            .Attribute("Version");
}
