using HandlerSdk.RuntimeApi;
using static HandlerSdk.Tests.RuntimeApi.ResettingServer;

namespace HandlerSdk.Tests.RuntimeApi;

/// <summary>
/// A connection reset (RST) while the Runtime API answers, on real sockets. A request may be sent again only when
/// not one byte of its answer arrived: a <c>/next</c> answer that began is an invocation dispatched to this runtime,
/// and fetching another one instead would leave it unanswered. Otherwise the client fails, as on a FIN mid-answer.
/// </summary>
public sealed class RuntimeApiClientResetTests
{
    public static TheoryData<string, string> PartialAnswers => new()
    {
        { "part of the status line", "HTTP/1." },
        { "the status line and part of the header", "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r2\r\n" },
        { "the header and part of a Content-Length body", "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r2\r\nContent-Length: 10\r\n\r\n{\"a\"" },
        { "the header only", "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r2\r\nContent-Length: 10\r\n\r\n" },
        { "part of a chunked body", "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r2\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\"" },
        { "a chunked body without its last chunk", "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n" },
        { "an interim response", "HTTP/1.1 100 Continue\r\n\r\n" },
    };

    private static RuntimeApiClient Client(ResettingServer server) => RuntimeApiClient.Create(RuntimeApiEndpoint.Parse(server.Address), TimeSpan.FromSeconds(10));

    [Theory]
    [MemberData(nameof(PartialAnswers))]
    public async Task A_next_answer_reset_after_it_began_fails_instead_of_polling_again(string what, string partial)
    {
        using var server = new ResettingServer(connection =>
        {
            ReadRequest(connection);
            Send(connection, Invocation("r1"));
            ReadRequest(connection);
            Send(connection, Accepted);
            ReadRequest(connection);
            Send(connection, partial);
            Reset(connection);
        });
        using var client = Client(server);
        await client.GetNextInvocationAsync(CancellationToken.None);
        await client.PostResponseAsync("r1", "{}"u8.ToArray(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<HttpProtocolException>(async () => await client.GetNextInvocationAsync(CancellationToken.None));

        Assert.Contains($"after {partial.Length} bytes of the response", error.Message, StringComparison.Ordinal);
        Assert.True(server.ConnectionsAccepted == 1, $"{what}: the GET was sent again on a new connection");
    }

    [Fact]
    public async Task A_next_answer_closed_after_an_interim_response_fails_instead_of_polling_again()
    {
        using var server = new ResettingServer(connection =>
        {
            ReadRequest(connection);
            Send(connection, Invocation("r1"));
            ReadRequest(connection);
            Send(connection, "HTTP/1.1 100 Continue\r\n\r\n");
            connection.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        });
        using var client = Client(server);
        await client.GetNextInvocationAsync(CancellationToken.None);

        await Assert.ThrowsAsync<HttpProtocolException>(async () => await client.GetNextInvocationAsync(CancellationToken.None));

        Assert.Equal(1, server.ConnectionsAccepted);
    }

    [Fact]
    public async Task A_kept_alive_connection_reset_before_any_answer_is_polled_again()
    {
        using var server = new ResettingServer(connection =>
        {
            ReadRequest(connection);
            Send(connection, Invocation("r1"));
            ReadRequest(connection);
            Reset(connection);
        });
        using var client = Client(server);
        await client.GetNextInvocationAsync(CancellationToken.None);

        var next = await client.GetNextInvocationAsync(CancellationToken.None);

        Assert.Equal("retried", next.Headers["Lambda-Runtime-Aws-Request-Id"]);
        Assert.Equal(2, server.ConnectionsAccepted);
    }

    [Theory]
    [InlineData("HTTP/1.1 20")]
    [InlineData("HTTP/1.1 202 Accepted\r\nContent-Length: 16\r\n\r\n{\"stat")]
    public async Task A_post_answer_reset_after_it_began_is_not_sent_again(string partial)
    {
        using var server = new ResettingServer(connection =>
        {
            ReadRequest(connection);
            Send(connection, Invocation("r1"));
            ReadRequest(connection);
            Send(connection, partial);
            Reset(connection);
        });
        using var client = Client(server);
        await client.GetNextInvocationAsync(CancellationToken.None);

        await Assert.ThrowsAsync<HttpProtocolException>(async () => await client.PostResponseAsync("r1", "{}"u8.ToArray(), CancellationToken.None));

        Assert.Equal(1, server.ConnectionsAccepted);
    }

    [Fact]
    public async Task A_post_reset_before_any_answer_is_not_sent_again()
    {
        // A reset, unlike a clean close of an idle connection, may come after the server read the POST: sending it
        // again could report an outcome twice, so the client fails and the runtime exits.
        using var server = new ResettingServer(connection =>
        {
            ReadRequest(connection);
            Send(connection, Invocation("r1"));
            ReadRequest(connection);
            Reset(connection);
        });
        using var client = Client(server);
        await client.GetNextInvocationAsync(CancellationToken.None);

        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(async () => await client.PostResponseAsync("r1", "{}"u8.ToArray(), CancellationToken.None));

        Assert.Equal(1, server.ConnectionsAccepted);
    }
}
