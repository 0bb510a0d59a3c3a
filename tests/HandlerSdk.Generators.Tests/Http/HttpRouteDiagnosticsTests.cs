namespace HandlerSdk.Generators.Tests.Http;

/// <summary>HSDK0201..HSDK0209: each rule on the mistake it names, and the valid code right next to it.</summary>
public sealed class HttpRouteDiagnosticsTests
{
    private const string Order = "public sealed record Order(string Id, int Quantity);\n";

    [Fact]
    public async Task A_valid_api_has_no_diagnostics()
    {
        var diagnostics = await HttpAnalyzerRun.DiagnosticsAsync(Order + """
            [HttpApi]
            public sealed class Orders
            {
                [HttpGet("/orders/{id:guid}")] public static Order? Get(Guid id, ILambdaContext context, CancellationToken token) => null;
                [HttpGet("/orders")] public static Order[] List(int page = 1, string? status = null, int[]? ids = null, [FromHeader(Name = "x-tenant")] string? tenant = null) => [];
                [HttpPost("/orders")] public static Order Create(Order order, [FromClaim(Name = "sub")] string user) => order;
                [HttpPut("/orders/{id}")] public Task Replace([FromRoute(Name = "id")] string orderId, [FromBody] Order order) => Task.CompletedTask;
                [HttpPatch("/orders/{ID}")] public static void Patch(string id, [FromBody] byte[] patch) { }
                [HttpDelete("/orders/{id}")] public static void Delete(string id, [FromCookie] string? session) { }
                [HttpGet("/orders/new")] public static void New() { }
                [HttpGet("/orders/{page:int}")] public static void Page(int page) { }
                [HttpGet("/files/{*path}")] public static void File(string path) { }
                [HttpPost("/orders/{id}")] public static void Post(string id) { }
            }
            public static class Single
            {
                [LambdaHandler, HttpGet("/ping")] public static string Ping() => "pong";
            }
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task HSDK0201_squiggles_an_invalid_template_and_says_what_is_wrong()
    {
        const string source = """
            [HttpApi] public sealed class Api
            {
                [HttpGet("/orders/{id:integer}")] public static void Get(int id) { }
                [HttpGet("/orders/{id}/")] public static void Fine(int id) { }
            }
            """;

        Assert.Equal(
            ["HSDK0201@8: Route template \"/orders/{id:integer}\" of 'Api.Get' is invalid: in '{id:integer}': 'integer' is not a known constraint (known: int, long, bool, guid, decimal, double, datetime, alpha, min(n), max(n), range(a,b), minlength(n), maxlength(n), length(n), length(a,b))"],
            await HttpAnalyzerRun.DiagnosticsAsync(source));
        Assert.Equal(["HSDK0201 `\"/orders/{id:integer}\"`"], await HttpAnalyzerRun.SquigglesAsync(source));
    }

    [Theory]
    [InlineData("[HttpGet(\"/orders/{id}\")]", "[HttpGet(\"/orders/{orderId}\")]", "GET /orders/{id}")]
    [InlineData("[HttpGet(\"/orders/{id:int}\")]", "[HttpGet(\"/orders/{orderId:int}/\")]", "GET /orders/{id}")]
    [InlineData("[HttpGet(\"/orders/{id:int:min(1)}\")]", "[HttpGet(\"/orders/{orderId:min(1):int}\")]", "GET /orders/{id}")]
    [InlineData("[HttpGet(\"/orders\")]", "[HttpGet(\"/orders/{orderId?}\")]", "GET /orders")]
    [InlineData("[HttpDelete(\"/files/{*path}\")]", "[HttpDelete(\"files/{*rest}\")]", "DELETE /files/{*path}")]
    public async Task HSDK0202_flags_two_routes_that_answer_the_same_requests(string first, string second, string path)
    {
        var source = $$"""
            [HttpApi] public sealed class Api
            {
                {{first}} public static void A(string? id = null, string? path = null) { }
                {{second}} public static void B(string? orderId = null, string? rest = null) { }
            }
            """;

        Assert.Equal(
            [$"HSDK0202@9: 'Api.A' and 'Api.B' both answer {path} in function 'Api', so the router cannot choose between them; change one template or its constraints"],
            await HttpAnalyzerRun.DiagnosticsAsync(source));
    }

    [Theory]
    [InlineData("[HttpGet(\"/orders/{id}\")]", "[HttpPost(\"/orders/{orderId}\")]")]
    [InlineData("[HttpGet(\"/orders/{id:int}\")]", "[HttpGet(\"/orders/{orderId}\")]")]
    [InlineData("[HttpGet(\"/orders/{id:int}\")]", "[HttpGet(\"/orders/{orderId:long}\")]")]
    [InlineData("[HttpGet(\"/orders/new\")]", "[HttpGet(\"/orders/{orderId}\")]")]
    [InlineData("[HttpGet(\"/orders/{id}\")]", "[HttpGet(\"/Orders/{orderId}\")]")]
    [InlineData("[HttpGet(\"/orders/{id}\")]", "[HttpGet(\"/orders/{orderId}/lines\")]")]
    [InlineData("[HttpGet(\"/files/{*path}\")]", "[HttpGet(\"/files/{orderId}\")]")]
    public async Task HSDK0202_leaves_routes_that_only_overlap_to_the_router(string first, string second)
    {
        var source = $$"""
            [HttpApi] public sealed class Api
            {
                {{first}} public static void A(string? id = null, string? path = null) { }
                {{second}} public static void B(string? orderId = null) { }
            }
            """;

        Assert.Empty(await HttpAnalyzerRun.DiagnosticsAsync(source));
    }

    [Fact]
    public async Task HSDK0202_looks_across_the_classes_of_a_named_group_but_not_across_functions()
    {
        var source = """
            [HttpApi("Shop")] public sealed class Orders { [HttpGet("/items/{id}")] public static void Get(string id) { } }
            [HttpApi("Shop")] public sealed class Items { [HttpGet("/items/{itemId}")] public static void Get(string itemId) { } }
            [HttpApi] public sealed class Other { [HttpGet("/items/{id}")] public static void Get(string id) { } }
            public static class Own { [LambdaHandler, HttpGet("/items/{id}")] public static void Get(string id) { } }
            """;

        Assert.Equal(
            ["HSDK0202@6: 'Items.Get' and 'Orders.Get' both answer GET /items/{itemId} in function 'Shop', so the router cannot choose between them; change one template or its constraints"],
            await HttpAnalyzerRun.DiagnosticsAsync(source));
    }

    [Fact]
    public async Task HSDK0203_flags_a_route_parameter_no_method_parameter_takes()
    {
        var source = """
            [HttpApi] public sealed class Api
            {
                [HttpGet("/orders/{id}/lines/{line}")] public static void Get(string id, [FromQuery] int line) { }
                [HttpGet("/a/{id}/{Line}")] public static void Fine([FromRoute(Name = "ID")] string orderId, int line) { }
            }
            """;

        Assert.Equal(
            ["HSDK0203@8: Route parameter 'line' of template \"/orders/{id}/lines/{line}\" is bound to no parameter of 'Api.Get'; add a parameter named 'line', or mark one [FromRoute(Name = \"line\")]"],
            await HttpAnalyzerRun.DiagnosticsAsync(source));
        Assert.Equal(["HSDK0203 `\"/orders/{id}/lines/{line}\"`"], await HttpAnalyzerRun.SquigglesAsync(source));
    }

    [Fact]
    public async Task HSDK0204_flags_a_FromRoute_parameter_the_template_lacks()
    {
        var source = """
            [HttpApi] public sealed class Api
            {
                [HttpGet("/orders/{id}")] public static void Get(string id, [FromRoute] int line) { }
                [HttpGet("/b/{id}")] public static void Named([FromRoute(Name = "orderId")] string id) { }
                [HttpGet("/c/{line}")] public static void Fine([FromRoute] int line) { }
            }
            """;

        Assert.Equal(
            [
                "HSDK0203@9: Route parameter 'id' of template \"/b/{id}\" is bound to no parameter of 'Api.Named'; add a parameter named 'id', or mark one [FromRoute(Name = \"id\")]",
                "HSDK0204@8: Parameter 'line' of 'Api.Get' is bound from route value 'line', which template \"/orders/{id}\" does not have",
                "HSDK0204@9: Parameter 'id' of 'Api.Named' is bound from route value 'orderId', which template \"/b/{id}\" does not have",
            ],
            await HttpAnalyzerRun.DiagnosticsAsync(source));
        Assert.Contains("HSDK0204 `line`", await HttpAnalyzerRun.SquigglesAsync(source));
    }

    [Theory]
    [InlineData("[HttpGet(\"/o/{id}\")] public static void M(Order id) { }", "id", "route", "Order implements neither ISpanParsable<T> nor IParsable<T> and is no enum, so it cannot be parsed from text")]
    [InlineData("[HttpGet(\"/o/{id}\")] public static void M(int[] id) { }", "id", "route", "a route value is one value, so only query and header parameters can be arrays or lists")]
    [InlineData("[HttpGet(\"/o\")] public static void M([FromQuery] Order filter) { }", "filter", "query string", "Order implements neither ISpanParsable<T> nor IParsable<T> and is no enum, so it cannot be parsed from text")]
    [InlineData("[HttpGet(\"/o\")] public static void M([FromQuery] List<Order> filter) { }", "filter", "query string", "Order implements neither ISpanParsable<T> nor IParsable<T> and is no enum, so it cannot be parsed from text")]
    [InlineData("[HttpGet(\"/o\")] public static void M([FromHeader] Uri link) { }", "link", "headers", "System.Uri implements neither ISpanParsable<T> nor IParsable<T> and is no enum, so it cannot be parsed from text")]
    [InlineData("[HttpGet(\"/o\")] public static void M([FromCookie] string[] session) { }", "session", "cookies", "a cookie is one value, so only query and header parameters can be arrays or lists")]
    [InlineData("[HttpGet(\"/o\")] public static void M([FromClaim] List<string> groups) { }", "groups", "claims", "a claim is one value, so only query and header parameters can be arrays or lists")]
    public async Task HSDK0205_flags_a_type_that_cannot_be_parsed_from_its_source(string method, string parameter, string from, string why)
    {
        var source = Order + $"[HttpApi] public sealed class Api {{ {method} }}";

        Assert.Equal([$"HSDK0205@7: Parameter '{parameter}' of 'Api.M' cannot be bound from the {from}: {why}"], await HttpAnalyzerRun.DiagnosticsAsync(source));
    }

    [Fact]
    public async Task HSDK0205_accepts_parsable_types_nullable_ones_and_lists_of_them_where_several_values_can_come()
    {
        var source = """
            public enum Color { Red }
            [Flags] public enum Access : long { None = 0, Read = 1, Write = 2 }
            [HttpApi] public sealed class Api
            {
                [HttpGet("/o/{id}/{at}/{price}")] public static void M(Guid? id, DateTimeOffset at, decimal price, [FromQuery] List<int> ids, [FromHeader] IReadOnlyList<string> accept, [FromCookie] long? visits, [FromClaim] DateOnly born, Half ratio) { }
                [HttpGet("/e/{color}")] public static void E(Color color, Color[] colors, [FromHeader] List<Color>? shades, [FromCookie] Color? theme, [FromClaim] Access access, Access? wanted = Access.Read) { }
            }
            """;

        Assert.Empty(await HttpAnalyzerRun.DiagnosticsAsync(source));
    }

    [Fact]
    public async Task HSDK0206_flags_a_second_body_and_counts_inferred_and_raw_ones()
    {
        var source = Order + """
            [HttpApi] public sealed class Api
            {
                [HttpPost("/a")] public static void Two(Order first, Order second) { }
                [HttpPost("/b")] public static void Raw(Order order, [FromBody] string text) { }
                [HttpPost("/c")] public static void One(Order order, string text) { }
            }
            """;

        Assert.Equal(
            [
                "HSDK0206@10: 'Api.Raw' reads both 'order' and 'text' from the request body, which holds one value; make them members of one type",
                "HSDK0206@9: 'Api.Two' reads both 'first' and 'second' from the request body, which holds one value; make them members of one type",
            ],
            await HttpAnalyzerRun.DiagnosticsAsync(source));
    }

    [Fact]
    public async Task HSDK0207_warns_of_a_body_on_GET_HEAD_and_DELETE_only()
    {
        var source = Order + """
            [HttpApi] public sealed class Api
            {
                [HttpGet("/a")] public static void Get(Order order) { }
                [HttpHead("/a")] public static void Head([FromBody] string text) { }
                [HttpDelete("/a")] public static void Delete(Order order) { }
                [HttpPost("/a"), HttpPut("/a"), HttpPatch("/a"), HttpOptions("/a")] public static void Others(Order order) { }
                [HttpGet("/b")] public static void Query(int page, string name) { }
            }
            """;

        Assert.Equal(
            [
                "HSDK0207@10: 'Api.Head' reads 'text' from the body of a HEAD request, a body that clients, caches and proxies often drop; bind it from the route or query, or answer POST, PUT or PATCH",
                "HSDK0207@11: 'Api.Delete' reads 'order' from the body of a DELETE request, a body that clients, caches and proxies often drop; bind it from the route or query, or answer POST, PUT or PATCH",
                "HSDK0207@9: 'Api.Get' reads 'order' from the body of a GET request, a body that clients, caches and proxies often drop; bind it from the route or query, or answer POST, PUT or PATCH",
            ],
            await HttpAnalyzerRun.DiagnosticsAsync(source));
    }

    [Fact]
    public async Task HSDK0208_flags_a_route_method_that_belongs_to_no_function()
    {
        var source = """
            public sealed class Loose
            {
                [HttpGet("/a"), HttpPost("/a")] public static void Get() { }
                [LambdaHandler, HttpGet("/b")] public static void Own() { }
            }
            [HttpApi] public sealed class Grouped { [HttpGet("/c")] public static void Get() { } }
            """;

        Assert.Equal(
            ["HSDK0208@8: Route method 'Loose.Get' belongs to no function: mark Loose with [HttpApi], or the method with [LambdaHandler]"],
            await HttpAnalyzerRun.DiagnosticsAsync(source));
        Assert.Equal(["HSDK0208 `Get`"], await HttpAnalyzerRun.SquigglesAsync(source));
    }

    [Fact]
    public async Task HSDK0209_flags_route_methods_generated_code_cannot_call()
    {
        var source = """
            [HttpApi] public sealed class NoDefault(string name)
            {
                [HttpGet("/a")] public string Instance() => name;
                [HttpGet("/b")] public static void Static() { }
            }
            [HttpApi] public sealed class Hidden
            {
                [HttpGet("/c")] private static void Private() { }
                [HttpGet("/d")] internal void Internal() { }
            }
            [HttpApi] public abstract class Abstract { [HttpGet("/e")] public void Get() { } }
            [HttpApi] public sealed class Generic<T> { [HttpGet("/f")] public static void Get() { } }
            [HttpApi] public sealed class Shapes
            {
                [HttpGet("/g")] public static async void Fire() => await Task.Yield();
                [HttpGet("/h")] public static void Out(out int page) => page = 1;
                [HttpGet("/i")] public static Task Fine(in int page) => Task.CompletedTask;
            }
            """;

        Assert.Equal(
            [
                "HSDK0209@13: Route method 'Private' cannot be called by generated code: the method must be public or internal".Replace("'Private'", "'Hidden.Private'"),
                "HSDK0209@16: Route method 'Abstract.Get' cannot be called by generated code: Abstract has no accessible parameterless constructor; add one or make the method static",
                "HSDK0209@17: Route method 'Generic.Get' cannot be called by generated code: generic methods and methods of generic types cannot be routed to; use a concrete method on a non-generic type",
                "HSDK0209@20: Route method 'Shapes.Fire' cannot be called by generated code: it is async void, so nobody can tell when it finishes; return Task or ValueTask",
                "HSDK0209@21: Route method 'Shapes.Out' cannot be called by generated code: parameter 'page' is out, and requests only pass values in",
                "HSDK0209@8: Route method 'NoDefault.Instance' cannot be called by generated code: NoDefault has no accessible parameterless constructor; add one or make the method static",
            ],
            await HttpAnalyzerRun.DiagnosticsAsync(source));
    }

    [Fact]
    public async Task HSDK0210_flags_an_HttpApi_function_named_like_a_handler()
    {
        var source = """
            [HttpApi] public sealed class Orders { [HttpGet("/orders")] public static void List() { } }
            [HttpApi("Shop")] public sealed class Items { [HttpGet("/items")] public static void List() { } }
            [HttpApi("Shop")] public sealed class Carts { [HttpGet("/carts")] public static void List() { } }
            public static class Handlers
            {
                [LambdaHandler(Name = "Orders")] public static void Process(string message) { }
                [LambdaHandler, HttpGet("/shop")] public static void Shop() { }
                [LambdaHandler(Name = "Items")] public static void Fine(string message) { }
            }
            """;

        Assert.Equal(
            [
                "HSDK0210@6: [HttpApi] names its function 'Orders', which is also the name of handler 'Handlers.Process'; Lambda selects a function by name, so give one of them another name",
                "HSDK0210@7: [HttpApi] names its function 'Shop', which is also the name of handler 'Handlers.Shop'; Lambda selects a function by name, so give one of them another name",
                "HSDK0210@8: [HttpApi] names its function 'Shop', which is also the name of handler 'Handlers.Shop'; Lambda selects a function by name, so give one of them another name",
            ],
            await HttpAnalyzerRun.DiagnosticsAsync(source));
        Assert.Equal(["HSDK0210 `HttpApi(\"Shop\")`", "HSDK0210 `HttpApi(\"Shop\")`", "HSDK0210 `HttpApi`"], await HttpAnalyzerRun.SquigglesAsync(source));
    }
}
