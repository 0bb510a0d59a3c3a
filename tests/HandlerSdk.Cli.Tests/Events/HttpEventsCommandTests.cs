using System.Text.Json.Nodes;

namespace HandlerSdk.Cli.Tests.Events;

/// <summary>
/// <c>hsdk events new</c> for HTTP sources (API Gateway v1 and v2, function URLs, ALB, WebSocket): <c>--body</c> becomes
/// the request body as JSON text, with the headers that describe it made to match.
/// </summary>
public sealed class HttpEventsCommandTests
{
    private const string Order = """{"orderId":"o-7","total":12.50,"lines":[{"sku":"A","qty":2}]}""";

    [Theory]
    [InlineData("apigateway-v1", "Content-Length", "Content-Type")]
    [InlineData("apigateway-v2", "content-length", "content-type")]
    [InlineData("function-url", "content-length", "content-type")]
    [InlineData("alb", "content-length", "content-type")]
    public async Task The_body_is_json_text_and_its_length_header_matches(string source, string lengthHeader, string typeHeader)
    {
        var run = await CliRun.RunAsync("events", "new", source, "--body", Order);

        Assert.Equal(0, run.ExitCode);
        var written = JsonNode.Parse(run.Out)!;
        Assert.Equal(Order, (string)written["body"]!);
        Assert.False((bool)written["isBase64Encoded"]!);
        Assert.Equal("61", (string)written["headers"]![lengthHeader]!);
        Assert.Equal("application/json", (string)written["headers"]![typeHeader]!);
        if (written["multiValueHeaders"] is JsonObject multiValueHeaders)
        {
            Assert.Equal("61", (string)multiValueHeaders[lengthHeader]![0]!);
        }
    }

    [Fact]
    public async Task A_websocket_message_carries_the_body_and_no_headers()
    {
        var run = await CliRun.RunAsync("events", "new", "websocket", "--body", Order);

        Assert.Equal(0, run.ExitCode);
        var written = JsonNode.Parse(run.Out)!;
        Assert.Equal(Order, (string)written["body"]!);
        Assert.Null(written["headers"]);
        Assert.Equal("MESSAGE", (string)written["requestContext"]!["eventType"]!);
    }

    [Fact]
    public async Task Http_sources_take_no_count()
    {
        var run = await CliRun.RunAsync("events", "new", "apigateway-v2", "--count", "2");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("apigateway-v2 sends one event with no records, so --count does not apply", run.Error, StringComparison.Ordinal);
    }
}
