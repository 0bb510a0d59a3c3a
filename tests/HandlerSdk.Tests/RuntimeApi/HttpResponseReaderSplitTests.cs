using HandlerSdk.RuntimeApi;

namespace HandlerSdk.Tests.RuntimeApi;

/// <summary>
/// TCP delivers a byte stream, not messages: a response may arrive in any number of pieces, split anywhere (inside
/// the status line, between CR and LF, inside a chunk size). Reading must give the same result for every split.
/// </summary>
public sealed class HttpResponseReaderSplitTests
{
    /// <summary>Each sample is two responses back to back, so a split also lands between or across them.</summary>
    private static readonly Dictionary<string, string> Samples = new()
    {
        ["content-length"] =
            "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: 8476a536\r\nLambda-Runtime-Deadline-Ms: 1700000000000\r\nContent-Length: 13\r\n\r\n{\"n\":\"hello\"}" +
            "HTTP/1.1 202 Accepted\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n",
        ["chunked"] =
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-A:  a \r\n\r\n5;ext=\"v\"\r\nhello\r\n6\r\n world\r\n0\r\nTrailer-Field: t\r\n\r\n" +
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        ["continue"] =
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nok" +
            "HTTP/1.1 204 No Content\r\n\r\n",
        ["read-to-close"] =
            "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n" +
            "HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\n\r\n{\"errorType\":\"Broken\"}",
    };

    public static TheoryData<string, int> EverySplitPosition()
    {
        var data = new TheoryData<string, int>();
        foreach (var (name, text) in Samples)
        {
            for (var at = 1; at < text.Length; at++)
            {
                data.Add(name, at);
            }
        }

        return data;
    }

    public static TheoryData<string> SampleNames() => [.. Samples.Keys];

    [Theory]
    [MemberData(nameof(EverySplitPosition))]
    public async Task Splitting_the_bytes_anywhere_gives_the_same_responses(string sample, int at)
    {
        var bytes = Bytes.Of(Samples[sample]);
        var whole = await ReadBothAsync(new ScriptedTransport(bytes));

        var split = await ReadBothAsync(ScriptedTransport.SplitAt(bytes, at));

        Assert.Equal(whole, split);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public async Task One_byte_at_a_time_gives_the_same_responses(string sample)
    {
        var bytes = Bytes.Of(Samples[sample]);
        var whole = await ReadBothAsync(new ScriptedTransport(bytes));

        var trickled = await ReadBothAsync(ScriptedTransport.OneByteAtATime(bytes));

        Assert.Equal(whole, trickled);
    }

    [Fact]
    public async Task The_samples_read_as_intended()
    {
        var responses = await ReadBothAsync(new ScriptedTransport(Bytes.Of(Samples["chunked"])));

        Assert.Equal("200 keep-alive [transfer-encoding=chunked|x-a=a] hello world", responses[0]);
        Assert.Equal("200 keep-alive [transfer-encoding=chunked] ", responses[1]);
    }

    /// <summary>Both responses of a sample, each as one comparable line: status, connection, headers, body.</summary>
    private static async Task<string[]> ReadBothAsync(IHttpTransport transport)
    {
        var reader = new HttpResponseReader();
        var result = new string[2];
        for (var i = 0; i < result.Length; i++)
        {
            await reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);
            var headers = Enumerable.Range(0, reader.Headers.Count)
                .Select(h => reader.Headers.GetName(h).ToLowerInvariant() + "=" + reader.Headers.GetValue(h));
            result[i] = $"{reader.StatusCode} {(reader.KeepAlive ? "keep-alive" : "close")} [{string.Join('|', headers)}] {Bytes.Text(reader.Body)}";
        }

        return result;
    }
}
