using System.Buffers;
using System.Text;
using System.Text.Json;
using HandlerSdk.Http;
using HandlerSdk.Tests.Batches;
using static HandlerSdk.Tests.Http.HttpSamples;

namespace HandlerSdk.Tests.Http;

/// <summary>
/// The runner with hand-written dispatch delegates, as generated code will write them: routing, binding, the handler,
/// and the mapping of failures to 400/500 problems.
/// </summary>
public sealed class HttpRunnerTests
{
    private const string PostOrder = """
        {"version":"2.0","rawPath":"/orders/42","rawQueryString":"notify=true&tag=a&tag=b","headers":{"content-type":"application/json","x-tenant":"acme"},
         "cookies":["session=s1"],"body":"{\"id\":7,\"name\":\"Ada\"}","isBase64Encoded":false,
         "requestContext":{"http":{"method":"POST","path":"/orders/42","sourceIp":"1.2.3.4"},"requestId":"req-9",
          "authorizer":{"jwt":{"claims":{"sub":"user-1"},"scopes":null}}}}
        """;

    [Fact]
    public async Task A_dispatch_binds_every_source_and_its_result_is_written()
    {
        var json = await RunAsync(PostOrder, Dispatch);

        AssertJson("""
            {"statusCode":201,"headers":{"Content-Type":"application/json; charset=utf-8","Location":"/orders/42"},
             "body":"{\"id\":42,\"name\":\"Ada acme user-1 s1 True a|b\"}","isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task An_unknown_path_is_404()
    {
        var json = await RunAsync(PostOrder.Replace("/orders/42", "/customers/1", StringComparison.Ordinal), Dispatch);

        Assert.Equal(404, Status(json));
    }

    [Fact]
    public async Task A_known_path_with_another_method_is_405_with_Allow()
    {
        var json = await RunAsync(PostOrder.Replace("\"POST\"", "\"DELETE\"", StringComparison.Ordinal), Dispatch);

        AssertJson("""
            {"statusCode":405,"headers":{"Content-Type":"application/problem+json","Allow":"GET, POST"},
             "body":"{\"title\":\"Method Not Allowed\",\"status\":405,\"detail\":\"The path's routes accept GET, POST.\"}","isBase64Encoded":false}
            """, json);
    }

    [Fact]
    public async Task An_unparsable_route_value_is_a_400_naming_the_parameter()
    {
        var json = await RunAsync(PostOrder.Replace("/orders/42", "/orders/abc", StringComparison.Ordinal), Dispatch);

        Assert.Equal(400, Status(json));
        Assert.Equal(
            """{"title":"Bad Request","status":400,"detail":"The route value 'id' is invalid: 'abc' is not a valid Int32.","errors":{"id":["'abc' is not a valid Int32."]}}""",
            BodyOf(json));
    }

    [Fact]
    public async Task A_missing_required_header_is_a_400_naming_it()
    {
        var json = await RunAsync(PostOrder.Replace("\"x-tenant\":\"acme\"", "\"x-other\":\"1\"", StringComparison.Ordinal), Dispatch);

        Assert.Equal(400, Status(json));
        using var problem = JsonDocument.Parse(BodyOf(json));
        Assert.Equal("The header 'X-Tenant' is invalid: The header is required.", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal("The header is required.", problem.RootElement.GetProperty("errors").GetProperty("X-Tenant")[0].GetString());
    }

    [Fact]
    public async Task A_body_of_the_wrong_shape_is_a_400_naming_the_JSON_path()
    {
        var json = await RunAsync(PostOrder.Replace("{\\\"id\\\":7", "{\\\"id\\\":\\\"seven\\\"", StringComparison.Ordinal), Dispatch);

        Assert.Equal(400, Status(json));
        using var problem = JsonDocument.Parse(BodyOf(json));
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.id", out var reasons), errors.ToString());
        Assert.StartsWith("The request body is invalid at $.id:", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Path:", reasons[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_body_is_a_400()
    {
        var json = await RunAsync(PostOrder.Replace("\"body\":\"{\\\"id\\\":7,\\\"name\\\":\\\"Ada\\\"}\",", string.Empty, StringComparison.Ordinal), Dispatch);

        Assert.Equal(400, Status(json));
        Assert.Contains("A body is required.", BodyOf(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unhandled_exception_is_a_500_without_the_exception_and_is_logged_in_full()
    {
        var context = new FakeLambdaContext();

        var json = await RunAsync(V2, _ => throw new InvalidOperationException("database password is hunter2"), context);

        AssertJson("""
            {"statusCode":500,"headers":{"Content-Type":"application/problem+json"},
             "body":"{\"title\":\"Internal Server Error\",\"status\":500,\"detail\":\"The function failed; its logs have the details under request id r-1.\"}","isBase64Encoded":false}
            """, json);
        Assert.DoesNotContain("hunter2", json, StringComparison.Ordinal);
        var line = Assert.Single(context.Lines);
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Equal("Unhandled exception while handling GET /orders/1; answered 500. | InvalidOperationException: database password is hunter2", line.Message);
    }

    [Fact]
    public async Task An_asynchronous_exception_is_a_500_too()
    {
        var output = new ArrayBufferWriter<byte>();
        await HttpRunner.RunAsync(Encoding.UTF8.GetBytes(V1), new FakeLambdaContext(), output, CancellationToken.None, async (_, _, ct) =>
        {
            await Task.Yield();
            throw new TimeoutException("slow");
        });

        Assert.Equal(500, Status(Encoding.UTF8.GetString(output.WrittenSpan)));
    }

    [Fact]
    public async Task A_body_marked_base64_that_is_not_is_a_400()
    {
        var json = await RunAsync(
            """{"version":"2.0","rawPath":"/","body":"%%%","isBase64Encoded":true,"requestContext":{"http":{"method":"POST","path":"/"}}}""",
            request => HttpResponse.From(HttpResult.Text(HttpBinding.ReadBodyText(request))));

        Assert.Equal(400, Status(json));
        Assert.Contains("isBase64Encoded", BodyOf(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_that_is_not_HTTP_fails_the_invocation()
    {
        var called = false;
        var error = await Assert.ThrowsAsync<HttpPayloadException>(() => RunAsync("""{"Records":[]}""", _ =>
        {
            called = true;
            return HttpResponse.NoContent();
        }));

        Assert.False(called);
        Assert.Contains("not an HTTP request", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_reuse_pooled_buffers_without_mixing_bodies()
    {
        var first = await RunAsync(V2, _ => HttpResponse.Json(new Order(1, new string('x', 5000)), Order.Write));
        var second = await RunAsync(V2, _ => HttpResponse.Json(new Order(2, "short"), Order.Write));

        Assert.Equal(5000 + """{"id":1,"name":""}""".Length, BodyOf(first).Length);
        Assert.Equal("""{"id":2,"name":"short"}""", BodyOf(second));
    }

    private static int Status(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("statusCode").GetInt32();
    }

    /// <summary>
    /// What the generator will emit for <c>[HttpGet("/orders/{id:int}")]</c> and
    /// <c>[HttpPost("/orders/{id:int}")] Create(int id, [FromHeader(Name = "X-Tenant")] string tenant, [FromClaim] string sub,
    /// [FromCookie] string session, bool notify, string[] tag, Order order)</c>.
    /// </summary>
    private static HttpResponse Dispatch(HttpRequest request)
    {
        var path = request.Path.AsSpan();
        if (!path.StartsWith("/orders/") || path[8..].Contains('/'))
        {
            return HttpResponse.NotFound();
        }

        var idText = path[8..];
        switch (request.Method)
        {
            case "GET":
                return HttpResponse.Json(new Order(HttpBinding.ParseSpan<int>(idText, HttpBindingSource.Route, "id"), "found"), Order.Write);
            case "POST":
                var id = HttpBinding.ParseSpan<int>(idText, HttpBindingSource.Route, "id");
                var tenant = HttpBinding.Required(request.GetHeader("X-Tenant"), HttpBindingSource.Header, "X-Tenant");
                var sub = HttpBinding.Required(request.GetClaim("sub"), HttpBindingSource.Claim, "sub");
                var session = HttpBinding.Required(request.GetCookie("session"), HttpBindingSource.Cookie, "session");
                var notifyText = request.GetQuery("notify");
                var notify = notifyText is not null && HttpBinding.Parse<bool>(notifyText, HttpBindingSource.Query, "notify");
                var tags = HttpBinding.ParseAll<string>(request.GetQueryValues("tag"), HttpBindingSource.Query, "tag");
                var order = HttpBinding.ReadJsonBody(request, "order", "Order", Order.Read);
                var result = HttpResult.Created($"/orders/{id}", order with { Id = id, Name = $"{order.Name} {tenant} {sub} {session} {notify} {string.Join('|', tags)}" });
                return HttpResponse.From(result, Order.Write);
            default:
                return HttpResponse.MethodNotAllowed("GET, POST");
        }
    }
}
