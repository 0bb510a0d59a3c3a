using System.Diagnostics;

namespace HandlerSdk.IntegrationTests;

/// <summary>
/// Publishes a sample as a native-AOT bootstrap the way a user would (<c>dotnet publish -c Release -r linux-x64</c>, or
/// <c>linux-arm64</c>, cross-compiled from an x64 machine with the toolchain eng/install-arm64-cross.sh installs),
/// into a private artifacts folder so that it never races other builds of the same projects. Any warning in the
/// publish output (trim and AOT analysis included) fails it: samples publish clean.
/// </summary>
internal static class SamplePublisher
{
    public static async Task<string> PublishAsync(string sample, string runtimeIdentifier = "linux-x64")
    {
        var artifacts = Path.Combine(Path.GetTempPath(), $"handlersdk-it-{sample}-{runtimeIdentifier}-{Guid.NewGuid().ToString("N")[..8]}");
        var output = Path.Combine(artifacts, "out");
        var (exitCode, text) = await RunAsync(sample, runtimeIdentifier, artifacts, output);
        if (exitCode != 0 || text.Contains(" warning ", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"dotnet publish of {sample} for {runtimeIdentifier} failed or warned ({exitCode}):\n{text}");
        }

        return Path.Combine(output, "bootstrap");
    }

    /// <summary>Runs <c>dotnet publish</c> with extra <c>-p:</c> properties and returns what it said, for tests of failing publishes.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string sample, string runtimeIdentifier, string artifacts, string output, params string[] properties)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "publish", Path.Combine(RepositoryRoot.Find(), "samples", sample, sample + ".csproj"),
                "-c", "Release", "-r", runtimeIdentifier, "--artifacts-path", artifacts, "-o", output, "-nologo",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var property in properties)
        {
            start.ArgumentList.Add("-p:" + property);
        }

        using var publish = Process.Start(start)!;
        var log = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        return (publish.ExitCode, await log + "\n" + await errors);
    }
}
