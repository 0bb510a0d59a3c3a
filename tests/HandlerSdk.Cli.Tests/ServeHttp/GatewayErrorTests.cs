using System.Text;
using HandlerSdk.Cli.Serve.Http;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>
/// What each gateway answers itself when the function fails or is too slow, as AWS documents it: an HTTP API answers a
/// function error with 500 and its 30 s limit with 503; a REST API answers 502 and, after 29 s, 504; an ALB its HTML pages.
/// </summary>
public sealed class GatewayErrorTests
{
    [Theory]
    [InlineData("v2", 500, """{"message":"Internal Server Error"}""")]
    [InlineData("v1", 502, """{"message": "Internal server error"}""")]
    [InlineData("function-url", 502, """{"message":"Internal Server Error"}""")]
    [InlineData("alb", 502, "<h1>502 Bad Gateway</h1>")]
    [InlineData("alb-multi-value", 502, "<h1>502 Bad Gateway</h1>")]
    public void A_function_error(string payload, int status, string body) =>
        AssertAnswer(GatewayErrors.FunctionError(GatewayFormats.Parse(payload), "Echo failed"), status, body);

    [Theory]
    [InlineData("v2", 500, """{"message":"Internal Server Error"}""")]
    [InlineData("v1", 502, """{"message": "Internal server error"}""")]
    [InlineData("function-url", 502, """{"message":"Internal Server Error"}""")]
    [InlineData("alb", 504, "<h1>504 Gateway Time-out</h1>")]
    public void The_function_running_past_its_own_timeout(string payload, int status, string body) =>
        AssertAnswer(GatewayErrors.FunctionTimedOut(GatewayFormats.Parse(payload), "Echo timed out"), status, body);

    [Theory]
    [InlineData("v2", 503, """{"message":"Service Unavailable"}""", 30)]
    [InlineData("v1", 504, """{"message": "Endpoint request timed out"}""", 29)]
    public void The_gateway_giving_up_after_its_integration_timeout(string payload, int status, string body, int seconds)
    {
        var format = GatewayFormats.Parse(payload);
        AssertAnswer(GatewayErrors.GatewayTimedOut(format, "Echo did not answer"), status, body);
        Assert.Equal(TimeSpan.FromSeconds(seconds), GatewayErrors.IntegrationTimeout(format));
    }

    [Theory]
    [InlineData("alb")]
    [InlineData("alb-multi-value")]
    [InlineData("function-url")]
    public void An_alb_and_a_function_url_wait_as_long_as_the_function_runs(string payload) =>
        Assert.Null(GatewayErrors.IntegrationTimeout(GatewayFormats.Parse(payload)));

    [Theory]
    [InlineData("function-url", 429, """{"message":"Rate Exceeded."}""")]
    [InlineData("v2", 500, """{"message":"Internal Server Error"}""")]
    [InlineData("v1", 500, """{"message": "Internal server error"}""")]
    public void A_throttled_function(string payload, int status, string body) =>
        AssertAnswer(GatewayErrors.Throttled(GatewayFormats.Parse(payload), "Echo is throttled"), status, body);

    [Theory]
    [InlineData("v2", true, true)]
    [InlineData("function-url", true, false)]
    [InlineData("v1", false, true)]
    [InlineData("alb", false, false)]
    [InlineData("alb-multi-value", false, false)]
    public void Which_formats_are_payload_2_0_and_which_are_routed(string payload, bool v2, bool routed)
    {
        Assert.Equal(v2, GatewayFormats.IsPayloadV2(GatewayFormats.Parse(payload)));
        Assert.Equal(routed, GatewayFormats.HasRoutes(GatewayFormats.Parse(payload)));
    }

    [Fact]
    public async Task The_gateway_stops_waiting_at_its_limit_and_the_invocation_runs_on()
    {
        var invocation = new TaskCompletionSource<int>();

        Assert.False(await IntegrationWait.WithinAsync(invocation.Task, TimeSpan.FromMilliseconds(50), CancellationToken.None));
        Assert.False(invocation.Task.IsCompleted);
        invocation.SetException(new InvalidOperationException("late failure, observed by no one"));
    }

    [Fact]
    public async Task An_invocation_within_the_limit_or_without_one_is_awaited()
    {
        Assert.True(await IntegrationWait.WithinAsync(Task.Delay(10), TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.True(await IntegrationWait.WithinAsync(Task.Delay(10), null, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => IntegrationWait.WithinAsync(Task.FromException(new InvalidOperationException()), TimeSpan.FromSeconds(1), CancellationToken.None));
    }

    private static void AssertAnswer(GatewayResponse response, int status, string body)
    {
        Assert.Equal(status, response.StatusCode);
        var text = Encoding.ASCII.GetString(response.Body);
        if (body.StartsWith('{'))
        {
            Assert.Equal(body, text);
        }
        else
        {
            Assert.Contains(body, text, StringComparison.Ordinal);
        }

        Assert.Contains(response.Headers, h => h.Key == GatewayErrors.ReasonHeader && h.Value.StartsWith("Echo ", StringComparison.Ordinal));
    }
}
