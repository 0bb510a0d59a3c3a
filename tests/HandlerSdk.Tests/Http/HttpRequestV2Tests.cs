using System.Text;
using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>The request view over HTTP API payload format 2.0 (and function URLs, which send the same shape).</summary>
public sealed class HttpRequestV2Tests
{
    [Fact]
    public void The_JWT_authorizer_sample_reads_as_v2_with_method_path_and_request_context()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("apigw-v2-request-jwt-authorizer.json"));

        Assert.Equal(HttpPayloadFormat.ApiGatewayV2, request.Format);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/my/path", request.Path);
        Assert.Equal("id", request.RequestId);
        Assert.Equal("IP", request.SourceIp);
    }

    [Fact]
    public void Headers_are_found_ignoring_case_and_absent_ones_are_null()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("apigw-v2-request-jwt-authorizer.json"));

        Assert.Equal("value1", request.GetHeader("header1"));
        Assert.Equal("value2", request.GetHeader("HEADER2"));
        Assert.Equal(["value1"], request.GetHeaderValues("Header1"));
        Assert.Null(request.GetHeader("missing"));
        Assert.Empty(request.GetHeaderValues("missing"));
    }

    [Fact]
    public void A_header_HTTP_API_joined_keeps_its_commas_as_one_value()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("lambda-urls-request.json"));

        Assert.Equal("value1,value2", request.GetHeader("header2"));
        Assert.Equal(["value1,value2"], request.GetHeaderValues("header2"));
    }

    [Fact]
    public void Query_values_come_from_rawQueryString_with_every_repeated_value()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("apigw-v2-request-jwt-authorizer.json"));

        Assert.Equal("value1", request.GetQuery("parameter1"));
        Assert.Equal(["value1", "value2"], request.GetQueryValues("parameter1"));
        Assert.Equal("value", request.GetQuery("PARAMETER2"));
        Assert.Null(request.GetQuery("parameter3"));
        Assert.Empty(request.GetQueryValues("parameter3"));
    }

    [Fact]
    public void Raw_query_values_are_percent_decoded_with_plus_as_space()
    {
        var request = HttpSamples.Read("""
            {"version":"2.0","rawPath":"/","rawQueryString":"q=caf%C3%A9+au+lait&tag=a%26b&flag&empty=&na%6De=x",
             "requestContext":{"http":{"method":"GET","path":"/"}}}
            """);

        Assert.Equal("café au lait", request.GetQuery("q"));
        Assert.Equal("a&b", request.GetQuery("tag"));
        Assert.Equal(string.Empty, request.GetQuery("flag"));
        Assert.Equal(string.Empty, request.GetQuery("empty"));
        Assert.Equal("x", request.GetQuery("name"));
    }

    [Fact]
    public void Without_rawQueryString_queryStringParameters_is_used()
    {
        var request = HttpSamples.Read("""
            {"version":"2.0","rawPath":"/","queryStringParameters":{"page":"2"},"requestContext":{"http":{"method":"GET","path":"/"}}}
            """);

        Assert.Equal("2", request.GetQuery("page"));
    }

    [Fact]
    public void Cookies_come_from_the_cookies_array()
    {
        var request = HttpSamples.Read("""
            {"version":"2.0","rawPath":"/","cookies":["session=abc123","theme=\"dark\""],"headers":{"cookie":"ignored=1"},
             "requestContext":{"http":{"method":"GET","path":"/"}}}
            """);

        Assert.Equal("abc123", request.GetCookie("session"));
        Assert.Equal("dark", request.GetCookie("theme"));
        Assert.Null(request.GetCookie("Session"));
        Assert.Null(request.GetCookie("ignored"));
    }

    [Fact]
    public void JWT_claims_are_found_by_exact_name()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("apigw-v2-request-jwt-authorizer.json"));

        Assert.Equal("value1", request.GetClaim("claim1"));
        Assert.Equal("value2", request.GetClaim("claim2"));
        Assert.Null(request.GetClaim("Claim1"));
        Assert.Null(request.GetClaim("scopes"));
    }

    [Fact]
    public void A_Lambda_authorizer_context_is_read_as_claims()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("apigw-v2-request-lambda-authorizer.json"));

        Assert.Equal("value", request.GetClaim("key"));
    }

    [Fact]
    public void An_IAM_authorizer_has_no_claims()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("lambda-urls-request.json"));

        Assert.Null(request.GetClaim("userArn"));
    }

    [Fact]
    public void An_escaped_body_is_unescaped_to_UTF8()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("apigw-v2-request-jwt-authorizer.json"));

        Assert.Equal("{\r\n\t\"a\": 1\r\n}", Encoding.UTF8.GetString(request.Body.Span));
    }

    [Fact]
    public void A_plain_body_is_the_payload_bytes_and_a_function_URL_reads_as_v2()
    {
        var request = HttpRequest.Read(HttpSamples.Sample("lambda-urls-request.json"));

        Assert.Equal(HttpPayloadFormat.ApiGatewayV2, request.Format);
        Assert.Equal("POST", request.Method);
        Assert.Equal("Hello from client!", Encoding.UTF8.GetString(request.Body.Span));
        Assert.Equal("123.123.123.123", request.SourceIp);
    }

    [Fact]
    public void A_base64_body_is_decoded()
    {
        var request = HttpSamples.Read("""
            {"version":"2.0","rawPath":"/upload","body":"AAECA/8=","isBase64Encoded":true,
             "headers":{"content-type":"application/octet-stream"},"requestContext":{"http":{"method":"POST","path":"/upload"}}}
            """);

        Assert.Equal(new byte[] { 0, 1, 2, 3, 255 }, request.Body.ToArray());
        Assert.Equal("application/octet-stream", request.ContentType);
    }

    [Fact]
    public void A_base64_body_with_escaped_slashes_is_decoded()
    {
        var request = HttpSamples.Read("""
            {"version":"2.0","rawPath":"/upload","body":"\/\/8=","isBase64Encoded":true,"requestContext":{"http":{"method":"POST","path":"/upload"}}}
            """);

        Assert.Equal(new byte[] { 255, 255 }, request.Body.ToArray());
    }

    [Fact]
    public void A_body_marked_base64_that_is_not_fails_naming_the_flag()
    {
        var request = HttpSamples.Read("""
            {"version":"2.0","rawPath":"/","body":"not base64!","isBase64Encoded":true,"requestContext":{"http":{"method":"POST","path":"/"}}}
            """);

        var error = Assert.Throws<HttpPayloadException>(() => request.Body);
        Assert.Contains("isBase64Encoded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_body_is_empty()
    {
        var request = HttpSamples.Read(HttpSamples.V2);

        Assert.True(request.Body.IsEmpty);
        Assert.Null(request.ContentType);
    }

    [Fact]
    public void The_method_is_upper_case_and_the_path_stays_encoded()
    {
        var request = HttpSamples.Read("""
            {"version":"2.0","rawPath":"/files/a%20b","requestContext":{"http":{"method":"get","path":"/files/a b"}}}
            """);

        Assert.Equal("GET", request.Method);
        Assert.Equal("/files/a%20b", request.Path);
    }

    [Fact]
    public void Properties_may_come_in_any_order()
    {
        var request = HttpSamples.Read("""
            {"requestContext":{"requestId":"r","http":{"path":"/x","method":"DELETE"}},"rawPath":"/x","version":"2.0"}
            """);

        Assert.Equal(HttpPayloadFormat.ApiGatewayV2, request.Format);
        Assert.Equal("DELETE", request.Method);
    }

    [Theory]
    [InlineData(@"plain", "plain")]
    [InlineData(@"\""q\"" \\ \/ \b\f\n\r\t", "\"q\" \\ / \b\f\n\r\t")]
    [InlineData(@"caf\u00e9 \u20AC", "café €")]
    [InlineData(@"\ud83d\ude00!", "😀!")]
    [InlineData(@"lone \ud83d end", "lone \uFFFD end")]
    [InlineData(@"\u0041\u0042", "AB")]
    public void Escapes_in_a_body_are_unescaped(string escaped, string expected)
    {
        var request = HttpSamples.Read("{\"version\":\"2.0\",\"rawPath\":\"/\",\"body\":\"" + escaped + "\",\"requestContext\":{\"http\":{\"method\":\"POST\",\"path\":\"/\"}}}");

        Assert.Equal(expected, Encoding.UTF8.GetString(request.Body.Span));
    }
}
