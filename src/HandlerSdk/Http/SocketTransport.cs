using System.Net;
using System.Net.Sockets;

namespace HandlerSdk.Http;

/// <summary>
/// A blocking TCP connection with Nagle off. Each invocation loop owns one, on a thread of its own: a blocking
/// receive hands the event straight to the loop with no I/O thread, thread-pool hop or allocation in between,
/// and nothing has to start a thread pool before the first <c>GET /next</c>. The async signatures complete
/// synchronously.
/// </summary>
internal sealed class SocketTransport : IHttpTransport
{
    private readonly Socket _socket;

    private SocketTransport(Socket socket) => _socket = socket;

    /// <summary>Connects; a peer that never answers is given up on when <paramref name="cancellationToken"/> fires.</summary>
    public static ValueTask<SocketTransport> ConnectAsync(EndPoint endPoint, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Blocking from the first call, never switched: once .NET has set a socket non-blocking (even only to connect),
        // it keeps the descriptor non-blocking and emulates every later blocking call over its epoll thread, which
        // costs a thread hop and a finalizable wait object per receive that has to wait, garbage that only a full
        // collection frees. Cancellation closes the socket instead, which ends a connect still waiting for an answer.
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using (cancellationToken.UnsafeRegister(static state => ((Socket)state!).Dispose(), socket))
            {
                try
                {
                    socket.Connect(endPoint);
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
                {
                    throw new OperationCanceledException(cancellationToken);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(new SocketTransport(socket));
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!cancellationToken.CanBeCanceled)
        {
            return ValueTask.FromResult(_socket.Receive(buffer.Span));
        }

        // Cancellation (SIGTERM during the long poll) shuts the socket down, which wakes the blocked receive.
        using (cancellationToken.UnsafeRegister(static state => ((SocketTransport)state!).Abort(), this))
        {
            try
            {
                var read = _socket.Receive(buffer.Span);
                cancellationToken.ThrowIfCancellationRequested();
                return ValueTask.FromResult(read);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        var span = buffer.Span;
        while (!span.IsEmpty)
        {
            span = span[_socket.Send(span)..];
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>An idle connection that polls readable with nothing to read has been closed by the peer.</summary>
    public bool PeerHasClosed()
    {
        try
        {
            return _socket.Poll(TimeSpan.Zero, SelectMode.SelectRead) && _socket.Available == 0;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return true;
        }
    }

    public void Dispose() => _socket.Dispose();

    private void Abort()
    {
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed: the receive is over anyway.
        }
    }
}
