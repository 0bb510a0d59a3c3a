namespace HandlerSdk.Cli.Serve.Http;

/// <summary>What the gateway answers the HTTP client: a status (with an ALB's own reason phrase), headers in order, a body.</summary>
internal sealed record GatewayResponse(int StatusCode, string? ReasonPhrase, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    /// <summary>A function's streamed answer: <see cref="Body"/> is empty and the body comes from here as it is written.</summary>
    public StreamedResponse? Streamed { get; init; }
}

/// <summary>A function response the gateway cannot turn into an HTTP response; the message says why, for serve's log.</summary>
internal sealed class MalformedResponseException(string message) : Exception(message);
