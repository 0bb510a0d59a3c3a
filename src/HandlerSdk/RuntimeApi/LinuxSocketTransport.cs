using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using static HandlerSdk.RuntimeApi.LinuxSockets;

namespace HandlerSdk.RuntimeApi;

/// <summary>
/// The transport on Linux (Lambda's only OS): the same blocking TCP connection as <see cref="SocketTransport"/>, made
/// with the C library's calls. Any <see cref="Socket"/> starts System.Net.Sockets' epoll thread, which then wakes the
/// thread pool: four threads, none of which a loop blocking on its own socket uses, the first before the first
/// <c>GET /next</c>, the others during the first invocation. This one starts none.
/// </summary>
internal sealed unsafe class LinuxSocketTransport : IHttpTransport
{
    private const int ConnectPollMilliseconds = 20;

    private int _descriptor;

    private LinuxSocketTransport(int descriptor) => _descriptor = descriptor;

    /// <summary>
    /// Connects; a peer that never answers is given up on after <paramref name="timeout"/> or when
    /// <paramref name="cancellationToken"/> fires, whichever comes first.
    /// </summary>
    public static ValueTask<IHttpTransport> ConnectAsync(EndPoint endPoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var ip = endPoint as IPEndPoint ?? throw new ArgumentException($"Expected an IP end point, got {endPoint}.", nameof(endPoint));
        Span<byte> address = stackalloc byte[28];
        var addressLength = WriteAddress(ip, address);
        var family = ip.AddressFamily == AddressFamily.InterNetworkV6 ? AddressFamilyInet6 : AddressFamilyInet;
        var descriptor = Socket(family, SocketStream | SocketNonBlocking | SocketCloseOnExec, ProtocolTcp);
        if (descriptor < 0)
        {
            throw LastError();
        }

        try
        {
            var started = Stopwatch.GetTimestamp();
            var noDelay = 1;
            if (SetOption(descriptor, ProtocolTcp, OptionTcpNoDelay, &noDelay, sizeof(int)) != 0)
            {
                throw LastError();
            }

            int connected;
            fixed (byte* pointer = address)
            {
                connected = LinuxSockets.Connect(descriptor, pointer, addressLength);
            }

            if (connected != 0)
            {
                var errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
                if (errno != ErrorInProgress)
                {
                    throw ToException(errno);
                }

                // The handshake is under way: wait for it in short slices so that cancellation and the timeout are honoured.
                while (!PollOnce(descriptor, PollOut, ConnectPollMilliseconds))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (Stopwatch.GetElapsedTime(started) >= timeout)
                    {
                        throw ToException(110); // ETIMEDOUT
                    }
                }

                int error;
                var length = sizeof(int);
                if (GetOption(descriptor, LevelSocket, OptionError, &error, &length) != 0)
                {
                    throw LastError();
                }

                if (error != 0)
                {
                    throw ToException(error);
                }
            }

            // Blocking from here on: the loop's thread waits in recv for the next event.
            var flags = Control(descriptor, FileGetFlags, 0);
            if (flags < 0 || Control(descriptor, FileSetFlags, flags & ~FileNonBlocking) != 0)
            {
                throw LastError();
            }

            return ValueTask.FromResult<IHttpTransport>(new LinuxSocketTransport(descriptor));
        }
        catch
        {
            _ = Close(descriptor);
            throw;
        }
    }

    public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!cancellationToken.CanBeCanceled)
        {
            return ValueTask.FromResult(ReceiveOnce(buffer.Span));
        }

        // Cancellation (SIGTERM during the long poll) shuts the socket down, which wakes the blocked recv with 0 bytes.
        using (cancellationToken.UnsafeRegister(static state => ((LinuxSocketTransport)state!).Abort(), this))
        {
            try
            {
                var read = ReceiveOnce(buffer.Span);
                cancellationToken.ThrowIfCancellationRequested();
                return ValueTask.FromResult(read);
            }
            catch (SocketException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        ((IHttpTransport)this).Send(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public bool HasInput()
    {
        var poll = new PollDescriptor { Descriptor = _descriptor, Events = PollIn };
        return Poll(&poll, 1, 0) != 0;
    }

    // Explicit: inside this class the name Send is the C library's send(2).
    void IHttpTransport.Send(ReadOnlySpan<byte> span)
    {
        fixed (byte* start = span)
        {
            var sent = 0;
            while (sent < span.Length)
            {
                // MSG_NOSIGNAL: a peer that has gone away is an EPIPE error here, never a SIGPIPE for the process.
                var written = Send(_descriptor, start + sent, (nuint)(span.Length - sent), MessageNoSignal);
                if (written < 0)
                {
                    var errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
                    if (errno == ErrorInterrupted)
                    {
                        continue;
                    }

                    throw ToException(errno);
                }

                sent += (int)written;
            }
        }
    }

    /// <summary>An idle connection that polls readable with nothing to read has been closed by the peer.</summary>
    public bool PeerHasClosed()
    {
        var poll = new PollDescriptor { Descriptor = _descriptor, Events = PollIn };
        var ready = Poll(&poll, 1, 0);
        if (ready == 0)
        {
            return false;
        }

        if (ready < 0 || (poll.ReturnedEvents & (PollError | PollHangUp | PollInvalid)) != 0)
        {
            return true;
        }

        byte probe;
        var peeked = Receive(_descriptor, &probe, 1, MessagePeek | MessageDontWait);
        return peeked == 0 || (peeked < 0 && System.Runtime.InteropServices.Marshal.GetLastPInvokeError() != ErrorWouldBlock);
    }

    public void Dispose()
    {
        var descriptor = Interlocked.Exchange(ref _descriptor, -1);
        if (descriptor >= 0)
        {
            _ = Close(descriptor);
        }
    }

    /// <summary>Writes a <c>sockaddr_in</c> or <c>sockaddr_in6</c>; returns its length.</summary>
    private static int WriteAddress(IPEndPoint endPoint, Span<byte> destination)
    {
        destination.Clear();
        var ipv6 = endPoint.AddressFamily == AddressFamily.InterNetworkV6;
        BinaryPrimitives.WriteUInt16LittleEndian(destination, (ushort)(ipv6 ? AddressFamilyInet6 : AddressFamilyInet));
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)endPoint.Port);
        if (!ipv6)
        {
            endPoint.Address.TryWriteBytes(destination[4..8], out _);
            return 16;
        }

        endPoint.Address.TryWriteBytes(destination[8..24], out _);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[24..], (uint)endPoint.Address.ScopeId);
        return 28;
    }

    private static bool PollOnce(int descriptor, short events, int timeoutMilliseconds)
    {
        var poll = new PollDescriptor { Descriptor = descriptor, Events = events };
        var ready = Poll(&poll, 1, timeoutMilliseconds);
        if (ready < 0 && System.Runtime.InteropServices.Marshal.GetLastPInvokeError() != ErrorInterrupted)
        {
            throw LastError();
        }

        return ready > 0;
    }

    private int ReceiveOnce(Span<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            while (true)
            {
                var read = Receive(_descriptor, start, (nuint)buffer.Length, 0);
                if (read >= 0)
                {
                    return (int)read;
                }

                var errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
                if (errno != ErrorInterrupted)
                {
                    throw ToException(errno);
                }
            }
        }
    }

    private void Abort()
    {
        // Wakes the receive blocked on this connection; the descriptor itself is closed only by Dispose, on the loop's
        // thread, after the receive has returned.
        _ = Shutdown(_descriptor, ShutdownBoth);
    }
}
