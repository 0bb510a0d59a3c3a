namespace HandlerSdk.Cli.Build;

/// <summary>Runs the dotnet CLI and captures its output, so a failure can be reported as the user's build error.</summary>
internal static class DotnetProcess
{
    public static Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        Testing.Internal.DotnetCommand.RunAsync(arguments, cancellationToken);

    /// <summary>Runs dotnet and turns a non-zero exit into a user error whose message is the tool's own output.</summary>
    public static async Task RunOrFailAsync(string what, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunAsync(arguments, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            // Keep the one-line convention: the first error line says what to fix.
            var firstError = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
                ?? output.Trim().Split('\n').LastOrDefault()?.Trim() ?? "";
            throw new UserErrorException($"{what} failed (exit code {exitCode}): {firstError}");
        }
    }
}
