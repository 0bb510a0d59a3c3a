using System.Text;
using System.Text.Json;
using HandlerSdk.Http;
using HandlerSdk.Runtime;

namespace HandlerSdk.Tests.Streaming;

public sealed class HttpResponseStreamTests
{
    private readonly RecordingSink _sink = new();

    private LambdaResponseStream CreateResponse() => new(_sink, "r1", DeadlineHeader.None, null);

    /// <summary>Splits the Function URL form: the JSON prelude, then eight NUL bytes, then the body.</summary>
    private static (JsonElement Prelude, byte[] Body) Split(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf(new byte[8]);
        Assert.True(end > 0, "no eight-NUL separator");
        return (JsonDocument.Parse(bytes.AsMemory(0, end)).RootElement.Clone(), bytes[(end + 8)..]);
    }

    [Fact]
    public async Task The_prelude_carries_status_headers_and_cookies_then_eight_nuls_then_the_body()
    {
        var response = CreateResponse();
        var http = new HttpResponseStream(response) { StatusCode = 201 };
        http.SetHeader("Content-Type", "text/event-stream");
        http.SetHeader("x-trace", "a");
        http.SetHeader("X-Trace", "b");
        http.AddCookie("session=1; HttpOnly");

        await http.WriteAsync(Encoding.UTF8.GetBytes("data: 1\n\n"));
        http.Write(Encoding.UTF8.GetBytes("data: 2\n\n"));

        Assert.Equal("application/vnd.awslambda.http-integration-response", _sink.ContentType);
        var (prelude, body) = Split([.. _sink.Chunks.SelectMany(c => c)]);
        Assert.Equal(201, prelude.GetProperty("statusCode").GetInt32());
        Assert.Equal("text/event-stream", prelude.GetProperty("headers").GetProperty("Content-Type").GetString());
        Assert.Equal("b", prelude.GetProperty("headers").GetProperty("X-Trace").GetString());
        Assert.Equal(2, prelude.GetProperty("headers").EnumerateObject().Count());
        Assert.Equal(["session=1; HttpOnly"], prelude.GetProperty("cookies").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("data: 1\n\ndata: 2\n\n", Encoding.UTF8.GetString(body));
        Assert.Equal("data: 2\n\n", Encoding.UTF8.GetString(_sink.Chunks[^1]));
    }

    [Fact]
    public async Task CompleteAsync_without_a_body_still_sends_the_status_and_headers()
    {
        var http = new HttpResponseStream(CreateResponse()) { StatusCode = 204 };

        await http.CompleteAsync();
        await http.CompleteAsync();

        var (prelude, body) = Split(Assert.Single(_sink.Chunks));
        Assert.Equal(204, prelude.GetProperty("statusCode").GetInt32());
        Assert.Empty(prelude.GetProperty("cookies").EnumerateArray());
        Assert.Empty(body);
    }

    [Fact]
    public void Status_headers_and_cookies_cannot_change_once_the_body_started()
    {
        var http = new HttpResponseStream(CreateResponse());
        http.Write([1]);

        Assert.Throws<InvalidOperationException>(() => http.StatusCode = 500);
        Assert.Throws<InvalidOperationException>(() => http.SetHeader("a", "b"));
        Assert.Throws<InvalidOperationException>(() => http.AddCookie("a=b"));
    }

    [Fact]
    public void Header_values_with_line_breaks_and_bad_status_codes_are_refused()
    {
        var http = new HttpResponseStream(CreateResponse());

        Assert.Throws<ArgumentException>(() => http.SetHeader("X-A", "1\r\nX-B: 2"));
        Assert.Throws<ArgumentOutOfRangeException>(() => http.StatusCode = 99);
        Assert.Throws<ArgumentOutOfRangeException>(() => http.StatusCode = 600);
    }

    [Fact]
    public void Wrapping_a_response_that_already_started_is_refused()
    {
        var response = CreateResponse();
        response.Write([1]);

        Assert.Throws<InvalidOperationException>(() => new HttpResponseStream(response));
    }
}
