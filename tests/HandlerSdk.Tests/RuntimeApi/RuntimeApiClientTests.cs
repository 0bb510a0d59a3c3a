using System.Net.Sockets;
using System.Text;
using HandlerSdk.RuntimeApi;

namespace HandlerSdk.Tests.RuntimeApi;

/// <summary>
/// The four requests the runtime makes, byte for byte, and how it manages its one keep-alive connection. Each
/// test scripts the connections the client will open, in order, with what the server answers on each.
/// </summary>
public sealed class RuntimeApiClientTests
{
    private const string Accepted = "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n";

    private readonly List<ScriptedTransport> _opened = [];
    private readonly Queue<ScriptedTransport> _scripted = new();

    private RuntimeApiClient Client(params ScriptedTransport[] connections)
    {
        foreach (var connection in connections)
        {
            _scripted.Enqueue(connection);
        }

        return new RuntimeApiClient("127.0.0.1:9001", _ =>
        {
            if (!_scripted.TryDequeue(out var next))
            {
                throw new SocketException((int)SocketError.ConnectionRefused);
            }

            _opened.Add(next);
            return ValueTask.FromResult<IHttpTransport>(next);
        });
    }

    [Fact]
    public async Task Next_is_a_plain_GET_with_host_and_user_agent()
    {
        var connection = ScriptedTransport.FromText("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r1\r\nContent-Length: 2\r\n\r\n{}");
        using var client = Client(connection);

        var response = await client.GetNextInvocationAsync(CancellationToken.None);

        Assert.Equal(
            "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\n" +
            "Host: 127.0.0.1:9001\r\n" +
            "User-Agent: handlersdk/1\r\n" +
            "\r\n",
            connection.SentText);
        Assert.Equal("r1", response.Headers["Lambda-Runtime-Aws-Request-Id"]);
        Assert.Equal("{}", Bytes.Text(response.Body));
    }

    [Fact]
    public async Task A_response_is_POSTed_with_its_Content_Length()
    {
        var connection = ScriptedTransport.FromText(Accepted);
        using var client = Client(connection);

        var status = await client.PostResponseAsync("8476a536-e9f4-11e8-9739-2dfe598c3fcd", Encoding.UTF8.GetBytes("{\"ok\":true}"), CancellationToken.None);

        Assert.Equal(202, status);
        Assert.Equal(
            "POST /2018-06-01/runtime/invocation/8476a536-e9f4-11e8-9739-2dfe598c3fcd/response HTTP/1.1\r\n" +
            "Host: 127.0.0.1:9001\r\n" +
            "User-Agent: handlersdk/1\r\n" +
            "Content-Length: 11\r\n" +
            "\r\n" +
            "{\"ok\":true}",
            connection.SentText);
    }

