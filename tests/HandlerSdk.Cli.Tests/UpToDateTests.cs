using HandlerSdk.Cli.Build;

namespace HandlerSdk.Cli.Tests;

public sealed class UpToDateTests
{
    [Fact]
    public void Output_newer_than_every_source_is_up_to_date_and_an_edit_makes_it_stale()
    {
        using var folder = new TempFolder();
        var source = folder.Write("Handler.cs", "class A;");
        folder.Write("Fn.csproj", "<Project><PropertyGroup><AssemblyName>bootstrap</AssemblyName><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        Directory.CreateDirectory(Path.Combine(folder.Path, "obj"));
        var generated = folder.Write(Path.Combine("obj", "Generated.cs"), "class B;");
        var project = ProjectFile.Read(Path.Combine(folder.Path, "Fn.csproj"));
        Directory.CreateDirectory(project.BuildDirectory);
        File.WriteAllText(project.BuildAssembly, "dll");
        var past = DateTime.UtcNow.AddMinutes(-5);
        File.SetLastWriteTimeUtc(source, past);
        File.SetLastWriteTimeUtc(Path.Combine(folder.Path, "Fn.csproj"), past);
        File.SetLastWriteTimeUtc(generated, DateTime.UtcNow.AddMinutes(5)); // obj/ is build output, not source

        Assert.Equal(Path.Combine(folder.Path, "bin", "Release", "net10.0", "bootstrap.dll"), project.BuildAssembly);
        Assert.True(UpToDateCheck.IsUpToDate(project, project.BuildAssembly));

        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddMinutes(1));
        Assert.False(UpToDateCheck.IsUpToDate(project, project.BuildAssembly));
    }

    [Fact]
    public void Missing_output_is_not_up_to_date()
    {
        using var folder = new TempFolder();
        var project = new ProjectFile(Path.Combine(folder.Path, "Fn.csproj"), folder.Path, "Fn", "net10.0");

        Assert.False(UpToDateCheck.IsUpToDate(project, project.BuildAssembly));
    }
}
