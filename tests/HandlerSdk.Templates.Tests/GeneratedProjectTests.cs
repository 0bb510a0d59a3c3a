using System.Reflection;
using System.Xml.Linq;

namespace HandlerSdk.Templates.Tests;

/// <summary>
/// Builds a new function and runs its own tests. No feed here has the HandlerSdk packages, so the generated projects'
/// references to them become references to the repository's projects, delivered the way the packages deliver them
/// (the generator as an analyzer, the buildTransitive props imported); everything else is the template's output.
/// </summary>
[Collection(TemplateInstances.Name)]
public sealed class GeneratedProjectTests(TemplateFixture template)
{
    // The configuration this assembly was built in: the solution build has built the referenced projects in it.
    private static readonly string Configuration = typeof(GeneratedProjectTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "Configuration").Value!;

    [Fact]
    public async Task The_new_function_builds_with_no_warning_and_its_tests_invoke_it_with_the_sample_event()
    {
        var folder = Path.Combine(template.Root, "build");
        await template.NewAsync(folder, "-n", "Probe", "--arch", "arm64");
        ApplyRepositoryRules(folder);
        ReferenceRepositoryProjects(Path.Combine(folder, "Probe", "Probe.csproj"), "HandlerSdk", isFunction: true);
        ReferenceRepositoryProjects(Path.Combine(folder, "Probe.Tests", "Probe.Tests.csproj"), "HandlerSdk.Testing", isFunction: false);

        // Builds both projects (warnings are errors), then the template's tests build the function in Release through
        // LambdaEmulator and invoke its handler with event.json.
        var run = await DotnetCli.RunAsync(folder, TemplateFixture.CommandTimeout, "test", "Probe.slnx", "-nologo");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.DoesNotContain(": warning ", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Failed:\s+0, Passed:\s+2,", run.Output);
    }

    // The repository's bar, not a user's: warnings as errors, latest-recommended analyzers, code style and the
    // repository's .editorconfig. Template code carries no XML docs, so only CS1591 is let through.
    private void ApplyRepositoryRules(string folder)
    {
        File.Copy(Path.Combine(template.RepositoryRoot, ".editorconfig"), Path.Combine(folder, ".editorconfig"));
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), """
            <Project>
              <PropertyGroup>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>
                <AnalysisLevel>latest-recommended</AnalysisLevel>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
              </PropertyGroup>
            </Project>
            """);
    }

    private void ReferenceRepositoryProjects(string projectFile, string packageId, bool isFunction)
    {
        var project = XDocument.Load(projectFile);
        var root = project.Root!;
        var package = root.Descendants("PackageReference").Single(reference => (string?)reference.Attribute("Include") == packageId);
        var src = Path.Combine(template.RepositoryRoot, "src");

        package.AddAfterSelf(ProjectReference(Path.Combine(src, packageId, packageId + ".csproj")));
        if (isFunction)
        {
            var generator = ProjectReference(Path.Combine(src, "HandlerSdk.Generators", "HandlerSdk.Generators.csproj"));
            generator.Add(new XAttribute("OutputItemType", "Analyzer"), new XAttribute("ReferenceOutputAssembly", "false"));
            package.AddAfterSelf(generator);

            var buildTransitive = Path.Combine(src, "HandlerSdk", "buildTransitive");
            root.AddFirst(Import(Path.Combine(buildTransitive, "HandlerSdk.props")));
            root.Add(Import(Path.Combine(buildTransitive, "HandlerSdk.targets")));
        }

        package.Remove();
        project.Save(projectFile);
    }

    private static XElement ProjectReference(string path) =>
        new("ProjectReference", new XAttribute("Include", path), new XAttribute("SetConfiguration", "Configuration=" + Configuration));

    private static XElement Import(string path) =>
        new("Import", new XAttribute("Project", path), new XAttribute("Condition", $"Exists('{path}')"));
}
