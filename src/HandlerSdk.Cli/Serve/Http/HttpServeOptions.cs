namespace HandlerSdk.Cli.Serve.Http;

/// <summary>What <c>hsdk serve --http</c> was asked for: its loopback port, the payload it builds, and which function answers.</summary>
/// <param name="Port">The loopback port of the HTTP server.</param>
/// <param name="Format">The payload each request becomes.</param>
/// <param name="Function">The function that answers every request; null picks the project's only function.</param>
/// <param name="IntegrationTimeout">
/// <c>--integration-timeout</c>: how long API Gateway waits for the function, when set shorter than its maximum.
/// </param>
internal sealed record HttpServeOptions(int Port, GatewayFormat Format, string? Function, TimeSpan? IntegrationTimeout = null)
{
    public const int DefaultPort = 8080;

    /// <summary>How long the gateway waits for the function; null for as long as the function runs.</summary>
    public TimeSpan? Wait => IntegrationTimeout ?? GatewayErrors.IntegrationTimeout(Format);
}
