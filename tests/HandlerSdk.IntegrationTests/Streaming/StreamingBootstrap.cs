using HandlerSdk.Testing;

namespace HandlerSdk.IntegrationTests.Streaming;

/// <summary>samples/Streaming, published native AOT once, its model pointed at a <see cref="ModelStandIn"/> of the test's.</summary>
public sealed class StreamingBootstrap : IAsyncLifetime
{
    public string Path { get; private set; } = string.Empty;

    public async Task InitializeAsync() => Path = await SamplePublisher.PublishAsync("Streaming");

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The emulator options that run one of the sample's functions against <paramref name="model"/>.</summary>
    public LambdaEmulatorOptions Options(string handler, ModelStandIn model, FunctionOutput? output = null)
    {
        var options = new LambdaEmulatorOptions
        {
            BootstrapPath = Path,
            FunctionName = handler,
            Handler = handler,
            Timeout = TimeSpan.FromSeconds(60),
            OnOutput = output is null ? null : output.Add,
        };
        options.Environment["MODEL_URL"] = model.Address.ToString();
        return options;
    }
}

[CollectionDefinition(Name)]
public sealed class StreamingTests : ICollectionFixture<StreamingBootstrap>
{
    public const string Name = "Streaming AOT";
}
