using System.Net;
using System.Text;
using System.Text.Json;

namespace HandlerSdk.Testing.Tests;

public sealed class InvocationHeaderTests
{
    [Fact]
    public async Task Json_options_reach_the_runtime_minified_and_ascii()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        const string clientContext = "{\n  \"custom\": { \"name\": \"Zoë\" },\n  \"env\": {}\n}";

        var invoke = lambda.InvokeAsync("{}", new LambdaInvokeOptions { ClientContextJson = clientContext, CognitoIdentityJson = """{ "cognitoIdentityId" : "日本" }""" });
        using var next = await runtime.NextAsync();
        using var _ = await runtime.RespondAsync(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"), "{}");
        await TestTimeouts.Within(invoke);

        var sentContext = RuntimeClient.Header(next, "Lambda-Runtime-Client-Context");
        Assert.Equal("""{"custom":{"name":"Zo\u00EB"},"env":{}}""", sentContext);
        Assert.Equal("Zoë", JsonDocument.Parse(sentContext).RootElement.GetProperty("custom").GetProperty("name").GetString());
        Assert.Equal("""{"cognitoIdentityId":"\u65E5\u672C"}""", RuntimeClient.Header(next, "Lambda-Runtime-Cognito-Identity"));
    }

    public static TheoryData<LambdaInvokeOptions, string> InvalidOptions => new()
    {
        { new LambdaInvokeOptions { ClientContextJson = "{not json" }, "ClientContextJson" },
        { new LambdaInvokeOptions { ClientContextJson = "[1]" }, "ClientContextJson" },
        { new LambdaInvokeOptions { CognitoIdentityJson = "{} {}" }, "CognitoIdentityJson" },
        { new LambdaInvokeOptions { TenantId = "tenant\nX-Injected: 1" }, "TenantId" },
        { new LambdaInvokeOptions { TenantId = "" }, "TenantId" },
        { new LambdaInvokeOptions { TraceId = "Root=1-é" }, "TraceId" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task Options_that_cannot_be_headers_are_rejected_before_anything_is_queued(LambdaInvokeOptions options, string property)
    {
        await using var lambda = await LambdaEmulator.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => lambda.InvokeAsync("{}", options));

        Assert.Equal("options", error.ParamName);
        Assert.StartsWith(property, error.Message, StringComparison.Ordinal);
        Assert.Empty(lambda.Output);
    }

    [Fact]
    public async Task Invoke_api_client_context_is_minified_for_the_runtime()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var request = new HttpRequestMessage(HttpMethod.Post, "/2015-03-31/functions/function/invocations") { Content = new StringContent("{}") };
        request.Headers.Add("X-Amz-Client-Context", Convert.ToBase64String(Encoding.UTF8.GetBytes("{ \"custom\" :\n {\"who\": \"Zoë\"} }")));
        var call = http.SendAsync(request);
        using var next = await runtime.NextAsync();
        using var _ = await runtime.RespondAsync(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"), "{}");
        using var response = await TestTimeouts.Within(call);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"custom":{"who":"Zo\u00EB"}}""", RuntimeClient.Header(next, "Lambda-Runtime-Client-Context"));
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{\"a\":")]
    [InlineData("\"text\"")]
    public async Task Invoke_api_rejects_a_client_context_that_is_not_a_json_object(string json)
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var request = new HttpRequestMessage(HttpMethod.Post, "/2015-03-31/functions/function/invocations") { Content = new StringContent("{}") };
        request.Headers.Add("X-Amz-Client-Context", Convert.ToBase64String(Encoding.UTF8.GetBytes(json)));
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidRequestContentException", RuntimeClient.Header(response, "x-amzn-ErrorType"));
        Assert.Empty(lambda.Output);
    }
}
