using System.CommandLine;
using HandlerSdk.Cli.Output;
using HandlerSdk.Cli.Package;

namespace HandlerSdk.Cli.Serve;

/// <summary>The <c>hsdk serve</c> command: the Invoke API for AWS SDK and CLI clients, one function per handler.</summary>
internal static class ServeCommand
{
    public static Command Create(ConsoleStreams console)
    {
        var path = PackageCommand.ProjectArgument();
        var port = new Option<int>("--port", "-p") { Description = "The loopback port of the Invoke API. Default: 9001.", DefaultValueFactory = _ => 9001 };
        port.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is < 1 or > 65535)
            {
                result.AddError($"--port must be between 1 and 65535, got {number}.");
            }
        });
        var allowOrigin = new Option<string[]>("--allow-origin")
        {
            Description = "A browser origin (scheme://host[:port]) whose web pages may call the functions; other sites are refused. Repeatable.",
            HelpName = "ORIGIN",
            DefaultValueFactory = _ => [],
        };
        allowOrigin.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (Testing.Internal.WebOrigin.TryNormalize(token.Value) is null)
                {
                    result.AddError("--allow-origin: " + Testing.Internal.WebOrigin.InvalidMessage(token.Value));
                }
            }
        });
        var command = new Command("serve", "Serve the Lambda Invoke API locally (aws lambda invoke --endpoint-url ...), rebuilding when sources change.") { path, port, allowOrigin };
        command.SetAction((parseResult, cancellationToken) =>
            new ServeRunner(CliOutput.For(console, parseResult), parseResult.GetValue(allowOrigin) ?? [])
                .RunAsync(parseResult.GetValue(path) ?? ".", parseResult.GetValue(port), cancellationToken));
        return command;
    }
}
