using HandlerSdk.Http;
using static HandlerSdk.Tests.Http.HttpSamples;

namespace HandlerSdk.Tests.Http;

/// <summary>What every format shares: HEAD answers without a body, created results and binding failures in the request's form.</summary>
public sealed class HttpResponseFormatTests
{
    public static TheoryData<string, string> Formats => new()
    {
        { V1, "headers" },
        { V2, "headers" },
        { AlbSingle, "headers" },
        { AlbMulti, "multiValueHeaders" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task HEAD_is_answered_without_a_body_in_every_format(string @event, string headersMember)
    {
        var head = @event.Replace("\"GET\"", "\"HEAD\"", StringComparison.Ordinal);

        var json = await RunAsync(head, _ => HttpResponse.From(HttpResult.Text("hello")));

        Assert.DoesNotContain("\"body\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"{headersMember}\":", json, StringComparison.Ordinal);
        Assert.Contains("text/plain; charset=utf-8", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Created_carries_location_and_value_in_every_format(string @event, string headersMember)
    {
        var json = await RunAsync(@event, _ => HttpResponse.From(HttpResult.Created("/orders/7", new Order(7, "Bo")), Order.Write));

        Assert.Contains("\"statusCode\":201", json, StringComparison.Ordinal);
        Assert.Contains(headersMember == "headers" ? "\"Location\":\"/orders/7\"" : "\"Location\":[\"/orders/7\"]", json, StringComparison.Ordinal);
        Assert.Equal("""{"id":7,"name":"Bo"}""", BodyOf(json));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_binding_failure_is_a_400_problem_in_every_format(string @event, string headersMember)
    {
        var json = await RunAsync(@event, request => HttpResponse.Json(HttpBinding.Parse<int>(request.GetQuery("page"), HttpBindingSource.Query, "page"), static (w, v) => w.WriteNumberValue(v)));

        Assert.Contains("\"statusCode\":400", json, StringComparison.Ordinal);
        Assert.Contains(headersMember == "headers" ? "\"Content-Type\":\"application/problem+json\"" : "\"Content-Type\":[\"application/problem+json\"]", json, StringComparison.Ordinal);
        Assert.Equal(
            """{"title":"Bad Request","status":400,"detail":"The query parameter 'page' is invalid: The query parameter is required.","errors":{"page":["The query parameter is required."]}}""",
            BodyOf(json));
    }
}
