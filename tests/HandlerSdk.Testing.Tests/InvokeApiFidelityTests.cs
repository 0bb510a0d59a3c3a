using System.Net;
using System.Text.Json;

namespace HandlerSdk.Testing.Tests;

/// <summary>Invoke API answers that follow Lambda's documented behaviour, so SDKs print the same messages as against AWS.</summary>
public sealed class InvokeApiFidelityTests
{
    [Theory]
    [InlineData("my function")]
    [InlineData("name:with:too:many")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:bad!")]
    [InlineData("fn:$NOTLATEST")]
    public async Task A_name_that_breaks_lambdas_pattern_is_a_validation_exception(string name)
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var response = await http.PostAsync($"/2015-03-31/functions/{Uri.EscapeDataString(name)}/invocations", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ValidationException", RuntimeClient.Header(response, "x-amzn-ErrorType"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(
            $"1 validation error detected: Value '{name}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:",
            body.RootElement.GetProperty("message").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_longer_than_170_characters_is_a_validation_exception()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var response = await http.PostAsync($"/2015-03-31/functions/{new string('a', 171)}/invocations", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Member must have length less than or equal to 170", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my.function")] // dots are allowed by the Invoke operation's pattern
    [InlineData("arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:fn:prod")]
    public async Task Names_that_fit_the_pattern_but_are_not_this_function_are_not_found(string name)
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var response = await http.PostAsync($"/2015-03-31/functions/{Uri.EscapeDataString(name)}/invocations", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_event_invocation_gets_no_client_context()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var request = new HttpRequestMessage(HttpMethod.Post, "/2015-03-31/functions/function/invocations") { Content = new StringContent("{}") };
        request.Headers.Add("X-Amz-Invocation-Type", "Event");
        request.Headers.Add("X-Amz-Client-Context", Convert.ToBase64String("""{"custom":{"k":"v"}}"""u8));
        using var accepted = await http.SendAsync(request);
        using var next = await runtime.NextAsync();

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.False(next.Headers.Contains("Lambda-Runtime-Client-Context"));
    }

    [Theory]
    [InlineData("GET", "/2015-03-31/functions/", "ListFunctions is not supported")]
    [InlineData("GET", "/2015-03-31/functions/function", "GetFunction is not supported")]
    [InlineData("GET", "/2015-03-31/functions/function/configuration", "GetFunctionConfiguration is not supported")]
    [InlineData("GET", "/2021-11-15/functions/function/response-streaming-invocations", "GET /2021-11-15/functions/function/response-streaming-invocations is not a Lambda operation")]
    [InlineData("GET", "/2015-03-31/functions/function/invocations", "GET /2015-03-31/functions/function/invocations is not a Lambda operation")]
    [InlineData("DELETE", "/anything", "DELETE /anything is not a Lambda operation")]
    public async Task An_operation_the_emulator_does_not_implement_is_named_in_an_error_sdks_can_read(string method, string path, string message)
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = new StringContent("{}");
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("UnsupportedOperationException", RuntimeClient.Header(response, "x-amzn-ErrorType"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("User", body.RootElement.GetProperty("Type").GetString());
        Assert.StartsWith(message, body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("POST /2015-03-31/functions/{name}/invocations", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_runtime_api_path_answers_in_the_runtime_apis_error_shape()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        using var response = await http.GetAsync("/2018-06-01/runtime/invocation/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("InvalidRequest", body.RootElement.GetProperty("errorType").GetString());
    }
}
