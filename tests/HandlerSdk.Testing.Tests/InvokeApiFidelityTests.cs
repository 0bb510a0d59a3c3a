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
}
