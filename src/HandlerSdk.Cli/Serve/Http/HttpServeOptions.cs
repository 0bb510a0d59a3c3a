namespace HandlerSdk.Cli.Serve.Http;

/// <summary>What <c>hsdk serve --http</c> was asked for: its loopback port, the payload it builds, and which function answers.</summary>
/// <param name="Port">The loopback port of the HTTP server.</param>
/// <param name="Format">The payload each request becomes.</param>
/// <param name="Function">The function that answers every request; null picks the project's only function.</param>
internal sealed record HttpServeOptions(int Port, GatewayFormat Format, string? Function)
{
    public const int DefaultPort = 8080;
}
