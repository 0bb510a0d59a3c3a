using System.Buffers;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json.Nodes;
using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Tests.Http;

/// <summary>
/// The generated HTTP function of <see cref="CrudApi"/>, compiled and invoked as the runtime would, with AWS's own
/// sample payloads (API Gateway HTTP API v2, REST API v1, ALB) changed only in method, path, query, headers and body.
/// </summary>
public sealed class HttpDispatchRunTests
{
    private static readonly Lazy<Assembly> Function = new(Compile);

    public static TheoryData<string> Formats => ["v2", "v1", "alb"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_plain_value_is_200_json(string format)
    {
        var response = await InvokeAsync(format, "GET", "/orders");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("""[{"Id":1,"Customer":"ada","Lines":[{"Sku":"pen","Quantity":2}]}]""", response.Body);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Query_and_header_values_are_bound_with_defaults_for_the_missing(string format)
    {
        Assert.Equal("[]", (await InvokeAsync(format, "GET", "/orders", "skip=1")).Body);
        Assert.Equal("[]", (await InvokeAsync(format, "GET", "/orders", "page=2")).Body);
        Assert.Equal("[]", (await InvokeAsync(format, "GET", "/orders", headers: new() { ["X-Tenant"] = "none" })).Body);
        Assert.Equal("5", (await InvokeAsync(format, "GET", "/customers/a%20b/count", "min=2")).Body);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_value_that_does_not_parse_is_400_naming_the_parameter(string format)
    {
        var response = await InvokeAsync(format, "GET", "/orders", "page=x");

        Assert.Equal(400, response.Status);
        Assert.Equal("application/problem+json", response.Header("Content-Type"));
        Assert.Equal("'x' is not a valid Int32.", (string?)response.Json["errors"]!["page"]![0]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task An_empty_value_leaves_an_optional_parameter_unset_as_minimal_APIs_do(string format)
    {
        // ?page= for `int page = 1` is the default, ?fallback= for `Size? fallback` null, an empty X-Toppings the default.
        Assert.Equal("""[{"Id":1,"Customer":"ada","Lines":[{"Sku":"pen","Quantity":2}]}]""", (await InvokeAsync(format, "GET", "/orders", "page=")).Body);
        Assert.Equal("\"Small|none|None|none\"", (await InvokeAsync(format, "GET", "/sizes/small", "fallback=")).Body);
        Assert.Equal("\"Small|none|None|none\"", (await InvokeAsync(format, "GET", "/sizes/small", headers: new() { ["X-Toppings"] = "" })).Body);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task An_empty_value_for_a_required_parameter_is_400_naming_it(string format)
    {
        var response = await InvokeAsync(format, "GET", "/customers/ada/count", "min=");

        Assert.Equal(400, response.Status);
        Assert.Equal("'' is not a valid Int32.", (string?)response.Json["errors"]!["min"]![0]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_missing_required_value_is_400_naming_it(string format)
    {
        var query = await InvokeAsync(format, "GET", "/customers/ada/count");
        var body = await InvokeAsync(format, "POST", "/orders");

        Assert.Equal(400, query.Status);
        Assert.NotNull(query.Json["errors"]!["min"]);
        Assert.Equal(400, body.Status);
        Assert.NotNull(body.Json["errors"]!["order"]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_bad_body_is_400_naming_its_json_path(string format)
    {
        var response = await InvokeAsync(format, "POST", "/orders", body: """{"Customer":"bob","Lines":[{"Sku":"ink","Quantity":"many"}]}""");

        Assert.Equal(400, response.Status);
        Assert.NotNull(response.Json["errors"]!["$.Lines[0].Quantity"]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Created_carries_its_location_and_the_instance_keeps_state(string format)
    {
        var api = NewApi();
        var created = await InvokeAsync(format, "POST", "/orders", body: """{"Customer":"bob","Lines":[{"Sku":"ink","Quantity":3}]}""", api: api);
        var read = await InvokeAsync(format, "GET", "/orders/2", api: api);

        Assert.Equal(201, created.Status);
        Assert.Equal("/orders/2", created.Header("Location"));
        Assert.Equal("""{"Id":2,"Customer":"bob","Lines":[{"Sku":"ink","Quantity":3}]}""", created.Body);
        Assert.Equal(200, read.Status);
        Assert.Equal(created.Body, read.Body);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Void_and_no_content_results_are_204(string format)
    {
        var api = NewApi();
        var replaced = await InvokeAsync(format, "PUT", "/orders/1", body: """{"Id":0,"Customer":"eve","Lines":[]}""", api: api);
        var afterReplace = await InvokeAsync(format, "GET", "/orders/1", api: api);
        var deleted = await InvokeAsync(format, "DELETE", "/orders/1", api: api);
        var afterDelete = await InvokeAsync(format, "GET", "/orders/1", api: api);

        Assert.Equal(204, replaced.Status);
        Assert.Equal("""{"Id":1,"Customer":"eve","Lines":[]}""", afterReplace.Body);
        Assert.Equal(204, deleted.Status);
        Assert.Equal(404, afterDelete.Status);
        Assert.Equal("No order 1.", (string?)afterDelete.Json["detail"]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Unknown_paths_are_404_and_other_methods_405_with_allow(string format)
    {
        var notFound = await InvokeAsync(format, "GET", "/nothing");
        var notAllowed = await InvokeAsync(format, "PATCH", "/orders/1");
        var badRouteValue = await InvokeAsync(format, "GET", "/orders/x");

        Assert.Equal(404, notFound.Status);
        Assert.Equal(405, notAllowed.Status);
        Assert.Equal("GET, PUT, DELETE", notAllowed.Header("Allow"));
        Assert.Equal(404, badRouteValue.Status);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task An_unhandled_exception_is_500_without_its_details(string format)
    {
        var response = await InvokeAsync(format, "GET", "/boom");

        Assert.Equal(500, response.Status);
        Assert.DoesNotContain("secret", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task An_exception_from_the_body_types_own_constructor_is_500_not_400(string format)
    {
        var response = await InvokeAsync(format, "POST", "/coupons", body: """{"code":"short"}""");

        Assert.Equal(500, response.Status);
        Assert.DoesNotContain("secret", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ArgumentException", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_bad_body_of_a_type_with_a_checking_constructor_is_still_400_naming_its_path(string format)
    {
        var bad = await InvokeAsync(format, "POST", "/coupons", body: """{"code":12345678}""");
        var good = await InvokeAsync(format, "POST", "/coupons", body: """{"code":"SAVE2026"}""");

        Assert.Equal(400, bad.Status);
        Assert.NotNull(bad.Json["errors"]!["$.code"]);
        Assert.Equal(200, good.Status);
        Assert.Contains("SAVE2026", good.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Raw_text_bodies_and_the_request_view_are_supplied(string format)
    {
        var response = await InvokeAsync(format, "POST", "/echo", body: "hello");

        Assert.Equal(200, response.Status);
        Assert.Equal("hello POST", response.Body);
        Assert.StartsWith("text/plain", response.Header("Content-Type"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Route_values_are_percent_decoded_and_optional_ones_may_be_left_out(string format)
    {
        Assert.Equal("\"a/b c|none|none|none\"", (await InvokeAsync(format, "GET", "/tags/a%2Fb%20c")).Body);
        Assert.Equal("\"x|3|7|none\"", (await InvokeAsync(format, "GET", "/tags/x/3", headers: new() { ["X-Id"] = "7" })).Body);
        Assert.Equal(400, (await InvokeAsync(format, "GET", "/tags/x/3", headers: new() { ["X-Id"] = "seven" })).Status);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_constrained_route_value_is_checked_and_bound_decoded(string format)
    {
        var plain = await InvokeAsync(format, "GET", "/orders/1");
        var encoded = await InvokeAsync(format, "GET", "/orders/%31");

        Assert.Equal(200, encoded.Status);
        Assert.Equal(plain.Body, encoded.Body);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Enums_bind_from_names_ignoring_case_and_from_defined_numbers(string format)
    {
        Assert.Equal("\"Medium|none|None|none\"", (await InvokeAsync(format, "GET", "/sizes/medium")).Body);
        Assert.Equal("\"Medium|none|None|none\"", (await InvokeAsync(format, "GET", "/sizes/2")).Body);
        Assert.Equal("\"Large|none|None|none\"", (await InvokeAsync(format, "GET", "/sizes/%4Carge")).Body);
        // An ALB target group without multi-value headers passes the last of repeated query keys only.
        var also = format == "alb" ? "Large" : "Small,Large";
        Assert.Equal($"\"Large|{also}|None|Small\"", (await InvokeAsync(format, "GET", "/sizes/LARGE", "also=small&also=3&fallback=Small")).Body);
        Assert.Equal("\"Small|none|Cheese, Olives|none\"", (await InvokeAsync(format, "GET", "/sizes/small", headers: new() { ["X-Toppings"] = "cheese, olives" })).Body);
        Assert.Equal("\"Small|none|Cheese, Ham, Olives|none\"", (await InvokeAsync(format, "GET", "/sizes/small", headers: new() { ["X-Toppings"] = "7" })).Body);
        Assert.Equal("\"Small|none|Ham, Olives|none\"", (await InvokeAsync(format, "GET", "/sizes/small", headers: new() { ["X-Toppings"] = "Ham,4" })).Body);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Undefined_enum_values_are_400_naming_the_parameter(string format)
    {
        await AssertBadAsync("size", "'4' is not a valid Size.", InvokeAsync(format, "GET", "/sizes/4"));
        await AssertBadAsync("size", "'purple' is not a valid Size.", InvokeAsync(format, "GET", "/sizes/purple"));
        await AssertBadAsync("size", "'Small,Large' is not a valid Size.", InvokeAsync(format, "GET", "/sizes/Small,Large"));
        await AssertBadAsync("also", "'huge' is not a valid Size.", InvokeAsync(format, "GET", "/sizes/small", "also=small&also=huge"));
        await AssertBadAsync("X-Toppings", "'8' is not a valid Toppings.", InvokeAsync(format, "GET", "/sizes/small", headers: new() { ["X-Toppings"] = "8" }));
        await AssertBadAsync("X-Toppings", "'cheese,,ham' is not a valid Toppings.", InvokeAsync(format, "GET", "/sizes/small", headers: new() { ["X-Toppings"] = "cheese,,ham" }));

        static async Task AssertBadAsync(string name, string reason, Task<Answer> pending)
        {
            var answer = await pending;
            Assert.Equal(400, answer.Status);
            Assert.Equal(reason, (string?)answer.Json["errors"]![name]![0]);
        }
    }

    [Fact]
    public async Task Claims_the_context_and_the_payload_model_are_bound_from_a_v2_request()
    {
        // apigw-v2-docs.json carries the JWT claim "claim1": "value1".
        Assert.Equal("\"value1@orders-function\"", (await InvokeAsync("v2", "GET", "/whoami")).Body);
        Assert.Equal("\"/raw\"", (await InvokeAsync("v2", "GET", "/raw")).Body);
        Assert.Equal(400, (await InvokeAsync("alb", "GET", "/whoami")).Status);
    }

    private sealed record Answer(int Status, JsonObject Raw, string Body)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;

        public string? Header(string name)
        {
            foreach (var (key, value) in Raw["headers"]?.AsObject() ?? [])
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return (string?)value;
                }
            }

            foreach (var (key, value) in Raw["multiValueHeaders"]?.AsObject() ?? [])
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return string.Join(",", value!.AsArray().Select(v => (string?)v));
                }
            }

            return null;
        }
    }

    private static object NewApi() => Activator.CreateInstance(Function.Value.GetType("Shop.Orders", throwOnError: true)!)!;

    private static async Task<Answer> InvokeAsync(string format, string method, string path, string? query = null, string? body = null, Dictionary<string, string>? headers = null, object? api = null)
    {
        var create = Function.Value.GetType("HandlerSdk.Generated.HttpFunction_orders", throwOnError: true)!.GetMethod("Create", BindingFlags.Static | BindingFlags.NonPublic)!;
        var handler = (LambdaInvocationHandler)create.Invoke(null, [api ?? NewApi()])!;
        var output = new ArrayBufferWriter<byte>();
        await handler(HttpPayloads.Build(format, method, path, query, body, headers ?? []), new TestContext(), output, CancellationToken.None);

        var raw = JsonNode.Parse(output.WrittenSpan)!.AsObject();
        var text = (string?)raw["body"] ?? string.Empty;
        if ((bool?)raw["isBase64Encoded"] == true)
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }

        return new Answer((int)raw["statusCode"]!, raw, text);
    }

    private static Assembly Compile()
    {
        var run = GeneratorRun.Run(CrudApi.Source, OutputKind.DynamicallyLinkedLibrary).AssertCompilesCleanly();
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, GeneratorRun.Describe(emitted.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext("HttpDispatchRun").LoadFromStream(image);
    }

    private sealed class TestContext : ILambdaContext
    {
        public string AwsRequestId => "request";

        public IClientContext? ClientContext => null;

        public string FunctionName => "orders-function";

        public string FunctionVersion => "$LATEST";

        public ICognitoIdentity? Identity => null;

        public string InvokedFunctionArn => "arn:aws:lambda:us-east-2:123456789012:function:orders-function";

        public ILambdaLogger Logger { get; } = new Silent();

        public string LogGroupName => "/aws/lambda/orders-function";

        public string LogStreamName => "stream";

        public int MemoryLimitInMB => 128;

        public TimeSpan RemainingTime => TimeSpan.FromMinutes(1);

        public string? TraceId => null;

        public string? TenantId => null;
    }

    private sealed class Silent : ILambdaLogger
    {
        public void Log(string message)
        {
        }

        public void LogLine(string message)
        {
        }
    }
}
