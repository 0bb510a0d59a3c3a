using System.CommandLine;
using System.Globalization;
using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Output;

namespace HandlerSdk.Cli.Invoke;

/// <summary>The <c>hsdk invoke</c> command: its options, and the hand-off to <see cref="InvokeRunner"/>.</summary>
internal static class InvokeCommand
{
    public static Command Create(ConsoleStreams console)
    {
        var path = new Argument<string>("PATH")
        {
            Description = "A function project (folder or .csproj) or a bootstrap executable. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var eventFile = new Option<string>("--event", "-e")
        {
            Description = "The event JSON: a file path, or - for standard input.",
            Required = true,
            HelpName = "FILE|-",
        };
        var handler = new Option<string?>("--handler") { Description = "The handler name, passed as _HANDLER." };
        var environment = new Option<string[]>("--env")
        {
            Description = "An extra environment variable for the function, as KEY=VALUE. Repeatable.",
            HelpName = "KEY=VALUE",
            DefaultValueFactory = _ => [],
        };
        var timeout = new Option<int?>("--timeout") { Description = "The function timeout in seconds (1-900). Default: 3.", HelpName = "SECONDS" };
        timeout.Validators.Add(result => RequireRange(result, 1, 900));
        var memory = new Option<int?>("--memory") { Description = "The memory size in MB (128-10240). Default: 128.", HelpName = "MB" };
        memory.Validators.Add(result => RequireRange(result, 128, 10240));
        var logFormat = new Option<string?>("--log-format") { Description = "The function's log format: Text or JSON." };
        logFormat.AcceptOnlyFromAmong("Text", "JSON");
        var logLevel = new Option<string?>("--log-level") { Description = "The function's log level (AWS_LAMBDA_LOG_LEVEL): TRACE, DEBUG, INFO, WARN, ERROR or FATAL." };
        logLevel.AcceptOnlyFromAmong("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");

        var aot = new Option<bool>("--aot") { Description = "Publish native AOT first and run the published bootstrap, as Lambda would." };
        var rebuild = new Option<bool>("--rebuild") { Description = "Build even when the build output is newer than the sources." };
        var architecture = ArchitectureOption("The architecture whose prices the cost line uses. Default: this machine's.");
        var priceGbSecond = PriceOption("--price-gb-second", $"USD per GB-second. Default: ${LambdaPrices.X64PerGbSecond} (x64) or ${LambdaPrices.Arm64PerGbSecond} (arm64), or {LambdaPrices.GbSecondVariable}.");
        var priceRequest = PriceOption("--price-request", $"USD per million requests. Default: ${LambdaPrices.PerMillionRequestsDefault}, or {LambdaPrices.RequestVariable}.");

        var command = new Command("invoke", "Run a function once under the local Lambda emulator and print its response.")
        {
            path, eventFile, handler, environment, timeout, memory, logFormat, logLevel, aot, rebuild, architecture, priceGbSecond, priceRequest,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new InvokeRequest(
                parseResult.GetValue(path) ?? ".",
                parseResult.GetRequiredValue(eventFile),
                parseResult.GetValue(handler),
                parseResult.GetValue(environment) ?? [],
                parseResult.GetValue(timeout),
                parseResult.GetValue(memory),
                parseResult.GetValue(logFormat),
                parseResult.GetValue(logLevel))
            {
                Aot = parseResult.GetValue(aot),
                Rebuild = parseResult.GetValue(rebuild),
                Architecture = parseResult.GetValue(architecture),
                PricePerGbSecond = parseResult.GetValue(priceGbSecond),
                PricePerMillionRequests = parseResult.GetValue(priceRequest),
            };
            return InvokeRunner.RunAsync(request, CliOutput.For(console, parseResult), cancellationToken);
        });
        return command;
    }

    /// <summary><c>--arch x64|arm64</c>, shared by the commands that care.</summary>
    public static Option<string?> ArchitectureOption(string description)
    {
        var option = new Option<string?>("--arch") { Description = description, HelpName = "x64|arm64" };
        option.AcceptOnlyFromAmong(TargetArchitectures.OptionValues);
        return option;
    }

    private static Option<decimal?> PriceOption(string name, string description)
    {
        var option = new Option<decimal?>(name) { Description = description, HelpName = "USD" };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token]
                && decimal.TryParse(token.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var price)
                && price < 0)
            {
                result.AddError($"{name} must not be negative, got {token.Value}.");
            }
        });
        return option;
    }

    private static void RequireRange(System.CommandLine.Parsing.OptionResult result, int min, int max)
    {
        // Reads the token itself: asking the result for its value throws when the token is not a number at all,
        // a case the parser already reports.
        if (result.Tokens is [var token]
            && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            && (number < min || number > max))
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{result.Option.Name} must be between {min} and {max}, got {number}."));
        }
    }
}
