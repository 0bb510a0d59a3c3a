using System.Buffers.Text;
using System.Net.Sockets;
using HandlerSdk.Streaming;
using System.Text;

namespace HandlerSdk.RuntimeApi;

/// <summary>
/// One keep-alive HTTP/1.1 connection to the Lambda Runtime API, written by hand on a socket: the runtime needs
/// four requests, and a general-purpose HTTP stack costs megabytes of binary and milliseconds of cold start.
/// Not thread-safe: each invocation loop owns one.
/// </summary>
internal sealed partial class RuntimeApiClient : IDisposable, IStreamingResponseSink
{
    private const string NextPath = "/2018-06-01/runtime/invocation/next";
    private const string InitErrorPath = "/2018-06-01/runtime/init/error";
    private const int SingleWriteLimit = 64 * 1024;

    private readonly byte[] _hostHeader;
    private readonly Func<CancellationToken, ValueTask<IHttpTransport>> _connect;
    private readonly HttpResponseReader _reader = new();
    private byte[] _requestBuffer = new byte[4096];
    private IHttpTransport? _transport;

    public RuntimeApiClient(string hostHeader, Func<CancellationToken, ValueTask<IHttpTransport>> connect)
    {
        _hostHeader = Encoding.ASCII.GetBytes(hostHeader);
        _connect = connect;
    }

    /// <summary>A client over a blocking socket; a connect that gets no answer within <paramref name="connectTimeout"/> fails.</summary>
    public static RuntimeApiClient Create(RuntimeApiEndpoint endpoint, TimeSpan connectTimeout) =>
        new(endpoint.HostHeader, async ct =>
        {
            var endPoint = await endpoint.ResolveAsync(ct).ConfigureAwait(false);
            // On Linux (Lambda) the transport that starts no threads; elsewhere (hsdk invoke on a developer's machine)
            // System.Net.Sockets. Native AOT for Linux compiles only the first.
            return OperatingSystem.IsLinux()
                ? await LinuxSocketTransport.ConnectAsync(endPoint, connectTimeout, ct).ConfigureAwait(false)
                : await SocketTransport.ConnectAsync(endPoint, connectTimeout, ct).ConfigureAwait(false);
        });

    /// <summary>The last response; its body is valid until the next request on this client.</summary>
    public HttpResponseReader Response => _reader;

    /// <summary>Opens the connection now, so that start-up can tell an unreachable endpoint from a slow one.</summary>
    public async ValueTask ConnectAsync(CancellationToken cancellationToken) => await EnsureConnectedAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Long-polls for the next event: no timeout, only cancellation ends the wait.</summary>
    public ValueTask<HttpResponseReader> GetNextInvocationAsync(CancellationToken cancellationToken) =>
        SendAsync(false, NextPath, ReadOnlyMemory<byte>.Empty, null, cancellationToken);

