using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HandlerSdk.Http;

/// <summary>
/// A blocking TCP connection with Nagle off, on System.Net.Sockets: the transport on operating systems other than
/// Linux (<c>hsdk invoke</c> on a developer's machine); Lambda runs <see cref="LinuxSocketTransport"/>, which starts
/// no threads. Each invocation loop owns one, on a thread of its own: a blocking receive hands the event straight to
/// the loop with no thread-pool hop or allocation in between. The async signatures complete synchronously.
/// </summary>
internal sealed class SocketTransport : IHttpTransport
{
    private static readonly TimeSpan ConnectPollInterval = TimeSpan.FromMilliseconds(20);

    private readonly Socket _socket;

    private SocketTransport(Socket socket) => _socket = socket;

    /// <summary>
    /// Connects; a peer that never answers is given up on after <paramref name="timeout"/> (measured here rather than by
    /// a timer on the token, which would start a timer thread before the first <c>GET /next</c>) or when
    /// <paramref name="cancellationToken"/> fires.
    /// </summary>
    public static ValueTask<SocketTransport> ConnectAsync(EndPoint endPoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, Blocking = false };
        try
        {
            try
            {
                socket.Connect(endPoint);
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
            {
                // The handshake is under way: wait for it in short slices so that cancellation is honoured.
                while (!socket.Poll(ConnectPollInterval, SelectMode.SelectWrite))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (Stopwatch.GetElapsedTime(started) >= timeout)
                    {
                        throw new SocketException((int)SocketError.TimedOut);
                    }
                }

                var error = (SocketError)(int)socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error)!;
                if (error != SocketError.Success)
                {
                    throw new SocketException((int)error);
                }
            }

            socket.Blocking = true;
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
