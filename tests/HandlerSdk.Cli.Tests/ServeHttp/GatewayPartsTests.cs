using HandlerSdk.Cli.Serve.Http;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>The small rules of the HTTP front door, on their own.</summary>
public sealed class GatewayPartsTests
{
    [Theory]
    [InlineData("localhost:8080", "localhost", "localhost")]
    [InlineData("127.0.0.1:8080", "127.0.0.1", "127")]
    [InlineData("[::1]:8080", "[::1]", "[::1]")]
    [InlineData("api.localhost", "api.localhost", "api")]
    public void The_domain_comes_from_the_host_without_its_port(string host, string domainName, string domainPrefix)
    {
        Assert.Equal(domainName, GatewayIdentity.HostWithoutPort(host));
        Assert.Equal(domainPrefix, GatewayIdentity.DomainPrefix(host));
    }

    [Theory]
    [InlineData("text/plain", true)]
    [InlineData("Text/HTML; charset=iso-8859-1", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("application/problem+json", true)]
    [InlineData("application/atom+xml", true)]
    [InlineData("application/javascript", true)]
    [InlineData("application/x-www-form-urlencoded", false)]
    [InlineData("multipart/form-data; boundary=x", false)]
    [InlineData("application/octet-stream", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Text_content_types_travel_as_text(string? contentType, bool textual) =>
        Assert.Equal(textual, BodyEncoding.IsTextual(contentType));

    [Fact]
    public void Api_gateway_decodes_query_values_and_an_alb_keeps_them_as_sent()
    {
        const string Raw = "a=1%2B1&b=x+y&a=2&flag&=v";

        Assert.Equal([new("a", "1+1"), new("b", "x y"), new("a", "2"), new("flag", ""), new("", "v")], QueryString.Parse(Raw, decode: true));
        Assert.Equal([new("a", "1%2B1"), new("b", "x+y"), new("a", "2"), new("flag", ""), new("", "v")], QueryString.Parse(Raw, decode: false));
        Assert.Equal(["1+1", "2"], QueryString.Group(QueryString.Parse(Raw, decode: true))[0].Value);
    }
}