    [Fact]
    public async Task An_empty_response_is_POSTed_with_Content_Length_zero()
    {
        var connection = ScriptedTransport.FromText(Accepted);
        using var client = Client(connection);

        await client.PostResponseAsync("r1", ReadOnlyMemory<byte>.Empty, CancellationToken.None);

        Assert.EndsWith("Content-Length: 0\r\n\r\n", connection.SentText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_is_POSTed_with_its_error_type_header_and_JSON_body()
    {
        var connection = ScriptedTransport.FromText(Accepted);
        using var client = Client(connection);
        var body = "{\"errorType\":\"InvalidOperationException\",\"errorMessage\":\"boom\",\"stackTrace\":[]}";

        var status = await client.PostErrorAsync("r1", "Function.InvalidOperationException", Encoding.UTF8.GetBytes(body), CancellationToken.None);

        Assert.Equal(202, status);
        Assert.Equal(
            "POST /2018-06-01/runtime/invocation/r1/error HTTP/1.1\r\n" +
            "Host: 127.0.0.1:9001\r\n" +
            "User-Agent: handlersdk/1\r\n" +
            $"Content-Length: {body.Length}\r\n" +
            "Content-Type: application/json\r\n" +
            "Lambda-Runtime-Function-Error-Type: Function.InvalidOperationException\r\n" +
            "\r\n" +
            body,
            connection.SentText);
    }

    [Theory]
    [InlineData("Function.Bad\r\nX-Injected: yes", "Function.Bad__X-Injected: yes")]
    [InlineData("Function.Bad\nX", "Function.Bad_X")]
    [InlineData("Function.Ünïcode", "Function._n_code")]
    [InlineData("Function.Tab\tIn", "Function.Tab_In")]
    public async Task Characters_that_could_end_the_error_type_header_are_replaced(string errorType, string sent)
    {
        var connection = ScriptedTransport.FromText(Accepted);
        using var client = Client(connection);

        await client.PostErrorAsync("r1", errorType, "{}"u8.ToArray(), CancellationToken.None);

        Assert.Contains($"\r\nLambda-Runtime-Function-Error-Type: {sent}\r\n\r\n{{}}", connection.SentText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_init_error_is_POSTed_to_init_error_with_its_error_type()
    {
        var connection = ScriptedTransport.FromText(Accepted);
        using var client = Client(connection);

        var status = await client.PostInitErrorAsync("Runtime.InvalidHandler", "{}"u8.ToArray(), CancellationToken.None);

        Assert.Equal(202, status);
        Assert.Equal(
            "POST /2018-06-01/runtime/init/error HTTP/1.1\r\n" +
            "Host: 127.0.0.1:9001\r\n" +
            "User-Agent: handlersdk/1\r\n" +
            "Content-Length: 2\r\n" +
            "Content-Type: application/json\r\n" +
            "Lambda-Runtime-Function-Error-Type: Runtime.InvalidHandler\r\n" +
            "\r\n" +
            "{}",
            connection.SentText);
    }

    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("id with space?x=1#f", "id%20with%20space%3Fx%3D1%23f")]
    [InlineData("r1\r\nHost: evil", "r1%0D%0AHost%3A%20evil")]
    [InlineData("é", "%C3%A9")]
    public async Task The_request_id_is_escaped_in_the_path(string requestId, string inPath)
    {
        var connection = ScriptedTransport.FromText(Accepted);
        using var client = Client(connection);

        await client.PostResponseAsync(requestId, "{}"u8.ToArray(), CancellationToken.None);

        Assert.StartsWith($"POST /2018-06-01/runtime/invocation/{inPath}/response HTTP/1.1\r\n", connection.SentText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_64_KB_is_sent_whole_after_the_head()
    {
        var body = Encoding.ASCII.GetBytes(new string('x', 200 * 1024));
        var connection = ScriptedTransport.FromText(Accepted);
        using var client = Client(connection);

        await client.PostResponseAsync("r1", body, CancellationToken.None);

        var sent = connection.SentBytes;
        var head = Bytes.Of($"POST /2018-06-01/runtime/invocation/r1/response HTTP/1.1\r\nHost: 127.0.0.1:9001\r\nUser-Agent: handlersdk/1\r\nContent-Length: {body.Length}\r\n\r\n");
        Assert.Equal([.. head, .. body], sent);
    }

    [Fact]
    public async Task Requests_share_one_kept_alive_connection()
    {
        var connection = ScriptedTransport.FromText(
            "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r1\r\nContent-Length: 2\r\n\r\n{}",
            Accepted,
            "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r2\r\nContent-Length: 2\r\n\r\n{}");
        using var client = Client(connection);

        await client.GetNextInvocationAsync(CancellationToken.None);
        await client.PostResponseAsync("r1", "1"u8.ToArray(), CancellationToken.None);
        var next = await client.GetNextInvocationAsync(CancellationToken.None);

        Assert.Equal("r2", next.Headers["Lambda-Runtime-Aws-Request-Id"]);
        Assert.Single(_opened);
        Assert.False(connection.IsDisposed);
    }

    [Fact]
    public async Task A_kept_alive_connection_closed_by_the_server_is_retried_once_for_next()
    {
        var first = ScriptedTransport.FromText(Accepted);
        var second = ScriptedTransport.FromText("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r2\r\nContent-Length: 2\r\n\r\n{}");
        using var client = Client(first, second);
        await client.PostResponseAsync("r1", "{}"u8.ToArray(), CancellationToken.None);

        // The server closed the idle connection: the long poll gets no answer on it, and GET is safe to repeat.
        var next = await client.GetNextInvocationAsync(CancellationToken.None);

        Assert.Equal("r2", next.Headers["Lambda-Runtime-Aws-Request-Id"]);
        Assert.Equal(2, _opened.Count);
        Assert.True(first.IsDisposed);
        Assert.StartsWith("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\n", second.SentText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_that_fails_again_reports_the_closed_connection()
    {
        var first = ScriptedTransport.FromText(Accepted);
        var second = ScriptedTransport.FromText();
        using var client = Client(first, second);
        await client.PostResponseAsync("r1", "{}"u8.ToArray(), CancellationToken.None);

        await Assert.ThrowsAsync<HttpConnectionClosedException>(async () => await client.GetNextInvocationAsync(CancellationToken.None));

        Assert.Equal(2, _opened.Count);
        Assert.True(second.IsDisposed);
    }

    [Fact]
    public async Task A_post_whose_kept_alive_connection_closed_before_answering_is_sent_once_more_on_a_new_one()
    {
        var first = ScriptedTransport.FromText("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r1\r\nContent-Length: 2\r\n\r\n{}");
        var second = ScriptedTransport.FromText(Accepted);
        using var client = Client(first, second);
        await client.GetNextInvocationAsync(CancellationToken.None);

        // The server closed the idle connection without saying so: not one byte of an answer came back.
        var status = await client.PostResponseAsync("r1", "{}"u8.ToArray(), CancellationToken.None);

        Assert.Equal(202, status);
        Assert.Equal(2, _opened.Count);
        Assert.StartsWith("POST /2018-06-01/runtime/invocation/r1/response HTTP/1.1\r\n", second.SentText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_connection_that_closes_before_answering_is_not_retried()
    {
        var only = ScriptedTransport.FromText();
        using var client = Client(only, ScriptedTransport.FromText(Accepted));

        await Assert.ThrowsAsync<HttpConnectionClosedException>(async () => await client.GetNextInvocationAsync(CancellationToken.None));

        Assert.Single(_opened);
    }

    [Fact]
    public async Task A_malformed_response_on_a_kept_alive_connection_is_not_retried()
    {
        var first = ScriptedTransport.FromText("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", "garbage\r\n\r\n");
        using var client = Client(first, ScriptedTransport.FromText(Accepted));
        await client.GetNextInvocationAsync(CancellationToken.None);

        await Assert.ThrowsAsync<HttpProtocolException>(async () => await client.PostResponseAsync("r1", "{}"u8.ToArray(), CancellationToken.None));

        Assert.Single(_opened);
        Assert.True(first.IsDisposed);
    }

    [Fact]
    public async Task Connection_close_makes_the_next_request_open_a_new_connection()
    {
        var first = ScriptedTransport.FromText("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r1\r\nConnection: close\r\nContent-Length: 5\r\n\r\nevent");
        var second = ScriptedTransport.FromText(Accepted);
        using var client = Client(first, second);

        var next = await client.GetNextInvocationAsync(CancellationToken.None);
        Assert.True(first.IsDisposed);
        Assert.Equal("event", Bytes.Text(next.Body));

        await client.PostResponseAsync("r1", "{}"u8.ToArray(), CancellationToken.None);

        Assert.Equal(2, _opened.Count);
        Assert.StartsWith("POST ", second.SentText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bytes_after_a_Connection_close_response_are_not_read_as_the_next_response()
    {
        var first = ScriptedTransport.FromText(
            "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: r1\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}" +
            "HTTP/1.1 500 Stale\r\nContent-Length: 0\r\n\r\n");
        var second = ScriptedTransport.FromText(Accepted);
        using var client = Client(first, second);
        await client.GetNextInvocationAsync(CancellationToken.None);

        var status = await client.PostResponseAsync("r1", "{}"u8.ToArray(), CancellationToken.None);

        Assert.Equal(202, status);
    }

    [Fact]
    public async Task ConnectAsync_opens_the_connection_that_the_first_request_then_uses()
    {
        var connection = ScriptedTransport.FromText("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        using var client = Client(connection);

        await client.ConnectAsync(CancellationToken.None);
        Assert.Single(_opened);
        await client.GetNextInvocationAsync(CancellationToken.None);

        Assert.Single(_opened);
        Assert.StartsWith("GET ", connection.SentText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposing_the_client_closes_its_connection()
    {
        var connection = ScriptedTransport.FromText("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        var client = Client(connection);
        await client.GetNextInvocationAsync(CancellationToken.None);

        client.Dispose();

        Assert.True(connection.IsDisposed);
    }
}
