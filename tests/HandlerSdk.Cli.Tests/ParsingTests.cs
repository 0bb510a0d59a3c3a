using HandlerSdk.Cli.Invoke;

namespace HandlerSdk.Cli.Tests;

public sealed class ParsingTests
{
    [Fact]
    public void Env_values_may_contain_equals_signs()
    {
        var parsed = EnvironmentArguments.Parse(["A=1", "URL=http://x?a=b", "EMPTY="]).ToArray();

        Assert.Equal(
            [new("A", "1"), new("URL", "http://x?a=b"), new KeyValuePair<string, string>("EMPTY", "")],
            parsed);
    }

    [Fact]
    public void Folder_with_one_project_is_built()
    {
        using var folder = new TempFolder();
        var project = folder.Write("Fn.csproj", "<Project />");

        var target = FunctionTarget.Resolve(folder.Path);

        Assert.Equal(project, target.ProjectPath);
        Assert.Null(target.BootstrapPath);
    }

    [Fact]
    public void Folder_with_a_bootstrap_runs_it()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.WriteExecutable("bootstrap", "#!/bin/sh");

        var target = FunctionTarget.Resolve(folder.Path);

        Assert.Equal(bootstrap, target.BootstrapPath);
        Assert.Null(target.ProjectPath);
    }

    [Fact]
    public void Project_file_and_executable_paths_are_taken_as_given()
    {
        using var folder = new TempFolder();
        var project = folder.Write("Fn.csproj", "<Project />");
        var executable = folder.WriteExecutable("my-function", "#!/bin/sh");

        Assert.Equal(project, FunctionTarget.Resolve(project).ProjectPath);
        Assert.Equal(executable, FunctionTarget.Resolve(executable).BootstrapPath);
    }

    [Fact]
    public void The_function_is_named_after_its_project_or_the_folder_of_its_bootstrap()
    {
        using var folder = new TempFolder();
        var project = folder.Write("Order Service.csproj", "<Project />");
        var bootstrap = folder.WriteExecutable("bootstrap", "#!/bin/sh");

        Assert.Equal("Order-Service", FunctionTarget.Resolve(project).FunctionName);
        Assert.Equal(new DirectoryInfo(folder.Path).Name, FunctionTarget.Resolve(bootstrap).FunctionName);
    }

    [Fact]
    public void Folder_with_two_projects_asks_for_one()
    {
        using var folder = new TempFolder();
        folder.Write("A.csproj", "<Project />");
        folder.Write("B.csproj", "<Project />");

        var error = Assert.Throws<UserErrorException>(() => FunctionTarget.Resolve(folder.Path));

        Assert.Contains("several projects", error.Message, StringComparison.Ordinal);
    }
}
