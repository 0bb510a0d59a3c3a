using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Template;
using YamlDotNet.RepresentationModel;
using static HandlerSdk.Cli.Tests.TemplateEvents.TemplateEventSourceTests;

namespace HandlerSdk.Cli.Tests.TemplateHttp;

/// <summary>
/// What <c>hsdk template</c> writes for HTTP functions: one API event per API Gateway route, templates converted to
/// API Gateway paths; templates are parsed back with YamlDotNet and asserted node by node.
/// </summary>
public sealed class TemplateHttpEventTests
{
    private static readonly IReadOnlyList<HandlerInfo> Compiled = HandlerCatalog.Read(typeof(OrderApi).Assembly.Location);

    private static HandlerInfo Function(string name, params (string Method, string Template)[] routes) =>
        new(name, "Tests." + name, 0, 0) { HttpRoutes = [.. routes.Select((r, i) => new HttpRouteInfo(r.Method, r.Template, $"{name}Api.Route{i}"))] };

    private static YamlMappingNode Write(SamApiKind api, params HandlerInfo[] handlers) =>
        Parse(SamTemplate.Update(null, handlers, TargetArchitecture.X64, "function.zip", api));

    /// <summary>Each event of the function as "Type Method Path", in the order written.</summary>
    private static string[] Routes(YamlMappingNode root, string function) =>
        [.. ((YamlMappingNode)At(root, "Resources", function, "Properties", "Events")).Children.Values
            .Select(e => $"{Text(e, "Type")} {Text(e, "Properties", "Method")} {Text(e, "Properties", "Path")}")];

    private static string[] EventNames(YamlMappingNode root, string function) =>
        [.. ((YamlMappingNode)At(root, "Resources", function, "Properties", "Events")).Children.Keys.Select(k => ((YamlScalarNode)k).Value!)];

    [Fact]
    public void Each_route_of_a_group_is_an_http_api_event_with_constraints_dropped_and_an_optional_segment_as_two_routes()
    {
        var root = Write(SamApiKind.Http, HandlerCatalog.Find(Compiled, "orders"));

        Assert.Equal(
            [
                "HttpApi GET /orders",
                "HttpApi GET /orders/{id}",
                "HttpApi HEAD /orders/{id}",
                "HttpApi DELETE /orders/{id}",
                "HttpApi GET /orders/{id}/lines/{line}",
                "HttpApi GET /orders/{id}/lines",
            ],
            Routes(root, "Orders"));
        Assert.Equal(["GetOrders", "GetOrdersId", "HeadOrdersId", "DeleteOrdersId", "GetOrdersIdLinesLine", "GetOrdersIdLines"], EventNames(root, "Orders"));
        Assert.Equal(EventNames(root, "Orders"), Texts(root, "Resources", "Orders", "Metadata", SamEventSources.MarkerKey));
    }

    [Fact]
    public void A_catch_all_is_a_greedy_variable_plus_the_path_without_it_and_the_root_is_a_slash()
    {
        var root = Write(SamApiKind.Http, HandlerCatalog.Find(Compiled, "FileApi"));

        Assert.Equal(
            ["HttpApi GET /", "HttpApi GET /files/{path+}", "HttpApi GET /files", "HttpApi OPTIONS /files/{path+}", "HttpApi OPTIONS /files"],
            Routes(root, "FileApi"));
        Assert.Equal(["GetRoot", "GetFilesPath", "GetFiles", "OptionsFilesPath", "OptionsFiles"], EventNames(root, "FileApi"));
    }

    [Fact]
    public void Several_optional_segments_are_one_route_per_length()
    {
        var root = Write(SamApiKind.Http, Function("archive", ("GET", "/archive/{year:int?}/{month:range(1,12)?}")));

        Assert.Equal(["HttpApi GET /archive/{year}/{month}", "HttpApi GET /archive/{year}", "HttpApi GET /archive"], Routes(root, "Archive"));
    }

    [Fact]
    public void A_lambda_handler_route_method_gets_its_one_event()
    {
        var root = Write(SamApiKind.Http, HandlerCatalog.Find(Compiled, "export"));

        Assert.Equal(["HttpApi POST /orders/export"], Routes(root, "Export"));
        Assert.Equal("export", Text(root, "Resources", "Export", "Properties", "Handler"));
    }

    [Fact]
    public void Rest_api_events_are_of_type_api_with_the_same_paths()
    {
        var root = Write(SamApiKind.Rest, HandlerCatalog.Find(Compiled, "FileApi"));

        Assert.Equal(
            ["Api GET /", "Api GET /files/{path+}", "Api GET /files", "Api OPTIONS /files/{path+}", "Api OPTIONS /files"],
            Routes(root, "FileApi"));
        Assert.False(Has(root, "Resources", "FileApi", "Properties", "Events", "GetRoot", "Properties", "ApiId"));
    }

