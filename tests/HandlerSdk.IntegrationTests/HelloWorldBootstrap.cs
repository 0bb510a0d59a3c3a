using HandlerSdk.Testing;

namespace HandlerSdk.IntegrationTests;

/// <summary>samples/HelloWorld, published native AOT once per test run.</summary>
public sealed class HelloWorldBootstrap : IAsyncLifetime
{
    public string Path { get; private set; } = string.Empty;

    public string OutputFolder { get; private set; } = string.Empty;

    /// <summary>The artifacts folder of this run's publish (a fresh one when the bootstrap came prebuilt): publishing there again reuses the native link.</summary>
    public string Artifacts { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var prebuilt = Environment.GetEnvironmentVariable("HANDLERSDK_HELLOWORLD_BOOTSTRAP");
        if (!string.IsNullOrEmpty(prebuilt))
        {
            Path = prebuilt;
            OutputFolder = System.IO.Path.GetDirectoryName(prebuilt)!;
            Artifacts = Directory.CreateTempSubdirectory("handlersdk-it-HelloWorld-").FullName;
            return;
        }

        Path = await SamplePublisher.PublishAsync("HelloWorld");
        OutputFolder = System.IO.Path.GetDirectoryName(Path)!;
        Artifacts = System.IO.Path.GetDirectoryName(OutputFolder)!;
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
