using System.Text;
using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>
/// <see cref="HttpStagePath"/>: the stage is cut only on an API's own endpoint, the domain API Gateway's sample events
/// carry (<c>id.execute-api.us-east-1.amazonaws.com</c>); custom domains and function URLs keep the path as sent.
/// </summary>
public sealed class HttpStagePathTests
{
    [Theory]
    [InlineData("id.execute-api.us-east-1.amazonaws.com")]
    [InlineData("gy415nuibc.execute-api.us-east-2.amazonaws.com")]
    [InlineData("r275xc9bmd.execute-api.cn-northwest-1.amazonaws.com.cn")]
    [InlineData("ID.EXECUTE-API.US-EAST-1.AMAZONAWS.COM")]
    public void An_api_endpoint(string domainName) =>
        Assert.True(HttpStagePath.IsApiEndpoint(Encoding.UTF8.GetBytes(domainName)));

    [Theory]
    [InlineData("")]
    [InlineData("api.example.com")]
    [InlineData("<url-id>.lambda-url.us-west-2.on.aws")]
    [InlineData("execute-api.us-east-1.amazonaws.com")]
    [InlineData(".execute-api.us-east-1.amazonaws.com")]
    [InlineData("id.execute-api..amazonaws.com")]
    [InlineData("id.execute-api.us-east-1.amazonaws.com.evil.example")]
    [InlineData("id.execute-api.us-east-1.example.com")]
    [InlineData("id.api.us-east-1.amazonaws.com")]
    [InlineData("a.b.execute-api.us-east-1.amazonaws.com")]
    [InlineData("127.0.0.1")]
    public void Not_an_api_endpoint(string domainName) =>
        Assert.False(HttpStagePath.IsApiEndpoint(Encoding.UTF8.GetBytes(domainName)));

    [Theory]
    [InlineData("/prod/orders", "prod", "/orders")]
    [InlineData("/prod", "prod", "/")]
    [InlineData("/prod/", "prod", "/")]
    [InlineData("/production", "prod", "/production")]
    [InlineData("/orders", "$default", "/orders")]
    [InlineData("/orders", "", "/orders")]
    [InlineData("prod/orders", "prod", "prod/orders")]
    [InlineData("/pröd/x", "pröd", "/pröd/x")]
    public void On_an_api_endpoint_a_leading_stage_segment_is_cut(string path, string stage, string expected) =>
        Assert.Equal(expected, HttpStagePath.RoutePath(path, Encoding.UTF8.GetBytes(stage), "id.execute-api.us-east-1.amazonaws.com"u8));

    [Fact]
    public void Elsewhere_the_path_is_the_routes_own() =>
        Assert.Equal("/prod/orders", HttpStagePath.RoutePath("/prod/orders", "prod"u8, "api.example.com"u8));
}
