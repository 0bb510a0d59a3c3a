using HandlerSdk.Testing;

namespace HandlerSdk.IntegrationTests;

/// <summary>samples/Orders (generated serializers for records, collections, enums and dates), published native AOT once.</summary>
public sealed class OrdersBootstrap : IAsyncLifetime
{
    public string Path { get; private set; } = string.Empty;

    public async Task InitializeAsync() => Path = await SamplePublisher.PublishAsync("Orders");

    public Task DisposeAsync() => Task.CompletedTask;

    public Task<LambdaEmulator> StartAsync(string handler = "PlaceOrder") =>
        LambdaEmulator.StartAsync(new LambdaEmulatorOptions { BootstrapPath = Path, FunctionName = "orders", Handler = handler, Timeout = TimeSpan.FromSeconds(10) });
}

[CollectionDefinition(Name)]
public sealed class OrdersTests : ICollectionFixture<OrdersBootstrap>
{
    public const string Name = "Orders AOT";
}
