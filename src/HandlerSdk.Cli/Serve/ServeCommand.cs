using System.CommandLine;
using HandlerSdk.Cli.Output;
using HandlerSdk.Cli.Package;
using HandlerSdk.Cli.Serve.Http;

namespace HandlerSdk.Cli.Serve;

/// <summary>The <c>hsdk serve</c> command: the Invoke API for AWS SDK and CLI clients, one function per handler.</summary>
internal static class ServeCommand
{
    /// <summary>
    /// Ten environments per function: Lambda's own default (1,000 per Region) would be far more JIT processes, at some 30
    /// to 60 MB each, than a laptop should start; ten show the scaling and its cold starts at a cost any machine holds.
    /// </summary>
    public const int DefaultMaxConcurrency = 10;

    private const int MaxMaxConcurrency = 1000;

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
        var maxConcurrency = ConcurrencyOption(
            "--max-concurrency",
            "How many execution environments (processes) each function may run at once; a synchronous call beyond them waits for one. Default: 10.");
        maxConcurrency.DefaultValueFactory = _ => DefaultMaxConcurrency;
        var reservedConcurrency = ConcurrencyOption(
            "--reserved-concurrency",
            "Plays Lambda's reserved concurrency for every function: at most N environments, and a synchronous call beyond them is throttled (429 TooManyRequestsException). Replaces --max-concurrency.");
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
        var http = new Option<bool>("--http") { Description = "Also serve one function over plain HTTP, as API Gateway or an ALB in front of it would (curl, browsers, HttpClient)." };
        var httpPort = PortOption("--http-port", $"The loopback port of the HTTP server (--http). Default: {HttpServeOptions.DefaultPort}.");
        var payload = new Option<string>("--payload")
        {
            Description = "The event each HTTP request becomes (--http): v2 (HTTP API), function-url, v1 (REST API), alb, alb-multi-value. Default: v2.",
            HelpName = "FORMAT",
        };
        payload.AcceptOnlyFromAmong(GatewayFormats.Names);
        var integrationTimeout = new Option<double?>("--integration-timeout")
        {
            Description = "How long API Gateway waits for the function before it answers 503 (v2) or 504 (v1), in seconds, as set on the integration (--http). Default and maximum: 30 (v2), 29 (v1).",
            HelpName = "SECONDS",
        };
        var function = new Option<string>("--function") { Description = "The function that answers HTTP requests (--http); needed when the project has several.", HelpName = "NAME" };
        var command = new Command("serve", "Serve the Lambda Invoke API locally (aws lambda invoke --endpoint-url ...), rebuilding when sources change.")
        {
            path, port, maxConcurrency, reservedConcurrency, allowOrigin, http, httpPort, payload, integrationTimeout, function,
        };
        command.Validators.Add(result =>
        {
            foreach (var needsHttp in (Option[])[httpPort, payload, integrationTimeout, function])
            {
                if (result.GetResult(needsHttp) is { Implicit: false } && !result.GetValue(http))
                {
                    result.AddError($"{needsHttp.Name} needs --http.");
                }
            }

            // The token as written: GetValue throws on a value AcceptOnlyFromAmong refuses, which says so itself.
            var format = result.GetResult(payload) is { Tokens: [var token] } ? token.Value : "v2";
            if (result.GetValue(integrationTimeout) is { } seconds && GatewayFormats.Names.Contains(format) && IntegrationTimeoutError(GatewayFormats.Parse(format), seconds) is { } error)
            {
                result.AddError(error);
            }
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            var reserved = parseResult.GetValue(reservedConcurrency);
            var limit = new ConcurrencyLimit(reserved ?? parseResult.GetValue(maxConcurrency) ?? DefaultMaxConcurrency, ThrottlesWhenFull: reserved is not null);
            var httpOptions = parseResult.GetValue(http)
                ? new HttpServeOptions(
                    parseResult.GetValue(httpPort) ?? HttpServeOptions.DefaultPort,
                    GatewayFormats.Parse(parseResult.GetValue(payload) ?? "v2"),
                    parseResult.GetValue(function),
                    parseResult.GetValue(integrationTimeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null)
                : null;
            return new ServeRunner(CliOutput.For(console, parseResult), parseResult.GetValue(allowOrigin) ?? [], httpOptions).RunAsync(parseResult.GetValue(path) ?? ".", parseResult.GetValue(port), limit, cancellationToken);
        });
        return command;
    }

    /// <summary>
    /// API Gateway's bounds on an integration timeout: 50 ms up to 30 s for an HTTP API, 29 s for a REST API. Function
    /// URLs and ALBs have none of their own: they wait as long as the function runs.
    /// </summary>
    private static string? IntegrationTimeoutError(GatewayFormat format, double seconds)
    {
        if (GatewayErrors.IntegrationTimeout(format) is not { } maximum)
        {
            return $"--integration-timeout applies to API Gateway (--payload v2 or v1): {GatewayFormats.Describe(format)} waits as long as the function runs.";
        }

        var minimum = GatewayErrors.MinimumIntegrationTimeout.TotalSeconds;
        return double.IsFinite(seconds) && seconds >= minimum && seconds <= maximum.TotalSeconds
            ? null
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--integration-timeout must be between {minimum} and {maximum.TotalSeconds} seconds for {GatewayFormats.Describe(format)}, got {seconds}.");
    }

    private static Option<int?> PortOption(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description, HelpName = "PORT" };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is < 1 or > 65535)
            {
                result.AddError($"{name} must be between 1 and 65535, got {number}.");
            }
        });
        return option;
    }

    private static Option<int?> ConcurrencyOption(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description, HelpName = "N" };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is < 1 or > MaxMaxConcurrency)
            {
                result.AddError($"{name} must be between 1 and {MaxMaxConcurrency}, got {number}.");
            }
        });
        return option;
    }
}
