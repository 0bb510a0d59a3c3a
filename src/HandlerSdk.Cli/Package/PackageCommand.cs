using System.CommandLine;
using HandlerSdk.Cli.Invoke;
using HandlerSdk.Cli.Output;
using HandlerSdk.Publishing;

namespace HandlerSdk.Cli.Package;

/// <summary>The <c>hsdk package</c> command: publish native AOT, make function.zip, show what was made.</summary>
internal static class PackageCommand
{
    public static Command Create(ConsoleStreams console)
    {
        var path = ProjectArgument();
        var architecture = InvokeCommand.ArchitectureOption("The Lambda architecture to publish for. Default: x64.");
        var output = new Option<string?>("--output", "-o") { Description = "The publish folder. Default: bin/Release/{tfm}/linux-{arch}/publish.", HelpName = "DIR" };
        var glibc = new Option<string?>("--glibc")
        {
            Description = "The newest glibc the bootstrap may need: 2.34 (provided.al2023, the default), 2.26 (provided.al2), or none to skip the check.",
            HelpName = "VERSION|none",
        };
        var command = new Command("package", "Publish the function as a native-AOT bootstrap and function.zip, and list its handlers.")
        {
            path, architecture, output, glibc,
        };
        command.SetAction((parseResult, cancellationToken) => PackageRunner.RunAsync(
            parseResult.GetValue(path) ?? ".",
            Build.TargetArchitectures.Parse(parseResult.GetValue(architecture) ?? "x64"),
            parseResult.GetValue(output),
            TargetGlibc(parseResult.GetValue(glibc)),
            parseResult.GetValue(glibc) is not null,
            CliOutput.For(console, parseResult),
            cancellationToken));
        return command;
    }

    /// <summary>The <c>--glibc</c> value: null for <c>none</c>.</summary>
    public static Version? TargetGlibc(string? value)
    {
        if (value is null)
        {
            return PackageFinisher.DefaultGlibc;
        }

        if (value.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return GlibcRequirements.ParseGlibc(value);
        }
        catch (ArgumentException error)
        {
            throw new UserErrorException("--glibc: " + error.Message);
        }
    }

    /// <summary>The optional PROJECT argument shared by package, template and serve.</summary>
    public static Argument<string> ProjectArgument() => new("PROJECT")
    {
        Description = "The function project (folder or .csproj). Default: the current folder.",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => ".",
    };
}