    public async ValueTask<int> PostResponseAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var response = await SendAsync(true, InvocationPath(requestId, "response"), body, null, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    public async ValueTask<int> PostErrorAsync(string requestId, string errorType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var response = await SendAsync(true, InvocationPath(requestId, "error"), body, errorType, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    public async ValueTask<int> PostInitErrorAsync(string errorType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var response = await SendAsync(true, InitErrorPath, body, errorType, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    public void Dispose() => CloseConnection();

    private static string InvocationPath(string requestId, string action) =>
        string.Concat("/2018-06-01/runtime/invocation/", Uri.EscapeDataString(requestId), "/", action);

    private async ValueTask<HttpResponseReader> SendAsync(bool isPost, string path, ReadOnlyMemory<byte> body, string? errorType, CancellationToken cancellationToken)
    {
        var headLength = WriteRequestHead(isPost, path, body.Length, errorType);
        if (_transport is not null && _transport.PeerHasClosed())
        {
            // Closed while idle (a server that closes without saying Connection: close): reconnect before sending.
            CloseConnection();
        }

        var reused = _transport is not null;
        try
        {
            return await SendOnceAsync(headLength, body, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (reused && IsStaleConnection(e, isPost) && !cancellationToken.IsCancellationRequested)
        {
            // A kept-alive connection the server closed while idle (its close can race the check above): one retry on
            // a new connection. A POST is retried only when the connection ended before any answer began; at worst
            // the Runtime API then answers the repeat as already answered, which is logged, never acted on twice.
            CloseConnection();
            return await SendOnceAsync(headLength, body, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsStaleConnection(Exception e, bool isPost) =>
        e is HttpConnectionClosedException || (!isPost && e is SocketException or IOException);

    private async ValueTask<HttpResponseReader> SendOnceAsync(int headLength, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var transport = await EnsureConnectedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            try
            {
                if (headLength + body.Length <= SingleWriteLimit)
                {
                    EnsureRequestCapacity(headLength + body.Length);
                    body.Span.CopyTo(_requestBuffer.AsSpan(headLength));
                    await transport.SendAsync(_requestBuffer.AsMemory(0, headLength + body.Length), cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await transport.SendAsync(_requestBuffer.AsMemory(0, headLength), cancellationToken).ConfigureAwait(false);
                    await transport.SendAsync(body, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (SocketException) when (body.Length > SingleWriteLimit)
            {
                // A server may answer a large body early (413) and stop reading; its answer may still be readable.
            }

            await _reader.ReadAsync(transport, isHeadRequest: false, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            CloseConnection();
            throw;
        }

        if (!_reader.KeepAlive)
        {
            // The body stays readable: the reader's buffer outlives the connection.
            _transport = null;
            transport.Dispose();
        }

        return _reader;
    }

    private async ValueTask<IHttpTransport> EnsureConnectedAsync(CancellationToken cancellationToken)
    {
        if (_transport is null)
        {
            // Bytes left over from a closed connection (after a Connection: close response) are not part of any
            // response on the new one.
            _reader.Clear();
            _transport = await _connect(cancellationToken).ConfigureAwait(false);
        }

        return _transport;
    }

    private int WriteRequestHead(bool isPost, string path, int bodyLength, string? errorType)
    {
        EnsureRequestCapacity(256 + (path.Length * 3) + _hostHeader.Length + ((errorType?.Length ?? 0) * 3));
        var span = _requestBuffer.AsSpan();
        var n = Append(span, 0, isPost ? "POST "u8 : "GET "u8);
        n += Encoding.UTF8.GetBytes(path, span[n..]);
        n = Append(span, n, " HTTP/1.1\r\nHost: "u8);
        n = Append(span, n, _hostHeader);
        n = Append(span, n, "\r\nUser-Agent: handlersdk/1\r\n"u8);
        if (isPost)
        {
            n = Append(span, n, "Content-Length: "u8);
            Utf8Formatter.TryFormat(bodyLength, span[n..], out var written);
            n += written;
            n = Append(span, n, "\r\n"u8);
        }

        if (errorType is not null)
        {
            n = Append(span, n, "Content-Type: application/json\r\nLambda-Runtime-Function-Error-Type: "u8);
            n += WriteHeaderValue(errorType, span[n..]);
            n = Append(span, n, "\r\n"u8);
        }

        return Append(span, n, "\r\n"u8);
    }

    /// <summary>Writes a header value, replacing anything that could end the header early (CR, LF, non-ASCII).</summary>
    private static int WriteHeaderValue(string value, Span<byte> destination)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            destination[i] = c is >= ' ' and < (char)0x7f ? (byte)c : (byte)'_';
        }

        return value.Length;
    }

    private static int Append(Span<byte> destination, int offset, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination[offset..]);
        return offset + bytes.Length;
    }

    private void EnsureRequestCapacity(int size)
    {
        if (_requestBuffer.Length < size)
        {
            var grown = new byte[Math.Max(size, _requestBuffer.Length * 2)];
            _requestBuffer.AsSpan().CopyTo(grown);
            _requestBuffer = grown;
        }
    }

    private void CloseConnection()
    {
        _transport?.Dispose();
        _transport = null;
        _reader.Clear();
    }
}
