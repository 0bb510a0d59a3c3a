using System.Net;
using System.Net.Sockets;
using System.Reflection;
using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>The runtime's socket: really blocking in the kernel, and a connect that gets no answer can be given up.</summary>
public sealed class SocketTransportTests
{
    private const int NonBlocking = 0x800; // O_NONBLOCK (octal 04000) on Linux x64 and arm64

    [Fact]
    public async Task The_connected_socket_is_blocking_in_the_kernel_not_emulated_over_epoll()
    {

        using var listener = Listen(backlog: 4);

        using var transport = await SocketTransport.ConnectAsync(listener.LocalEndPoint!, CancellationToken.None);

        // A descriptor .NET once made non-blocking stays so, and every blocking call on it then waits through the
        // epoll thread: a thread hop and, under native AOT, a finalizable object per wait that piled up in gen2.
        var socket = (Socket)typeof(SocketTransport).GetField("_socket", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(transport)!;
        Assert.Equal(0, StatusFlags(socket) & NonBlocking);
    }

    [Fact]
    public async Task A_connect_that_gets_no_answer_ends_when_cancelled()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Relies on Linux dropping SYNs to a full accept queue.
        }

        using var listener = Listen(backlog: 0);
        var filling = new List<Socket>();
        try
        {
            // Fill the accept queue (never accepted): further SYNs are dropped, so a connect waits for an answer.
            for (var i = 0; i < 8; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
                filling.Add(socket);
                try
                {
                    socket.Connect(listener.LocalEndPoint!);
                }
                catch (SocketException)
                {
                    // In progress, or dropped: either way it takes its place.
                }
            }

            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
                (await SocketTransport.ConnectAsync(listener.LocalEndPoint!, cancellation.Token)).Dispose());
        }
        finally
        {
            filling.ForEach(socket => socket.Dispose());
        }
    }

    private static Socket Listen(int backlog)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(backlog);
        return listener;
    }

    /// <summary>The descriptor's file status flags, as the kernel reports them (octal) in /proc.</summary>
    private static int StatusFlags(Socket socket)
    {
        var flags = File.ReadLines($"/proc/self/fdinfo/{socket.Handle}").Single(line => line.StartsWith("flags:", StringComparison.Ordinal));
        return Convert.ToInt32(flags["flags:".Length..].Trim(), 8);
    }
}
