using HandlerSdk.Cli.Serve.Http;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>How <c>hsdk serve --http</c> is asked for, and what it says when the choice of function does not work.</summary>
[Collection(HttpEchoFunction.Name)]
public sealed class ServeHttpCommandTests
{
    [Fact]
    public async Task Several_functions_and_no_function_option_is_one_line_naming_them_and_exit_code_2()
    {
        var run = await CliRun.RunAsync("serve", HttpServeSession.FunctionDirectory, "--port", Port(), "--http", "--http-port", Port());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("hsdk: the project has 5 functions (Echo, Mirror, RoutedAlb, RoutedV1, RoutedV2); choose the one that answers HTTP requests with --function NAME.", run.ErrorLines[^1]);
    }

    [Fact]
    public async Task An_unknown_function_is_named_with_those_there_are()
    {
        var run = await CliRun.RunAsync("serve", HttpServeSession.FunctionDirectory, "--port", Port(), "--http", "--http-port", Port(), "--function", "Echoo");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("hsdk: --function Echoo: the project has no such function; it has: Echo, Mirror, RoutedAlb, RoutedV1, RoutedV2.", run.ErrorLines[^1]);
    }

    [Theory]
    [InlineData("--payload", "v1")]
    [InlineData("--function", "Echo")]
    [InlineData("--http-port", "8081")]
    [InlineData("--integration-timeout", "1")]
    public async Task Http_options_without_http_are_an_error(string option, string value)
    {
        var run = await CliRun.RunAsync("serve", HttpServeSession.FunctionDirectory, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} needs --http.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_payload_format_is_an_error_listing_the_formats()
    {
        var run = await CliRun.RunAsync("serve", HttpServeSession.FunctionDirectory, "--http", "--payload", "v3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("v3", run.Error, StringComparison.Ordinal);
        Assert.Contains("alb-multi-value", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v2", "31", "--integration-timeout must be between 0.05 and 30 seconds for API Gateway HTTP API payload 2.0, got 31.")]
    [InlineData("v1", "30", "--integration-timeout must be between 0.05 and 29 seconds for API Gateway REST API proxy payload 1.0, got 30.")]
    [InlineData("v2", "0.01", "--integration-timeout must be between 0.05 and 30 seconds for API Gateway HTTP API payload 2.0, got 0.01.")]
    [InlineData("function-url", "5", "--integration-timeout applies to API Gateway (--payload v2 or v1): Lambda function URL, payload 2.0 waits as long as the function runs.")]
    [InlineData("alb", "5", "--integration-timeout applies to API Gateway (--payload v2 or v1): Application Load Balancer waits as long as the function runs.")]
    public async Task An_integration_timeout_outside_what_the_gateway_allows_is_an_error(string payload, string seconds, string error)
    {
        var run = await CliRun.RunAsync("serve", HttpServeSession.FunctionDirectory, "--http", "--payload", payload, "--integration-timeout", seconds);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(error, run.Error, StringComparison.Ordinal);
    }

    private static string Port() => HttpServeSession.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(new[] { "Only" }, null, "Only", null)]
    [InlineData(new[] { "A", "B" }, "B", "B", null)]
    [InlineData(new string[0], null, null, "the project has no functions to serve over HTTP.")]
    public void The_function_is_the_one_named_or_the_only_one(string[] functions, string? requested, string? chosen, string? error)
    {
        Assert.Equal(chosen, FunctionSelection.Choose(functions, requested, out var actualError));
        Assert.Equal(error, actualError);
    }
}
