using System.Net;
using System.Text;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>
/// API Gateway's integration timeout, shortened with <c>--integration-timeout</c> so these tests wait under a second
/// (AWS's maxima, 30 s for HTTP APIs and 29 s for REST APIs, are <see cref="GatewayErrorTests"/>'): an HTTP API
/// answers 503, a REST API 504, and the function runs on to its end. The only serve tests that wait on a clock.
/// </summary>
[Collection(HttpEchoFunction.Name)]
public sealed class ServeHttpIntegrationTimeoutTests(MirrorShortWaitV2Serve v2, MirrorShortWaitV1Serve v1)
    : IClassFixture<MirrorShortWaitV2Serve>, IClassFixture<MirrorShortWaitV1Serve>
{
    [Fact]
    public async Task An_HTTP_API_answers_503_when_the_function_outlasts_the_integration_timeout_and_the_function_runs_on()
    {
        var response = await v2.Serve.Client.PostAsync("/", new StringContent("sleep:1000", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("""{"message":"Service Unavailable"}""", await response.Content.ReadAsStringAsync());
        Assert.Contains("did not answer within 0.3 s", response.Headers.GetValues("x-hsdk-error").Single(), StringComparison.Ordinal);
        await v2.Serve.WaitForOutputAsync("[Mirror #1] END RequestId: ");
    }

    [Fact]
    public async Task A_REST_API_answers_504()
    {
        var response = await v1.Serve.Client.PostAsync("/", new StringContent("sleep:1000", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("""{"message": "Endpoint request timed out"}""", await response.Content.ReadAsStringAsync());
    }
}
