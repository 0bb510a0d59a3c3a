using System.Text.Json;
using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>
/// HTTP bodies the runtime writes as JSON (problem details, JSON results) keep <c>'</c>, <c>&lt;</c>, <c>&amp;</c> and
/// non-ASCII text readable, as ASP.NET Core's responses do, and stay valid JSON that reads back to the same text.
/// </summary>
public sealed class HttpBodyJsonTests
{
    private const string Text = "No order 'a<b>&c' for Jürgen — \"quoted\" \\ tab\t";

    [Fact]
    public async Task A_problem_is_written_readably_and_reads_back()
    {
        var json = await HttpSamples.RunAsync(HttpSamples.V2, _ => HttpResponse.From(HttpResult.Problem(404, detail: Text)));
        var body = HttpSamples.BodyOf(json);

        Assert.Contains("No order 'a<b>&c' for Jürgen — \\\"quoted\\\" \\\\ tab\\t", body, StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(Text, problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_binding_failure_names_the_value_readably()
    {
        var json = await HttpSamples.RunAsync(HttpSamples.V2, _ => throw new HttpBindingException(HttpBindingSource.Query, "name", "'Jürgen' is not allowed."));

        Assert.Contains("\"errors\":{\"name\":[\"'Jürgen' is not allowed.\"]}", HttpSamples.BodyOf(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_JSON_result_is_written_readably_and_reads_back()
    {
        var json = await HttpSamples.RunAsync(HttpSamples.V2, _ => HttpResponse.Json(Text, static (w, v) => w.WriteStringValue(v)));
        var body = HttpSamples.BodyOf(json);

        Assert.StartsWith("\"No order 'a<b>&c' for Jürgen", body, StringComparison.Ordinal);
        Assert.Equal(Text, JsonSerializer.Deserialize<string>(body));
    }
}