    [Fact]
    public void Writes_the_documented_yaml_for_a_route()
    {
        var yaml = SamTemplate.Update(null, [Function("todos", ("GET", "/todos/{id:int}"))], TargetArchitecture.X64, "function.zip");

        Assert.Contains(
            """
                  Events:
                    GetTodosId:
                      Type: HttpApi
                      Properties:
                        Path: /todos/{id}
                        Method: GET
            """.ReplaceLineEndings("\n"),
            yaml,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_with_the_other_api_replaces_the_events_it_wrote_and_keeps_the_users()
    {
        var todos = Function("todos", ("GET", "/todos/{id}"));
        var first = SamTemplate.Update(null, [todos], TargetArchitecture.X64, "function.zip");
        var edited = first.Replace("      Events:\n", "      Events:\n        Mine:\n          Type: Schedule\n          Properties:\n            Schedule: rate(1 hour)\n", StringComparison.Ordinal);

        var root = Parse(SamTemplate.Update(edited, [todos], TargetArchitecture.X64, "function.zip", SamApiKind.Rest));

        Assert.Equal("Api", Text(root, "Resources", "Todos", "Properties", "Events", "GetTodosId", "Type"));
        Assert.Equal("rate(1 hour)", Text(root, "Resources", "Todos", "Properties", "Events", "Mine", "Properties", "Schedule"));
    }

    [Fact]
    public void Routes_one_function_has_twice_after_conversion_are_one_event()
    {
        // Different constraints are different routes to the function's router, the same route to API Gateway.
        var root = Write(SamApiKind.Http, Function("items", ("GET", "/items/{id:int}"), ("GET", "/items/{key:alpha}"), ("GET", "/items/{id?}")));

        Assert.Equal(["HttpApi GET /items/{id}", "HttpApi GET /items"], Routes(root, "Items"));
    }

    [Fact]
    public void Two_functions_with_the_same_method_and_path_are_refused_naming_both()
    {
        var error = Assert.Throws<UserErrorException>(() => Write(
            SamApiKind.Http,
            Function("orders", ("GET", "/orders/{id:int}")),
            Function("legacy", ("POST", "/orders/{id}"), ("GET", "/orders/{orderId:guid}"))));

        Assert.Equal(
            "functions 'orders' and 'legacy' both answer GET /orders/{orderId} ([HttpGet(\"/orders/{id:int}\")] on ordersApi.Route0 and [HttpGet(\"/orders/{orderId:guid}\")] on legacyApi.Route1); " +
            "API Gateway sends a request to one function only: change one of the routes, or put both in one [HttpApi] function",
            error.Message);
    }

    [Fact]
    public void A_path_a_catch_all_implies_clashes_with_another_functions_route()
    {
        var error = Assert.Throws<UserErrorException>(() => Write(
            SamApiKind.Http,
            Function("files", ("GET", "/files/{*path}")),
            Function("index", ("GET", "/files"))));

        Assert.StartsWith("functions 'files' and 'index' both answer GET /files (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_method_on_the_same_path_in_another_function_is_fine()
    {
        var root = Write(SamApiKind.Http, Function("reader", ("GET", "/orders/{id}")), Function("writer", ("PUT", "/orders/{id}")));

        Assert.Equal(["HttpApi GET /orders/{id}"], Routes(root, "Reader"));
        Assert.Equal(["HttpApi PUT /orders/{id}"], Routes(root, "Writer"));
    }

    [Fact]
    public void A_rest_api_refuses_two_names_for_one_path_variable()
    {
        var handlers = new[] { Function("reader", ("GET", "/orders/{id}")), Function("lines", ("GET", "/orders/{orderId}/lines")) };

        var error = Assert.Throws<UserErrorException>(() => Write(SamApiKind.Rest, handlers));

        Assert.Equal(
            "a REST API cannot have both /orders/{id} ([HttpGet(\"/orders/{id}\")] on readerApi.Route0) and /orders/{orderId}/lines ([HttpGet(\"/orders/{orderId}/lines\")] on linesApi.Route0): " +
            "API Gateway allows one variable name at one place in the path; name both 'id' or both 'orderId'",
            error.Message);
        Assert.Equal(["HttpApi GET /orders/{orderId}/lines"], Routes(Write(SamApiKind.Http, handlers), "Lines"));
    }

    [Fact]
    public void Handlers_without_routes_are_written_as_before()
    {
        var plain = new HandlerInfo("Hello", "HelloWorld.Greeter.HelloAsync", 10, 256);

        Assert.Equal(
            SamTemplate.Update(null, [plain], TargetArchitecture.X64, "function.zip", SamApiKind.Http),
            SamTemplate.Update(null, [plain], TargetArchitecture.X64, "function.zip", SamApiKind.Rest));
        Assert.False(Has(Write(SamApiKind.Http, plain), "Resources", "Hello", "Properties", "Events"));
    }
}
