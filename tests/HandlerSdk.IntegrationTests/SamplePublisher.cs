using System.Diagnostics;

namespace HandlerSdk.IntegrationTests;

/// <summary>
/// Publishes a sample as a native-AOT bootstrap the way a user would (<c>dotnet publish -c Release -r linux-x64</c>),
/// into a private artifacts folder so that it never races other builds of the same projects. Any warning in the
/// publish output (trim and AOT analysis included) fails it: samples publish clean.
/// </summary>
internal static class SamplePublisher
{
    public static async Task<string> PublishAsync(string sample)
    {
        var root = RepositoryRoot.Find();
        var artifacts = Path.Combine(Path.GetTempPath(), $"handlersdk-it-{sample}-{Guid.NewGuid().ToString("N")[..8]}");
        var output = Path.Combine(artifacts, "out");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "publish", Path.Combine(root, "samples", sample, sample + ".csproj"),
                "-c", "Release", "-r", "linux-x64", "--artifacts-path", artifacts, "-o", output, "-nologo",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var log = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        var text = await log + "\n" + await errors;
        if (publish.ExitCode != 0 || text.Contains(" warning ", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"dotnet publish of {sample} failed or warned ({publish.ExitCode}):\n{text}");
        }

        return Path.Combine(output, "bootstrap");
    }
}
