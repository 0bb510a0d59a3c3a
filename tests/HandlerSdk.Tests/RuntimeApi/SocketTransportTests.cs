using System.Net;
using System.Net.Sockets;
using System.Reflection;
using HandlerSdk.RuntimeApi;

namespace HandlerSdk.Tests.RuntimeApi;

/// <summary>
/// Both transports against a real loopback server: Linux's, made with the C library's calls (what Lambda runs), and
/// System.Net.Sockets' (what other operating systems run). Same behaviour is the contract.
/// </summary>
public sealed class SocketTransportTests
{
    public static TheoryData<string> Transports => OperatingSystem.IsLinux() ? new() { "linux", "sockets" } : new() { "sockets" };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Bytes_go_both_ways_on_one_connection(string transport)
    {
        using var listener = Listen(IPAddress.Loopback);
        using var client = await ConnectAsync(transport, listener.LocalEndpoint, CancellationToken.None);
        using var server = await listener.AcceptSocketAsync();

        await client.SendAsync("GET / HTTP/1.1\r\n\r\n"u8.ToArray(), CancellationToken.None);
        var request = new byte[64];
        var requestLength = await server.ReceiveAsync(request);
        await server.SendAsync("HTTP/1.1 200 OK\r\n\r\n"u8.ToArray());
        var response = new byte[64];
        var responseLength = await client.ReceiveAsync(response, CancellationToken.None);

        Assert.Equal("GET / HTTP/1.1\r\n\r\n"u8.ToArray(), request[..requestLength]);
        Assert.Equal("HTTP/1.1 200 OK\r\n\r\n"u8.ToArray(), response[..responseLength]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task An_IPv6_endpoint_connects(string transport)
    {
        using var listener = Listen(IPAddress.IPv6Loopback);
        using var client = await ConnectAsync(transport, listener.LocalEndpoint, CancellationToken.None);
        using var server = await listener.AcceptSocketAsync();

        await server.SendAsync("x"u8.ToArray());

        Assert.Equal(1, await client.ReceiveAsync(new byte[8], CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_refused_connection_is_a_SocketException_saying_so(string transport)
    {
        using var listener = Listen(IPAddress.Loopback);
        var endPoint = listener.LocalEndpoint;
        listener.Stop();

        var error = await Assert.ThrowsAsync<SocketException>(async () => await ConnectAsync(transport, endPoint, CancellationToken.None));

        Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_connect_nobody_answers_is_given_up_at_the_timeout(string transport)
    {
        using var silent = new UnansweredEndPoint();

        var error = await Assert.ThrowsAsync<SocketException>(async () =>
        {
            using var client = transport == "linux"
                ? await LinuxSocketTransport.ConnectAsync(silent.EndPoint, TimeSpan.FromMilliseconds(200), CancellationToken.None)
                : await SocketTransport.ConnectAsync(silent.EndPoint, TimeSpan.FromMilliseconds(200), CancellationToken.None);
        });

        Assert.Equal(SocketError.TimedOut, error.SocketErrorCode);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_connect_nobody_answers_ends_when_cancelled(string transport)
    {
        using var silent = new UnansweredEndPoint();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            (await ConnectAsync(transport, silent.EndPoint, cancellation.Token)).Dispose());
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task The_connected_socket_is_blocking_in_the_kernel_not_emulated_over_epoll(string transport)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // reads /proc
        }

        using var listener = Listen(IPAddress.Loopback);
        using var client = await ConnectAsync(transport, listener.LocalEndpoint, CancellationToken.None);

        // A descriptor .NET once made non-blocking stays so, and every blocking call on it then waits through the
        // epoll thread: a thread hop and, under native AOT, a finalizable object per wait that piled up in gen2.
        Assert.Equal(0, StatusFlags(Descriptor(client)) & NonBlocking);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_connection_the_peer_closed_is_seen_as_closed_before_reuse(string transport)
    {
        using var listener = Listen(IPAddress.Loopback);
        using var client = await ConnectAsync(transport, listener.LocalEndpoint, CancellationToken.None);
        var server = await listener.AcceptSocketAsync();

        var closedWhileOpen = client.PeerHasClosed();
        server.Dispose();
        var closed = false;
        for (var i = 0; i < 200 && !closed; i++)
        {
            closed = client.PeerHasClosed();
            await Task.Delay(10);
        }

        Assert.False(closedWhileOpen);
        Assert.True(closed);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Unread_data_is_not_a_closed_connection(string transport)
    {
        using var listener = Listen(IPAddress.Loopback);
        using var client = await ConnectAsync(transport, listener.LocalEndpoint, CancellationToken.None);
        using var server = await listener.AcceptSocketAsync();

        await server.SendAsync("x"u8.ToArray());
        await Task.Delay(50);

        Assert.False(client.PeerHasClosed());
        Assert.Equal(1, await client.ReceiveAsync(new byte[8], CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Cancelling_wakes_a_blocked_receive(string transport)
    {
        // SIGTERM during the long poll: the blocked receive must end, as a cancellation.
        using var listener = Listen(IPAddress.Loopback);
        using var client = await ConnectAsync(transport, listener.LocalEndpoint, CancellationToken.None);
        using var server = await listener.AcceptSocketAsync();
        using var stop = new CancellationTokenSource();

        var receiving = Task.Run(async () => await client.ReceiveAsync(new byte[8], stop.Token));
        await Task.Delay(100);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => receiving.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private const int NonBlocking = 0x800; // O_NONBLOCK (octal 04000) on Linux x64 and arm64

    private static long Descriptor(IHttpTransport transport) => transport switch
    {
        SocketTransport sockets => ((Socket)typeof(SocketTransport).GetField("_socket", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(sockets)!).Handle,
        _ => (int)transport.GetType().GetField("_descriptor", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(transport)!,
    };

    /// <summary>The descriptor's file status flags, as the kernel reports them (octal) in /proc.</summary>
    private static int StatusFlags(long descriptor)
    {
        var flags = File.ReadLines($"/proc/self/fdinfo/{descriptor}").Single(line => line.StartsWith("flags:", StringComparison.Ordinal));
        return Convert.ToInt32(flags["flags:".Length..].Trim(), 8);
    }

    private static TcpListener Listen(IPAddress address)
    {
        var listener = new TcpListener(address, 0);
        listener.Start();
        return listener;
    }

    private static async Task<IHttpTransport> ConnectAsync(string transport, EndPoint endPoint, CancellationToken cancellationToken) =>
        transport == "linux"
            ? await LinuxSocketTransport.ConnectAsync(endPoint, TimeSpan.FromSeconds(10), cancellationToken)
            : await SocketTransport.ConnectAsync(endPoint, TimeSpan.FromSeconds(10), cancellationToken);

    /// <summary>
    /// A listener whose accept queue is full: further SYNs are dropped, as a blackholed address drops them, so a
    /// connect to it waits for an answer that never comes.
    /// </summary>
    private sealed class UnansweredEndPoint : IDisposable
    {
        private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        private readonly List<Socket> _queued = [];

        public UnansweredEndPoint()
        {
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            _listener.Listen(0);
            for (var i = 0; i < 4; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
                _queued.Add(filler);
                try
                {
                    filler.Connect(_listener.LocalEndPoint!);
                }
                catch (SocketException)
                {
                    // Under way or dropped: either way the queue fills.
                }
            }
        }

        public EndPoint EndPoint => _listener.LocalEndPoint!;

        public void Dispose()
        {
            _queued.ForEach(s => s.Dispose());
            _listener.Dispose();
        }
    }
}
