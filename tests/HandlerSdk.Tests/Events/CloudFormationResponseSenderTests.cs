using System.Net;
using System.Net.Http;
using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Tests.Events;

/// <summary>
/// Issue 10, item 1: the CloudFormation custom resource response goes to the pre-signed S3 URL as S3 requires (PUT,
/// empty Content-Type, Content-Length, the JSON CloudFormation reads), is retried when S3 or the network fails for a
/// moment, and fails clearly otherwise, without putting the URL's signature in the message.
/// </summary>
public sealed class CloudFormationResponseSenderTests : IDisposable
{
    private const string SignedPath = "/cr-response-bucket/arn%3Aaws%3Acloudformation%3Aus-east-1%3A123456789012%3Astack/MyStack/guid%7CMyResource%7Creq-1?AWSAccessKeyId=AKIAEXAMPLE&Expires=1700000000&Signature=c2VjcmV0%2Bsig%3D";

    private readonly HttpClient _http = new();

    private static CloudFormationCustomResourceRequest Request(Uri url) => new()
    {
        RequestType = "Create",
        ResponseUrl = url.OriginalString,
        StackId = "arn:aws:cloudformation:us-east-1:123456789012:stack/MyStack/guid",
        RequestId = "req-1",
        ResourceType = "Custom::Database",
        LogicalResourceId = "MyResource",
    };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task The_response_is_a_put_of_the_json_with_an_empty_content_type_and_a_content_length()
    {
        await using var s3 = new FakeS3([]);
        var request = Request(s3.Url(SignedPath));

        await Sender().SendAsync(request, request.Succeed("db-1", new Dictionary<string, string> { ["Endpoint"] = "db.example.com:5432" }));

        var sent = Assert.Single(s3.Requests);
        Assert.Equal("PUT", sent.Method);
        Assert.Equal(SignedPath, sent.Target);
        Assert.Equal([""], sent.Header("Content-Type"));
        Assert.Equal([System.Text.Encoding.UTF8.GetByteCount(sent.Body).ToString(System.Globalization.CultureInfo.InvariantCulture)], sent.Header("Content-Length"));
        Assert.Empty(sent.Header("Transfer-Encoding"));
        Assert.Equal(
            "{\"Status\":\"SUCCESS\",\"PhysicalResourceId\":\"db-1\",\"StackId\":\"arn:aws:cloudformation:us-east-1:123456789012:stack/MyStack/guid\",\"RequestId\":\"req-1\",\"LogicalResourceId\":\"MyResource\",\"Data\":{\"Endpoint\":\"db.example.com:5432\"}}",
            sent.Body);
    }

    [Fact]
    public async Task A_failure_carries_its_reason_and_no_echo_and_members_the_model_does_not_declare()
    {
        await using var s3 = new FakeS3([]);
        var request = Request(s3.Url("/key?sig=1"));
        var extra = JsonDocument.Parse("{\"Custom\":[1,2]}").RootElement;
        var response = request.Fail("Quota \"db\" exceeded") with
        {
            NoEcho = false,
            AdditionalProperties = new Dictionary<string, JsonElement> { ["Custom"] = extra.GetProperty("Custom") },
        };

        await Sender().SendAsync(request, response);

        var body = JsonDocument.Parse(Assert.Single(s3.Requests).Body).RootElement;
        Assert.Equal("FAILED", body.GetProperty("Status").GetString());
        Assert.Equal("Quota \"db\" exceeded", body.GetProperty("Reason").GetString());
        Assert.Equal("MyResource", body.GetProperty("PhysicalResourceId").GetString());
        Assert.False(body.GetProperty("NoEcho").GetBoolean());
        Assert.Equal(2, body.GetProperty("Custom").GetArrayLength());
        Assert.False(body.TryGetProperty("Data", out _));
    }

