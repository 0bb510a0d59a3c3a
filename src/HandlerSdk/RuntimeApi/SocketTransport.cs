using System.Net;
using System.Net.Sockets;

namespace HandlerSdk.RuntimeApi;

/// <summary>
/// A blocking TCP connection with Nagle off, on System.Net.Sockets: the transport on operating systems other than
/// Linux (<c>hsdk invoke</c> on a developer's machine); Lambda runs <see cref="LinuxSocketTransport"/>, which starts
/// no threads. Each invocation loop owns one, on a thread of its own: a blocking receive hands the event straight to
/// the loop with no thread-pool hop or allocation in between. The async signatures complete synchronously.
/// </summary>
internal sealed class SocketTransport : IHttpTransport
{
    private readonly Socket _socket;

    private SocketTransport(Socket socket) => _socket = socket;

    /// <summary>
    /// Connects; a peer that never answers is given up on after <paramref name="timeout"/> (a <see cref="SocketError.TimedOut"/>
    /// error) or when <paramref name="cancellationToken"/> fires.
    /// </summary>
    public static ValueTask<SocketTransport> ConnectAsync(EndPoint endPoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Blocking from the first call, never switched: once .NET has set a socket non-blocking (even only to connect),
        // it keeps the descriptor non-blocking and emulates every later blocking call over its epoll thread, which
        // costs a thread hop and a finalizable wait object per receive that has to wait, garbage that only a full
        // collection frees. Cancellation closes the socket instead, which ends a connect still waiting for an answer.
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };

        // Off Linux a timer thread before the first GET /next costs nothing that matters (Lambda runs
        // LinuxSocketTransport), so a timer bounds the blocking connect.
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout > TimeSpan.Zero && timeout.TotalMilliseconds <= int.MaxValue - 1)
        {
            giveUp.CancelAfter(timeout);
        }

        try
        {
            using (giveUp.Token.UnsafeRegister(static state => ((Socket)state!).Dispose(), socket))
            {
                try
                {
                    socket.Connect(endPoint);
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException && giveUp.IsCancellationRequested)
                {
                    throw GaveUp(cancellationToken);
                }
            }

            if (giveUp.IsCancellationRequested)
            {
                throw GaveUp(cancellationToken); // the connect finished as the socket was closed under it
            }

            return ValueTask.FromResult(new SocketTransport(socket));
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static Exception GaveUp(CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested
            ? new OperationCanceledException(cancellationToken)
            : new SocketException((int)SocketError.TimedOut);

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
        Send(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public void Send(ReadOnlySpan<byte> span)
    {
        while (!span.IsEmpty)
        {
            span = span[_socket.Send(span)..];
        }
    }

    public bool HasInput()
    {
        try
        {
            return _socket.Poll(TimeSpan.Zero, SelectMode.SelectRead);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return true;
        }
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
