namespace HandlerSdk.Http;

/// <summary>The peer sent bytes that are not a valid HTTP/1.1 response, or a response we refuse to buffer.</summary>
internal sealed class HttpProtocolException(string message) : Exception(message);

/// <summary>The peer closed the connection before a response began; safe to retry on a new connection.</summary>
internal sealed class HttpConnectionClosedException(string message) : Exception(message);
