using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>The request view over Application Load Balancer events, in single- and multi-value modes.</summary>
public sealed class HttpRequestAlbTests
{
    [Fact]
    public void The_single_value_sample_reads_as_ALB()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("alb-lambda-target-request-headers-only.json"));

        Assert.Equal(HttpPayloadFormat.ApplicationLoadBalancer, request.Format);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/", request.Path);
        Assert.Equal("123", request.GetHeader("X-MyHeader"));
        Assert.Equal("hello", request.GetQuery("key"));
        Assert.Null(request.RequestId);
        Assert.True(request.Body.IsEmpty);
        Assert.False(request.UsesMultiValueHeaders);
    }

    [Fact]
    public void The_multi_value_sample_reads_as_ALB_in_multi_value_mode()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("alb-lambda-target-request-multivalue-headers.json"));

        Assert.Equal(HttpPayloadFormat.ApplicationLoadBalancer, request.Format);
        Assert.Equal(["curl/7.54.0"], request.GetHeaderValues("User-Agent"));
        Assert.Equal(["hello"], request.GetQueryValues("key"));
        Assert.True(request.UsesMultiValueHeaders);
    }

    [Fact]
    public void The_source_IP_is_the_last_X_Forwarded_For_entry()
    {
        Assert.Equal("25.12.198.67", HttpRequest.Read(HttpSamples.Sample("alb-lambda-target-request-headers-only.json")).SourceIp);

        var request = HttpSamples.Read("""
            {"requestContext":{"elb":{}},"httpMethod":"GET","path":"/","headers":{"x-forwarded-for":"10.0.0.1, 72.21.198.66"}}
            """);
        Assert.Equal("72.21.198.66", request.SourceIp);
    }

    [Fact]
    public void Query_keys_and_values_arrive_percent_encoded_and_are_decoded()
    {
        var request = HttpSamples.Read("""
            {"requestContext":{"elb":{}},"httpMethod":"GET","path":"/search",
             "queryStringParameters":{"q":"caf%C3%A9+au+lait","my%20key":"a%2Cb"}}
            """);

        Assert.Equal("café au lait", request.GetQuery("q"));
        Assert.Equal("a,b", request.GetQuery("my key"));
    }

    [Fact]
    public void Multi_value_query_values_are_decoded_in_order()
    {
        var request = HttpSamples.Read("""
            {"requestContext":{"elb":{}},"httpMethod":"GET","path":"/","multiValueQueryStringParameters":{"tag":["a%20b","c"]},"multiValueHeaders":{}}
            """);

        Assert.Equal(["a b", "c"], request.GetQueryValues("tag"));
    }

    [Fact]
    public void Cookies_come_from_the_cookie_header()
    {
        var request = HttpSamples.Read("""
            {"requestContext":{"elb":{}},"httpMethod":"GET","path":"/","headers":{"cookie":"session=xyz; theme=dark"}}
            """);

        Assert.Equal("xyz", request.GetCookie("session"));
        Assert.Equal("dark", request.GetCookie("theme"));
    }

    [Fact]
    public void ALB_requests_have_no_claims()
    {
        Assert.Null(HttpRequest.Read(HttpSamples.Sample("alb-lambda-target-request-headers-only.json")).GetClaim("sub"));
    }
}
