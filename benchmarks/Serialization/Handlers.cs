namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>
/// Never invoked: these handlers exist so that the generator writes readers and writers for the payload types
/// into <c>HandlerSdk.Generated.LambdaJson</c>, which the benchmarks call directly.
/// </summary>
public static class Handlers
{
    [LambdaHandler]
    public static OrderDocument EchoOrder(OrderDocument order) => order;

    [LambdaHandler]
    public static HttpApiRequest EchoHttpApi(HttpApiRequest request) => request;

    [LambdaHandler]
    public static SqsEvent EchoSqs(SqsEvent batch) => batch;

    [LambdaHandler]
    public static Manifest EchoManifest(Manifest manifest) => manifest;
}
