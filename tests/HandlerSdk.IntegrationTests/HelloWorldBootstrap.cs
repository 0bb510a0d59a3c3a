using System.Diagnostics;
using HandlerSdk.Testing;

namespace HandlerSdk.IntegrationTests;

/// <summary>
/// Publishes samples/HelloWorld as a native-AOT bootstrap once per test run, the way a user would
/// (<c>dotnet publish -c Release -r linux-x64</c>), into a private artifacts folder so that it never races
/// with other builds of the same projects.
/// </summary>
public sealed class HelloWorldBootstrap : IAsyncLifetime
{
    public string Path { get; private set; } = string.Empty;

    public string OutputFolder { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var prebuilt = Environment.GetEnvironmentVariable("HANDLERSDK_HELLOWORLD_BOOTSTRAP");
        if (!string.IsNullOrEmpty(prebuilt))
        {
            Path = prebuilt;
            OutputFolder = System.IO.Path.GetDirectoryName(prebuilt)!;
            return;
        }

        var root = RepositoryRoot.Find();
        var artifacts = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "handlersdk-it-" + Guid.NewGuid().ToString("N")[..8]);
        OutputFolder = System.IO.Path.Combine(artifacts, "out");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "publish", System.IO.Path.Combine(root, "samples", "HelloWorld", "HelloWorld.csproj"),
                "-c", "Release", "-r", "linux-x64", "--artifacts-path", artifacts, "-o", OutputFolder, "-nologo",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of HelloWorld failed ({publish.ExitCode}):\n{await output}\n{await errors}");
        }

        Path = System.IO.Path.Combine(OutputFolder, "bootstrap");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>An emulator running this bootstrap as function <c>hello-world</c>, handler <c>Hello</c>, 10 s timeout.</summary>
    public Task<LambdaEmulator> StartAsync(Action<LambdaEmulatorOptions>? configure = null)
    {
        var options = new LambdaEmulatorOptions { BootstrapPath = Path, FunctionName = "hello-world", Handler = "Hello", Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return LambdaEmulator.StartAsync(options);
    }
}

[CollectionDefinition(Name)]
public sealed class HelloWorldTests : ICollectionFixture<HelloWorldBootstrap>
{
    public const string Name = "HelloWorld AOT";
}
