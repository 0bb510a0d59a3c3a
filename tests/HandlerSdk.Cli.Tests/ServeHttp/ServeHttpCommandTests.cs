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
        Assert.Equal("hsdk: the project has 2 functions (Echo, Mirror); choose the one that answers HTTP requests with --function NAME.", run.ErrorLines[^1]);
    }

    [Fact]
    public async Task An_unknown_function_is_named_with_those_there_are()
    {
        var run = await CliRun.RunAsync("serve", HttpServeSession.FunctionDirectory, "--port", Port(), "--http", "--http-port", Port(), "--function", "Echoo");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("hsdk: --function Echoo: the project has no such function; it has: Echo, Mirror.", run.ErrorLines[^1]);
    }

    [Theory]
    [InlineData("--payload", "v1")]
    [InlineData("--function", "Echo")]
    [InlineData("--http-port", "8081")]
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
