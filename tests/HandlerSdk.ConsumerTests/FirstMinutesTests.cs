using System.IO.Compression;

namespace HandlerSdk.ConsumerTests;

/// <summary>From an empty folder to a locally invoked function.zip, with packages built from this repository: what the README promises.</summary>
public sealed class FirstMinutesTests(NewFunction function) : IClassFixture<NewFunction>
{
    [Fact]
    public void A_root_pack_makes_exactly_the_four_packages() => Assert.Equal(
        [
            $"HandlerSdk.{function.Version}.nupkg",
            $"HandlerSdk.Cli.{function.Version}.nupkg",
            $"HandlerSdk.Templates.{function.Version}.nupkg",
            $"HandlerSdk.Testing.{function.Version}.nupkg",
        ],
        function.Packages);

    [Fact]
    public void The_new_function_builds_without_a_warning()
    {
        Assert.DoesNotContain(" warning ", function.Build!.All, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("0 Warning(s)", function.Build.All, StringComparison.Ordinal);
    }

    [Fact]
    public void The_packaged_analyzers_report_on_handler_code()
    {
        // HSDK1002 comes from HandlerSdk.Analyzers.dll, shipped beside the generator in analyzers/dotnet/cs.
        Assert.Contains("warning HSDK1002", function.Analysis!.All, StringComparison.Ordinal);
        Assert.Contains("Nap → Thread.Sleep", function.Analysis.All, StringComparison.Ordinal);
    }

    [Fact(Skip = "Fails in CI: the command-line CoreCompile arguments of the packaged consumer lack HandlerSdk.CommandLine.globalconfig (msbuild -t:CoreCompile -getItem:CscCommandLineArgs); find why before trusting the mode fix in packages")]
    public void Only_a_command_line_build_hands_the_compiler_build_mode_so_a_terminal_build_cannot_switch_an_open_IDE()
    {
        const string CommandLineConfig = "HandlerSdk.CommandLine.globalconfig";
        Assert.Contains(CommandLineConfig, function.CommandLineArguments!.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(CommandLineConfig, function.DesignTimeArguments!.Output, StringComparison.Ordinal);
        Assert.Contains("GeneratedMSBuildEditorConfig.editorconfig", function.DesignTimeArguments.Output, StringComparison.Ordinal);

        // The file both kinds of build write, and an IDE watches, says nothing about the mode.
        var obj = Path.Combine(function.Work, "Probe", "Probe", "obj");
        var generated = Directory.GetFiles(obj, "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories);
        Assert.NotEmpty(generated);
        Assert.All(generated, file => Assert.DoesNotContain("HandlerSdkAnalysis", File.ReadAllText(file), StringComparison.Ordinal));
        // One per configuration built (Debug; Release from hsdk package).
        var commandLine = Directory.GetFiles(obj, CommandLineConfig, SearchOption.AllDirectories);
        Assert.NotEmpty(commandLine);
        Assert.All(commandLine, file => Assert.Contains("build_property.HandlerSdkAnalysis = build", File.ReadAllText(file), StringComparison.Ordinal));
    }

    [Fact]
    public void Its_own_tests_pass()
    {
        Assert.Contains("Passed!", function.Test!.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed!", function.Test.All, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_is_a_zip_with_an_executable_ELF_bootstrap_at_its_root()
    {
        using var zip = ZipFile.OpenRead(function.FunctionZip());
        var entry = NewFunction.SingleEntry(zip);
        Assert.Equal("bootstrap", entry.FullName);
        // Unix mode in the high 16 bits: a regular file (0100000), rwxr-xr-x (0755).
        Assert.Equal(0x81ED, (entry.ExternalAttributes >> 16) & 0xFFFF);
        using var stream = entry.Open();
        var magic = new byte[4];
        stream.ReadExactly(magic);
        Assert.Equal("\u007fELF"u8.ToArray(), magic);
    }

    [Fact]
    public void The_bootstrap_is_small()
    {
        using var zip = ZipFile.OpenRead(function.FunctionZip());
        // The template's function: at most 3 MB (issue 5's goal).
        Assert.InRange(NewFunction.SingleEntry(zip).Length, 1, 3 * 1024 * 1024);
    }

    [Fact]
    public void Hsdk_invoke_answers_the_sample_event()
    {
        Assert.Contains("Hello, Ada!", function.Invoke!.Output, StringComparison.Ordinal);
        Assert.Contains("REPORT RequestId:", function.Invoke.All, StringComparison.Ordinal);
    }
}