    [Fact]
    public async Task Server_errors_and_throttling_are_retried_until_s3_accepts()
    {
        await using var s3 = new FakeS3([new(503, "Slow Down"), new(500, "Internal Server Error"), new(429, "Too Many Requests")]);
        var request = Request(s3.Url("/key?sig=1"));

        await Sender(attempts: 4).SendAsync(request, request.Succeed("id"));

        Assert.Equal(4, s3.Requests.Count);
        Assert.Single(s3.Requests.Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task A_refusal_is_not_retried_and_says_what_s3_answered_without_the_signature()
    {
        await using var s3 = new FakeS3([new(403, "Forbidden", "<Error><Code>SignatureDoesNotMatch</Code></Error>")]);
        var request = Request(s3.Url(SignedPath));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Sender().SendAsync(request, request.Succeed("id")));

        Assert.Single(s3.Requests);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Contains("403 Forbidden", error.Message, StringComparison.Ordinal);
        Assert.Contains("SignatureDoesNotMatch", error.Message, StringComparison.Ordinal);
        Assert.Contains("/cr-response-bucket/", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Signature=", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIAEXAMPLE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_every_attempt_fails_the_last_failure_is_reported_with_the_count()
    {
        await using var s3 = new FakeS3([], otherwise: new(503, "Slow Down"));
        var request = Request(s3.Url("/key?sig=1"));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Sender(attempts: 3).SendAsync(request, request.Succeed("id")));

        Assert.Equal(3, s3.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("after 3 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_that_cannot_be_made_is_retried_then_reported()
    {
        var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var url = new Uri($"http://127.0.0.1:{((IPEndPoint)closed.LocalEndpoint).Port}/key?sig=1");
        closed.Stop();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Sender(attempts: 2).SendToAsync(url, Request(url).Succeed("id")));

        Assert.Contains("after 2 attempts", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried()
    {
        await using var s3 = new FakeS3([new(200, "OK", Delay: TimeSpan.FromSeconds(5))]);
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };
        var request = Request(s3.Url("/key?sig=1"));

        await new CloudFormationResponseSender(http) { FirstRetryDelay = TimeSpan.FromMilliseconds(1) }.SendAsync(request, request.Succeed("id"));

        Assert.Equal(2, s3.Requests.Count);
    }

    [Fact]
    public async Task The_callers_cancellation_stops_sending_without_retrying()
    {
        await using var s3 = new FakeS3([new(200, "OK", Delay: TimeSpan.FromSeconds(5))]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var request = Request(s3.Url("/key?sig=1"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sender().SendAsync(request, request.Succeed("id"), cancel.Token));

        Assert.Single(s3.Requests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/key")]
    public async Task A_request_without_an_http_response_url_is_refused(string? responseUrl)
    {
        var request = Request(new Uri("http://127.0.0.1/")) with { ResponseUrl = responseUrl };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Sender().SendAsync(request, request.Succeed("id")));

        Assert.Contains("ResponseURL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_or_oversized_response_is_refused_before_anything_is_sent()
    {
        await using var s3 = new FakeS3([]);
        var request = Request(s3.Url("/key?sig=1"));
        var sender = Sender();

        var status = await Assert.ThrowsAsync<ArgumentException>(() => sender.SendAsync(request, request.Succeed("id") with { Status = "OK" }));
        var stack = await Assert.ThrowsAsync<ArgumentException>(() => sender.SendAsync(request, request.Succeed("id") with { StackId = "" }));
        var physical = await Assert.ThrowsAsync<ArgumentException>(() => sender.SendAsync(request, request.Succeed("")));
        var large = await Assert.ThrowsAsync<ArgumentException>(() => sender.SendAsync(request, request.Fail(new string('x', 5000))));

        Assert.Contains("SUCCESS or FAILED", status.Message, StringComparison.Ordinal);
        Assert.Contains("StackId", stack.Message, StringComparison.Ordinal);
        Assert.Contains("PhysicalResourceId", physical.Message, StringComparison.Ordinal);
        Assert.Contains("at most 4096", large.Message, StringComparison.Ordinal);
        Assert.Empty(s3.Requests);
    }

    [Fact]
    public void The_shared_sender_is_one_instance()
    {
        Assert.Same(CloudFormationResponseSender.Shared, CloudFormationResponseSender.Shared);
    }

    private CloudFormationResponseSender Sender(int attempts = 4) =>
        new(_http) { MaxAttempts = attempts, FirstRetryDelay = TimeSpan.FromMilliseconds(1) };
}
