using HandlerSdk.Cli.Invoke;

namespace HandlerSdk.Cli.Tests;

/// <summary>Commands run from the folder <c>dotnet new lambda-handler</c> creates (solution, function, tests) find the function.</summary>
public sealed class SolutionFolderTests
{
    private static string TemplateContent => Path.Combine(HelloWorldFixture.RepositoryRoot, "src", "HandlerSdk.Templates", "content");

    [Fact]
    public void The_template_folder_resolves_to_its_function_project_not_its_tests()
    {
        using var folder = new TempFolder();
        CopyTemplate(folder.Path);

        var target = FunctionTarget.Resolve(folder.Path);

        Assert.Equal(Path.Combine(folder.Path, "MyFunction", "MyFunction.csproj"), target.ProjectPath);
    }

    [Fact]
    public async Task Two_function_projects_are_one_line_naming_both()
    {
        using var folder = new TempFolder();
        CopyTemplate(folder.Path);
        Directory.CreateDirectory(Path.Combine(folder.Path, "Other"));
        File.Copy(Path.Combine(folder.Path, "MyFunction", "MyFunction.csproj"), Path.Combine(folder.Path, "Other", "Other.csproj"));

        var run = await CliRun.RunAsync("package", folder.Path);

        Assert.Equal(2, run.ExitCode);
        var expected = $"hsdk: {folder.Path} holds several function projects; name one: {Path.Combine("MyFunction", "MyFunction.csproj")}, {Path.Combine("Other", "Other.csproj")}";
        Assert.Equal(expected, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_project_that_does_not_say_it_is_a_function_is_still_the_one_when_alone()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "App"));
        folder.Write(Path.Combine("App", "App.csproj"), """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>""");

        Assert.Equal(Path.Combine(folder.Path, "App", "App.csproj"), FunctionTarget.Resolve(folder.Path).ProjectPath);
    }

    private static void CopyTemplate(string destination)
    {
        foreach (var file in Directory.EnumerateFiles(TemplateContent, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(TemplateContent, file);
            if (relative.StartsWith(".template.config", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(destination, relative))!);
            File.Copy(file, Path.Combine(destination, relative));
        }
    }
}
