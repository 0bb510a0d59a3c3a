namespace HandlerSdk.RuntimeApi;

/// <summary>The peer sent bytes that are not a valid HTTP/1.1 response, or a response we refuse to buffer.</summary>
internal sealed class HttpProtocolException : Exception
{
    public HttpProtocolException(string message)
        : base(message)
    {
    }

    public HttpProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The peer closed the connection before a response began; safe to retry on a new connection.</summary>
internal sealed class HttpConnectionClosedException(string message) : Exception(message);
