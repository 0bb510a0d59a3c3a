using System.Net;
using System.Text;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>
/// How <c>hsdk serve --http</c> maps a function's response back, and answers for it when it cannot: the Mirror function
/// answers with whatever body it is sent.
/// </summary>
[Collection(HttpEchoFunction.Name)]
public sealed class ServeHttpV2ResponseTests(MirrorV2Serve fixture) : IClassFixture<MirrorV2Serve>
{
    private HttpServeSession Serve => fixture.Serve;

    [Fact]
    public async Task Status_headers_and_cookies_of_a_v2_response_reach_the_client()
    {
        var response = await MirrorAsync("""{"statusCode":201,"headers":{"location":"/orders/1","x-count":5,"content-type":"text/plain"},"cookies":["a=1; Path=/","b=2; HttpOnly"],"body":"created"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/orders/1", response.Headers.Location!.OriginalString);
        Assert.Equal("5", response.Headers.GetValues("x-count").Single());
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(["a=1; Path=/", "b=2; HttpOnly"], response.Headers.GetValues("Set-Cookie"));
        Assert.Equal("created", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_base64_body_reaches_the_client_as_bytes()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0xFF];
        var response = await MirrorAsync($$"""{"statusCode":200,"headers":{"content-type":"image/png"},"body":"{{Convert.ToBase64String(png)}}","isBase64Encoded":true}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("""{"id":7,"name":"not a response"}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("\"just a string\"")]
    [InlineData("42")]
    public async Task Json_without_a_status_code_is_the_body_of_a_200(string value)
    {
        var response = await MirrorAsync(value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(value, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_204_has_no_body()
    {
        var response = await MirrorAsync("""{"statusCode":204,"headers":{"x-done":"yes"}}""");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("yes", response.Headers.GetValues("x-done").Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_function_error_is_a_500_as_an_http_api_answers_with_the_reason_logged()
    {
        var response = await MirrorAsync("throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("""{"message":"Internal Server Error"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("Mirror failed with InvalidOperationException: Mirror was asked to fail.", response.Headers.GetValues("x-hsdk-error").Single());
        await Serve.WaitForOutputAsync("[http] POST /mirror -> 500: Mirror failed with InvalidOperationException: Mirror was asked to fail.");
    }

    [Fact]
    public async Task The_function_running_past_its_own_timeout_is_a_function_error_to_an_http_api()
    {
        var response = await MirrorAsync("sleep:6000");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("""{"message":"Internal Server Error"}""", await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Mirror timed out: ", response.Headers.GetValues("x-hsdk-error").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "malformed response from Mirror: the function's response is not JSON")]
    [InlineData("""{"statusCode":"abc"}""", "malformed response from Mirror: statusCode \"abc\" is not an HTTP status (100-599)")]
    [InlineData("""{"statusCode":200,"headers":["a"]}""", "malformed response from Mirror: headers is a JSON array, not an object of strings")]
    [InlineData("""{"statusCode":200,"body":"@@","isBase64Encoded":true}""", "malformed response from Mirror: isBase64Encoded is true but body is not base64")]
    [InlineData("""{"statusCode":200,"cookies":"a=1"}""", "malformed response from Mirror: cookies is not an array of strings")]
    public async Task A_malformed_response_is_a_500_saying_why(string body, string reason)
    {
        var response = await MirrorAsync(body);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("""{"message":"Internal Server Error"}""", await response.Content.ReadAsStringAsync());
        Assert.StartsWith(reason, response.Headers.GetValues("x-hsdk-error").Single(), StringComparison.Ordinal);
        await Serve.WaitForOutputAsync("-> 500: " + reason);
    }

    [Fact]
    public async Task A_body_over_6_MB_is_a_413_before_it_is_read()
    {
        using var socket = await RawHttp.ConnectAsync(Serve.HttpPort);

        await RawHttp.SendAsync(socket, "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\nContent-Length: 6291457\r\n\r\nabc");
        var response = await RawHttp.ReadResponseAsync(socket);

        Assert.StartsWith("HTTP/1.1 413 ", response, StringComparison.Ordinal);
        Assert.Contains("Connection: close", response, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("""{"message":"Request Entity Too Large"}""", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_at_6_MB_grows_past_the_limit_as_base64_and_lambda_refuses_it_with_a_413()
    {
        var content = new ByteArrayContent(new byte[6 * 1024 * 1024]) { Headers = { ContentType = new("application/octet-stream") } };

        var response = await Serve.Client.PostAsync("/upload", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.StartsWith("Lambda refused the ", response.Headers.GetValues("x-hsdk-error").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_of_an_allowed_origin_may_use_any_method_and_read_the_functions_headers()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/orders/1");
        preflight.Headers.Add("Origin", MirrorV2Serve.AllowedOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "DELETE");
        using var call = new HttpRequestMessage(HttpMethod.Delete, "/orders/1") { Content = new StringContent("""{"statusCode":200,"headers":{"x-deleted":"1"}}""", Encoding.UTF8, "application/json") };
        call.Headers.Add("Origin", MirrorV2Serve.AllowedOrigin);

        var preflightResponse = await Serve.Client.SendAsync(preflight);
        var response = await Serve.Client.SendAsync(call);

        Assert.Equal(HttpStatusCode.NoContent, preflightResponse.StatusCode);
        Assert.Contains("DELETE", preflightResponse.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MirrorV2Serve.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }

    [Fact]
    public async Task A_page_of_another_origin_is_refused_before_the_function_runs()
    {
        using var call = new HttpRequestMessage(HttpMethod.Post, "/mirror") { Content = new StringContent("throw", Encoding.UTF8, "text/plain") };
        call.Headers.Add("Origin", "https://evil.example");
        var invocationsBefore = Invocations();

        var response = await Serve.Client.SendAsync(call);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(invocationsBefore, Invocations());
    }

    private int Invocations() => Serve.Output.Split("START RequestId: ").Length;

    private Task<HttpResponseMessage> MirrorAsync(string body) =>
        Serve.Client.PostAsync("/mirror", new StringContent(body, Encoding.UTF8, "text/plain"));
}

[Collection(HttpEchoFunction.Name)]
public sealed class ServeHttpV1ResponseTests(MirrorV1Serve fixture) : IClassFixture<MirrorV1Serve>
{
    [Fact]
    public async Task Headers_and_multi_value_headers_merge_with_the_multi_value_list_winning()
    {
        var response = await MirrorAsync("""{"statusCode":200,"headers":{"x-single":"s","x-both":"single"},"multiValueHeaders":{"x-both":["m1","m2"],"Set-Cookie":["a=1","b=2"]},"body":"ok"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("s", response.Headers.GetValues("x-single").Single());
        Assert.Equal(["m1", "m2"], response.Headers.GetValues("x-both"));
        Assert.Equal(["a=1", "b=2"], response.Headers.GetValues("Set-Cookie"));
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_response_without_a_status_code_is_malformed_in_v1()
    {
        var response = await MirrorAsync("""{"id":7}""");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("""{"message": "Internal server error"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("malformed response from Mirror: the function's response has no statusCode", response.Headers.GetValues("x-hsdk-error").Single());
    }

    [Fact]
    public async Task The_function_running_past_its_own_timeout_is_a_502_from_a_rest_api()
    {
        var response = await MirrorAsync("sleep:6000");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("""{"message": "Internal server error"}""", await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Mirror timed out: ", response.Headers.GetValues("x-hsdk-error").Single(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> MirrorAsync(string body) =>
        fixture.Serve.Client.PostAsync("/mirror", new StringContent(body, Encoding.UTF8, "text/plain"));
}

[Collection(HttpEchoFunction.Name)]
public sealed class ServeHttpAlbResponseTests(MirrorAlbMultiValueServe fixture) : IClassFixture<MirrorAlbMultiValueServe>
{
    [Fact]
    public async Task Status_description_and_multi_value_headers_of_an_alb_response_reach_the_client()
    {
        var response = await MirrorAsync("""{"statusCode":418,"statusDescription":"418 Short And Stout","multiValueHeaders":{"x-tea":["green","black"]},"body":"teapot"}""");

        Assert.Equal((HttpStatusCode)418, response.StatusCode);
        Assert.Equal("Short And Stout", response.ReasonPhrase);
        Assert.Equal(["green", "black"], response.Headers.GetValues("x-tea"));
        Assert.Equal("teapot", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_function_error_is_the_albs_502_page()
    {
        var response = await MirrorAsync("throw");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<h1>502 Bad Gateway</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_albs_1_MB_is_a_413()
    {
        var response = await fixture.Serve.Client.PostAsync("/upload", new ByteArrayContent(new byte[(1024 * 1024) + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<h1>413 Request Entity Too Large</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> MirrorAsync(string body) =>
        fixture.Serve.Client.PostAsync("/mirror", new StringContent(body, Encoding.UTF8, "text/plain"));
}

[Collection(HttpEchoFunction.Name)]
public sealed class ServeHttpConcurrencyTests(MirrorReservedConcurrencyServe fixture) : IClassFixture<MirrorReservedConcurrencyServe>
{
    [Fact]
    public async Task A_request_beyond_the_reserved_concurrency_is_throttled_as_api_gateway_answers_it()
    {
        var client = fixture.Serve.Client;
        var first = client.PostAsync("/slow", new StringContent("sleep:1500", Encoding.UTF8, "text/plain"));
        await fixture.Serve.WaitForOutputAsync("[Mirror #1] START RequestId: ");

        var second = await client.PostAsync("/fast", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.InternalServerError, second.StatusCode);
        Assert.Equal("""{"message":"Internal Server Error"}""", await second.Content.ReadAsStringAsync());
        Assert.StartsWith("Mirror is throttled", second.Headers.GetValues("x-hsdk-error").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
    }
}
