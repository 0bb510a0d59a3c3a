using System.CommandLine;
using HandlerSdk.Cli.Invoke;
using HandlerSdk.Cli.Output;

namespace HandlerSdk.Cli.Package;

/// <summary>The <c>hsdk package</c> command: publish native AOT, make function.zip, show what was made.</summary>
internal static class PackageCommand
{
    public static Command Create(ConsoleStreams console)
    {
        var path = ProjectArgument();
        var architecture = InvokeCommand.ArchitectureOption("The Lambda architecture to publish for. Default: x64.");
        var output = new Option<string?>("--output", "-o") { Description = "The publish folder. Default: bin/Release/{tfm}/linux-{arch}/publish.", HelpName = "DIR" };
        var command = new Command("package", "Publish the function as a native-AOT bootstrap and function.zip, and list its handlers.")
        {
            path, architecture, output,
        };
        command.SetAction((parseResult, cancellationToken) => PackageRunner.RunAsync(
            parseResult.GetValue(path) ?? ".",
            Build.TargetArchitectures.Parse(parseResult.GetValue(architecture) ?? "x64"),
            parseResult.GetValue(output),
            CliOutput.For(console, parseResult),
            cancellationToken));
        return command;
    }

    /// <summary>The optional PROJECT argument shared by package, template and serve.</summary>
    public static Argument<string> ProjectArgument() => new("PROJECT")
    {
        Description = "The function project (folder or .csproj). Default: the current folder.",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => ".",
    };
}
