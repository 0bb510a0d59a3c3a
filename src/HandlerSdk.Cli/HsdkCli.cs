using System.CommandLine;
using HandlerSdk.Cli.Invoke;
using HandlerSdk.Cli.Output;
using HandlerSdk.Cli.Package;
using HandlerSdk.Cli.Serve;
using HandlerSdk.Cli.Template;

namespace HandlerSdk.Cli;

/// <summary>The hsdk command line: parses, then runs the chosen command with user errors mapped to exit code 2.</summary>
internal static class HsdkCli
{
    public static async Task<int> RunAsync(string[] args, ConsoleStreams console, CancellationToken cancellationToken)
    {
        var root = new RootCommand("hsdk: run and package HandlerSdk Lambda functions locally.");
        root.Options.Add(GlobalOptions.NoColor);
        root.Subcommands.Add(InvokeCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(PackageCommand.Create(console));
        root.Subcommands.Add(TemplateCommand.Create(console));
        root.Subcommands.Add(Events.EventsCommand.Create(console));

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine would print every error plus the help text; one line says more.
            await console.Error.WriteLineAsync($"hsdk: {OneLine(parseResult.Errors[0].Message)}").ConfigureAwait(false);
            return ExitCodes.UserError;
        }

        var invocation = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (UserErrorException ex)
        {
            await console.Error.WriteLineAsync($"hsdk: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UserError;
        }
    }

    // Some parser messages list choices on separate lines; a user error stays one line.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
