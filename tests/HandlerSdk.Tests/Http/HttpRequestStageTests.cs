using System.Text;
using System.Text.Json.Nodes;
using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>
/// The stage name in the path. An HTTP API's stage other than <c>$default</c> is part of its invoke URL on the API's own
/// endpoint and API Gateway passes it on in <c>rawPath</c> and <c>requestContext.http.path</c>; the routes must not see
/// it. Through a custom domain <c>rawPath</c> has no stage, so a first segment spelling the stage is the route's own.
/// A REST API's <c>path</c> never has it (only <c>requestContext.path</c> does).
/// </summary>
public sealed class HttpRequestStageTests
{
    [Theory]
    [InlineData("prod", "/prod/my/path", "/my/path")]
    [InlineData("prod", "/prod/my/path/", "/my/path/")]
    [InlineData("v1-beta_2", "/v1-beta_2/orders", "/orders")]
    [InlineData("prod", "/prod", "/")]
    [InlineData("prod", "/prod/", "/")]
    [InlineData("$default", "/my/path", "/my/path")]
    [InlineData("$default", "/$default/my/path", "/$default/my/path")]
    [InlineData("prod", "/my/path", "/my/path")]
    [InlineData("prod", "/production/x", "/production/x")]
    [InlineData("prod", "/Prod/x", "/Prod/x")]
    [InlineData("prod", "/pro", "/pro")]
    public void An_HTTP_API_stage_is_cut_from_the_path_when_the_path_starts_with_it(string stage, string rawPath, string expected)
    {
        var request = HttpRequest.Read(V2Sample(stage, rawPath));

        Assert.Equal(expected, request.Path);
    }

    [Theory]
    [InlineData("api.example.com", "/prod/my/path")]
    [InlineData("orders.example.com", "/prod")]
    [InlineData("<url-id>.lambda-url.us-west-2.on.aws", "/prod/my/path")]
    [InlineData("id.execute-api.us-east-1.amazonaws.com.example.com", "/prod/my/path")]
    [InlineData("", "/prod/my/path")]
    public void Through_any_other_domain_a_first_segment_spelling_the_stage_is_the_routes_own(string domainName, string rawPath)
    {
        var sample = JsonNode.Parse(V2Sample("prod", rawPath))!.AsObject();
        if (domainName.Length == 0)
        {
            sample["requestContext"]!.AsObject().Remove("domainName");
        }
        else
        {
            sample["requestContext"]!["domainName"] = domainName;
        }

        Assert.Equal(rawPath, HttpRequest.Read(Encoding.UTF8.GetBytes(sample.ToJsonString())).Path);
    }

    [Fact]
    public void The_stage_is_cut_on_a_China_region_endpoint_too_and_the_domain_may_be_escaped()
    {
        var sample = JsonNode.Parse(V2Sample("prod", "/prod/a"))!.AsObject();
        sample["requestContext"]!["domainName"] = "abc123.execute-api.cn-north-1.amazonaws.com.cn";
        Assert.Equal("/a", HttpRequest.Read(Encoding.UTF8.GetBytes(sample.ToJsonString())).Path);

        var escaped = Encoding.UTF8.GetString(V2Sample("prod", "/prod/a"))
            .Replace("\"id.execute-api.us-east-1.amazonaws.com\"", "\"id.execute\\u002Dapi.us-east-1.amazonaws.com\"", StringComparison.Ordinal);
        Assert.Contains("\\u002D", escaped, StringComparison.Ordinal);
        Assert.Equal("/a", HttpRequest.Read(Encoding.UTF8.GetBytes(escaped)).Path);
    }

    [Fact]
    public void AWS_function_URL_sample_keeps_its_path()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("lambda-urls-request.json"));

        Assert.Equal("/my/path", request.Path);
    }

    [Fact]
    public void Without_rawPath_the_stage_is_cut_from_requestContext_http_path()
    {
        var sample = JsonNode.Parse(V2Sample("dev", "/dev/orders/1"))!.AsObject();
        sample.Remove("rawPath");

        Assert.Equal("/orders/1", HttpRequest.Read(Encoding.UTF8.GetBytes(sample.ToJsonString())).Path);
    }

    [Fact]
    public void A_REST_API_path_has_no_stage_though_requestContext_path_does()
    {
        // AWS's sample has stage "testStage"; a request through the execute-api host carries it in requestContext.path.
        var sample = JsonNode.Parse(HttpSamples.Sample("apigw-request.json").Span)!.AsObject();
        sample["requestContext"]!["path"] = "/testStage/hello/world";

        var request = HttpRequest.Read(Encoding.UTF8.GetBytes(sample.ToJsonString()));

        Assert.Equal(HttpPayloadFormat.ApiGatewayV1, request.Format);
        Assert.Equal("/hello/world", request.Path);
    }

    /// <summary>AWS's JWT authorizer sample of payload 2.0 with the stage and the path a named stage gives.</summary>
    private static byte[] V2Sample(string stage, string rawPath)
    {
        var sample = JsonNode.Parse(HttpSamples.Sample("apigw-v2-request-jwt-authorizer.json").Span)!.AsObject();
        sample["rawPath"] = rawPath;
        sample["requestContext"]!["stage"] = stage;
        sample["requestContext"]!["http"]!["path"] = rawPath;
        return Encoding.UTF8.GetBytes(sample.ToJsonString());
    }
}
