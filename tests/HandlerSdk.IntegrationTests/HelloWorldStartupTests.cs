using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.IntegrationTests;

/// <summary>
/// What the published bootstrap has started by the time it asks for its first event: everything before the first
/// <c>GET /next</c> is Lambda's init phase, which every cold start waits for, and every thread started then costs
/// start-up time on a machine with one or two cores (docs/benchmarks.md, "Start-up").
/// </summary>
[Collection(HelloWorldTests.Name)]
public sealed class HelloWorldStartupTests(HelloWorldBootstrap bootstrap)
{
    [Fact]
    public async Task Only_the_runtime_s_own_threads_run_while_the_first_event_is_awaited()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var function = new ProcessStartInfo(bootstrap.Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        function.Environment["AWS_LAMBDA_RUNTIME_API"] = listener.LocalEndpoint.ToString();
        function.Environment["_HANDLER"] = "Hello";
        using var process = Process.Start(function)!;
        try
        {
            using var connection = await listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var request = await ReadRequestHeadAsync(connection.GetStream());
            // Threads started while the first event is awaited count too (a thread pool woken by a socket event, say):
            // give them time to appear.
            await Task.Delay(500);
            var threads = ThreadNames(process.Id);

            Assert.StartsWith("GET /2018-06-01/runtime/invocation/next ", request, StringComparison.Ordinal);
            // The main thread (named after the executable), the GC's finalizer thread, and the thread that turns SIGTERM
            // into a graceful stop. No timer, socket event or thread-pool thread: the loop blocks on its own socket.
            Assert.Equal([".NET Finalizer", ".NET SigHandler", "bootstrap"], threads);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    private static async Task<string> ReadRequestHeadAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[1024];
        while (!Encoding.ASCII.GetString([.. received]).Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(read > 0, "the bootstrap closed the connection before sending a whole request");
            received.AddRange(buffer.AsSpan(0, read));
        }

        return Encoding.ASCII.GetString([.. received]);
    }

    private static string[] ThreadNames(int processId) =>
        [.. Directory.GetDirectories($"/proc/{processId}/task").Select(task => File.ReadAllText(Path.Combine(task, "comm")).Trim()).Order(StringComparer.Ordinal)];
}
