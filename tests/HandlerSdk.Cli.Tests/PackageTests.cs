using System.IO.Compression;
using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Output;
using HandlerSdk.Cli.Package;
using HandlerSdk.Cli.Tests.Glibc;

namespace HandlerSdk.Cli.Tests;

public sealed class PackageTests
{
    [Fact]
    public void The_zip_holds_one_executable_bootstrap_entry_with_a_fixed_timestamp()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.Write("bootstrap", "\u007fELF pretend");

        var zip = FunctionZip.Create(bootstrap, Path.Combine(folder.Path, "function.zip"));

        using var archive = ZipFile.OpenRead(zip);
        var entry = Assert.Single(archive.Entries);
        Assert.Equal("bootstrap", entry.FullName);
        Assert.Equal(Convert.ToInt32("100755", 8), (entry.ExternalAttributes >> 16) & 0xFFFF);
        Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime);
    }

    [Fact]
    public void The_same_bootstrap_gives_the_same_zip_bytes()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.Write("bootstrap", "same content");

        var first = File.ReadAllBytes(FunctionZip.Create(bootstrap, Path.Combine(folder.Path, "a.zip")));
        File.SetLastWriteTimeUtc(bootstrap, DateTime.UtcNow.AddHours(1));
        var second = File.ReadAllBytes(FunctionZip.Create(bootstrap, Path.Combine(folder.Path, "b.zip")));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Finishing_a_publish_folder_names_the_executable_bootstrap_and_zips_it()
    {
        using var folder = new TempFolder();
        var native = new ElfImage { Machine = ElfImage.Arm64 }.Needs("libc.so.6", "GLIBC_2.17", "clock_gettime").Build();
        File.WriteAllBytes(Path.Combine(folder.Path, "MyFunction"), native);
        var project = new ProjectFile(Path.Combine(folder.Path, "MyFunction.csproj"), folder.Path, "MyFunction", "net10.0");

        var package = PackageFinisher.Finish(folder.Path, project, TargetArchitecture.Arm64, PackageFinisher.DefaultGlibc);

        Assert.True(File.Exists(Path.Combine(folder.Path, "bootstrap")));
        Assert.Equal(Path.Combine(folder.Path, "function.zip"), package.ZipPath);
        Assert.Equal(native.Length, package.BootstrapBytes);
        Assert.True(package.ZipBytes > 0);
    }

    [Fact]
    public void A_bootstrap_needing_a_newer_glibc_than_the_runtime_is_a_user_error_and_leaves_no_zip()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "bootstrap"), new ElfImage().Needs("libc.so.6", "GLIBC_2.38", "__isoc23_strtol").Build());
        folder.Write("function.zip", "the zip of an earlier, good bootstrap");
        var project = new ProjectFile(Path.Combine(folder.Path, "Fn.csproj"), folder.Path, "Fn", "net10.0");

        var error = Assert.Throws<UserErrorException>(() => PackageFinisher.Finish(folder.Path, project, TargetArchitecture.X64, PackageFinisher.DefaultGlibc));

        Assert.Contains("needs glibc 2.38, but provided.al2023 has glibc 2.34", error.Message, StringComparison.Ordinal);
        Assert.Contains("GLIBC_2.38 (__isoc23_strtol)", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "function.zip")));
    }

    [Fact]
    public void Glibc_none_skips_the_check()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "bootstrap"), new ElfImage().Needs("libc.so.6", "GLIBC_2.38", "__isoc23_strtol").Build());
        var project = new ProjectFile(Path.Combine(folder.Path, "Fn.csproj"), folder.Path, "Fn", "net10.0");

        Assert.Null(PackageCommand.TargetGlibc("none"));
        Assert.True(File.Exists(PackageFinisher.Finish(folder.Path, project, TargetArchitecture.X64, PackageCommand.TargetGlibc("none")).ZipPath));
        Assert.Equal(new Version(2, 26), PackageCommand.TargetGlibc("2.26"));
        Assert.Equal("--glibc: 'al2' is not a glibc version such as 2.34", Assert.Throws<UserErrorException>(() => PackageCommand.TargetGlibc("al2")).Message);
    }

    [Fact]
    public void A_publish_folder_without_an_executable_is_a_user_error()
    {
        using var folder = new TempFolder();
        var project = new ProjectFile(Path.Combine(folder.Path, "Fn.csproj"), folder.Path, "Fn", "net10.0");

        var error = Assert.Throws<UserErrorException>(() => PackageFinisher.Finish(folder.Path, project, TargetArchitecture.X64, PackageFinisher.DefaultGlibc));

        Assert.Contains("neither bootstrap nor Fn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_publish_that_is_not_native_aot_is_a_user_error()
    {
        using var folder = new TempFolder();
        folder.Write("Fn", "apphost");
        folder.Write("Fn.dll", "managed");
        var project = new ProjectFile(Path.Combine(folder.Path, "Fn.csproj"), folder.Path, "Fn", "net10.0");

        var error = Assert.Throws<UserErrorException>(() => PackageFinisher.Finish(folder.Path, project, TargetArchitecture.X64, PackageFinisher.DefaultGlibc));

        Assert.Equal("Fn.csproj did not publish native AOT (found Fn.dll); set <PublishAot>true</PublishAot>", error.Message);
    }

    [Fact]
    public void The_summary_is_plain_aligned_text_when_not_a_terminal()
    {
        using var output = new StringWriter();
        var cli = CliOutput.For(new ConsoleStreams(TextReader.Null, output, output) { IsTerminal = true }, noColor: true);

        PackageFinisher.Print(
            new PackageResult("/p/function.zip", 2_000_000, 900_000, TargetArchitecture.Arm64),
            [new HandlerInfo("Hello", "HelloWorld.Greeter.HelloAsync", 10, 0)],
            cli);

        Assert.Equal(
            """
            Package         Value
            zip             /p/function.zip
            bootstrap size  1.91 MB (2000000 bytes)
            zip size        878.9 KB (900000 bytes)
            architecture    arm64
            Handler  Method                         Timeout (s)  Memory (MB)
            Hello    HelloWorld.Greeter.HelloAsync  10           default (128)

            """.ReplaceLineEndings(),
            output.ToString());
    }

    [Fact]
    public void The_summary_is_a_table_on_a_terminal()
    {
        using var output = new StringWriter();
        var cli = CliOutput.For(new ConsoleStreams(TextReader.Null, output, output) { IsTerminal = true }, noColor: false);
        if (!cli.IsRich)
        {
            return; // NO_COLOR is set in this environment.
        }

        PackageFinisher.Print(new PackageResult("/p/function.zip", 1, 1, TargetArchitecture.X64), [], cli);

        Assert.Matches("[│|]", output.ToString());
    }
}
