using System.Text;
using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>The request view over REST API proxy events (payload format 1.0).</summary>
public sealed class HttpRequestV1Tests
{
    [Fact]
    public void The_REST_API_sample_reads_as_v1()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("apigw-request.json"));

        Assert.Equal(HttpPayloadFormat.ApiGatewayV1, request.Format);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/hello/world", request.Path);
        Assert.Equal("deef4878-7910-11e6-8f14-25afc3e9ae33", request.RequestId);
        Assert.Equal("192.168.196.186", request.SourceIp);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("{\r\n\t\"a\": 1\r\n}", Encoding.UTF8.GetString(request.Body.Span));
    }

    [Fact]
    public void Headers_and_query_come_from_the_multi_value_maps()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("apigw-request.json"));

        Assert.Equal("54.240.196.186, 54.182.214.83", request.GetHeader("x-forwarded-for"));
        Assert.Equal("me", request.GetQuery("name"));
        Assert.Equal(["me"], request.GetQueryValues("NAME"));
    }

    [Fact]
    public void Repeated_headers_and_query_values_are_kept_in_order()
    {
        var request = HttpSamples.Read("""
            {"httpMethod":"GET","path":"/","headers":{"X-Tag":"b"},"multiValueHeaders":{"X-Tag":["a","b"]},
             "queryStringParameters":{"id":"2"},"multiValueQueryStringParameters":{"id":["1","2"]},"requestContext":{}}
            """);

        Assert.Equal(["a", "b"], request.GetHeaderValues("x-tag"));
        Assert.Equal("a,b", request.GetHeader("x-tag"));
        Assert.Equal(["1", "2"], request.GetQueryValues("id"));
        Assert.Equal("1", request.GetQuery("id"));
    }

    [Fact]
    public void Query_values_API_Gateway_already_decoded_are_not_decoded_again()
    {
        var request = HttpSamples.Read("""
            {"httpMethod":"GET","path":"/","queryStringParameters":{"q":"50%+off"},"requestContext":{}}
            """);

        Assert.Equal("50%+off", request.GetQuery("q"));
    }

    [Fact]
    public void Single_value_maps_are_used_when_the_multi_value_ones_are_missing()
    {
        var request = HttpSamples.Read("""
            {"httpMethod":"GET","path":"/","headers":{"Accept":"text/html"},"queryStringParameters":{"page":"3"},"requestContext":{}}
            """);

        Assert.Equal("text/html", request.GetHeader("accept"));
        Assert.Equal(["3"], request.GetQueryValues("page"));
    }

    [Fact]
    public void Cookies_come_from_the_Cookie_header()
    {
        var request = HttpSamples.Read("""
            {"httpMethod":"GET","path":"/","multiValueHeaders":{"Cookie":["a=1; session=abc","b=2"]},"requestContext":{}}
            """);

        Assert.Equal("abc", request.GetCookie("session"));
        Assert.Equal("2", request.GetCookie("b"));
        Assert.Null(request.GetCookie("c"));
    }

    [Fact]
    public void A_Lambda_authorizer_context_is_read_as_claims_with_numbers_as_text()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("apigw-request.json"));

        Assert.Equal("admin", request.GetClaim("principalId"));
        Assert.Equal("1", request.GetClaim("clientId"));
        Assert.Equal("Exata", request.GetClaim("clientName"));
        Assert.Null(request.GetClaim("missing"));
    }

    [Fact]
    public void Cognito_claims_are_read_from_authorizer_claims()
    {
        var request = HttpSamples.Read("""
            {"httpMethod":"GET","path":"/","requestContext":{"authorizer":{"principalId":"p","claims":{"sub":"user-1","email_verified":"true","groups":["a","b"]}}}}
            """);

        Assert.Equal("user-1", request.GetClaim("sub"));
        Assert.Equal("true", request.GetClaim("email_verified"));
        Assert.Equal("[\"a\",\"b\"]", request.GetClaim("groups"));
        Assert.Null(request.GetClaim("principalId"));
    }

    [Fact]
    public void An_HTTP_API_payload_1_0_event_reads_as_v1()
    {
        var request = HttpSamples.Read("""
            {"version":"1.0","resource":"/my/path","path":"/my/path","httpMethod":"GET","headers":{"header1":"value1"},"requestContext":{"requestId":"id"}}
            """);

        Assert.Equal(HttpPayloadFormat.ApiGatewayV1, request.Format);
        Assert.Equal("value1", request.GetHeader("Header1"));
    }

    [Fact]
    public void A_Lambda_authorizer_context_value_named_claims_is_a_claim_not_an_error()
    {
        var request = HttpSamples.Read("""
            {"httpMethod":"GET","path":"/","requestContext":{"authorizer":{"principalId":"p","claims":"plain","jwt":"x","lambda":5}}}
            """);

        Assert.Equal("plain", request.GetClaim("claims"));
        Assert.Equal("p", request.GetClaim("principalId"));
    }
}
