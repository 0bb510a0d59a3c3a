namespace HandlerSdk.Generators.Tests.Http;

/// <summary>
/// The generated router at its edges, compiled and called: slashes, percent-encoding, the case of literals, empty and
/// left-out segments, which of several candidate routes wins, HEAD, the order of <c>Allow</c>, and routers large
/// enough that their subtrees get methods of their own (every route still reached, with its values).
/// </summary>
public sealed class HttpRouterEdgeCaseTests
{
    // Declared in an order the router must not depend on: the parameter route before the literal one, OPTIONS first.
    private const string Api = """
        [HttpApi]
        public sealed class Edge
        {
            [HttpOptions("/items")] public static void Options() { }
            [HttpGet("/items/{name}")] public static void ByName(string name) { }
            [HttpGet("/items/{id:int}")] public static void ById(int id) { }
            [HttpGet("/items/latest")] public static void Latest() { }
            [HttpPost("/items")] public static void Create() { }
            [HttpGet("/items")] public static void List() { }
            [HttpPut("/items/{id:int}")] public static void Replace(int id) { }
            [HttpDelete("/items/{id:guid}")] public static void Remove(Guid id) { }
            [HttpGet("/pages/{page:int:range(1,100)}")] public static void Page(int page) { }
            [HttpGet("/pages/{slug:minlength(3)}")] public static void Slug(string slug) { }
            [HttpGet("/search/{term?}")] public static void Search(string? term) { }
            [HttpGet("/files/{*path}")] public static void Files(string path) { }
            [HttpGet("/Docs")] public static void Docs() { }
            [HttpGet("/health")] public static void Health() { }
            [HttpHead("/health")] public static void HealthHead() { }
        }
        """;

    private static readonly Lazy<LoadedRouter> Router = new(() => GeneratedRouter.Load(Api, "Edge"));

    [Theory]
    [InlineData("GET", "/items/", "List")]
    [InlineData("GET", "items", "List")]
    [InlineData("GET", "/items/7/", "ById [7]")]
    [InlineData("GET", "/items//", "404")] // one trailing slash is ignored, the second leaves an empty segment
    [InlineData("GET", "/search/", "Search [missing]")]
    public void One_trailing_slash_is_ignored(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    [Theory]
    [InlineData("GET", "//items", "404")]
    [InlineData("GET", "/items//7", "404")]
    [InlineData("GET", "/search//", "404")]
    [InlineData("GET", "/files//a//b", "Files [/a//b]")] // a catch-all keeps the rest as it came
    public void A_double_slash_is_an_empty_segment_no_parameter_or_literal_accepts(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    [Theory]
    [InlineData("GET", "/%69tems", "List")]
    [InlineData("GET", "/items/%6C%61test", "Latest")]
    [InlineData("GET", "/items/%37", "ById [%37]")]
    [InlineData("GET", "/items/a%2Fb", "ByName [a%2Fb]")] // an encoded slash does not split the segment
    [InlineData("GET", "/items%2F7", "404")]
    [InlineData("GET", "/items/%", "ByName [%]")] // a lone '%' is kept as it is
    [InlineData("GET", "/pages/%31%30%30", "Page [%31%30%30]")]
    public void Percent_encoded_segments_are_compared_decoded_and_captured_as_sent(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    // ASP.NET Core ignores the case of literals; the router compares them as written, as the gateway in front of the
    // function compares its resource paths: the path's case must be the template's.
    [Theory]
    [InlineData("GET", "/Docs", "Docs")]
    [InlineData("GET", "/docs", "404")]
    [InlineData("GET", "/DOCS", "404")]
    [InlineData("GET", "/Items", "404")]
    [InlineData("GET", "/items/LATEST", "ByName [LATEST]")]
    public void Literals_are_compared_case_sensitively(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    [Theory]
    [InlineData("GET", "/files", "Files []")]
    [InlineData("GET", "/files/", "Files []")]
    [InlineData("GET", "/files/a", "Files [a]")]
    [InlineData("GET", "/filesx", "404")]
    public void A_catch_all_accepts_an_empty_rest(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    [Theory]
    [InlineData("GET", "/search", "Search [missing]")]
    [InlineData("GET", "/search/shoes", "Search [shoes]")]
    [InlineData("GET", "/search/shoes/red", "404")]
    public void An_optional_last_segment_may_be_left_out_and_is_then_missing_not_empty(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    [Theory]
    [InlineData("GET", "/items/latest", "Latest")]
    [InlineData("GET", "/items/latest2", "ByName [latest2]")]
    [InlineData("GET", "/items/42", "ById [42]")]
    [InlineData("GET", "/items/abc", "ByName [abc]")]
    public void A_literal_wins_over_a_constrained_parameter_which_wins_over_a_plain_one(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    [Theory]
    [InlineData("GET", "/pages/42", "Page [42]")]
    [InlineData("GET", "/pages/500", "Slug [500]")] // range(1,100) fails, minlength(3) holds
    [InlineData("GET", "/pages/abc", "Slug [abc]")]
    [InlineData("GET", "/pages/0", "404")] // both fail
    [InlineData("PUT", "/items/abc", "405 GET")] // int fails for PUT's route; the plain GET route still matches the path
    public void A_failed_constraint_falls_to_the_next_candidate(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    // Routes match on their own method, as API Gateway's do (a HEAD request matches a HEAD or ANY route, not a GET one);
    // a HEAD route must be declared.
    [Theory]
    [InlineData("HEAD", "/health", "HealthHead")]
    [InlineData("GET", "/health", "Health")]
    [InlineData("HEAD", "/items", "405 GET, POST, OPTIONS")]
    public void Head_reaches_a_head_route_only(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    [Theory]
    [InlineData("DELETE", "/items", "405 GET, POST, OPTIONS")]
    [InlineData("PATCH", "/items/7", "405 GET, PUT")] // {id:int} (GET, PUT) and {name} (GET) both match the path
    [InlineData("PATCH", "/items/3f2504e0-4f89-11d3-9a0c-0305e82c3301", "405 GET, DELETE")]
    [InlineData("POST", "/health", "405 GET, HEAD")]
    [InlineData("get", "/items", "405 GET, POST, OPTIONS")] // methods are case-sensitive (RFC 9110)
    public void The_Allow_list_is_every_method_of_every_route_matching_the_path_in_a_fixed_order(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    [Fact]
    public void Each_Allow_text_is_a_constant_in_the_generated_code()
    {
        var text = Router.Value.Text;
        Assert.Contains("\"GET, POST, OPTIONS\"", text, StringComparison.Ordinal);
        Assert.Contains("\"GET, PUT\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("string.Join", text, StringComparison.Ordinal);
        Assert.Equal(0, Router.Value.Allocated("DELETE", "/items"));
        Assert.Equal(0, Router.Value.Allocated("PATCH", "/items/7"));
    }

    private static readonly string[] Resources = ["customers", "orders", "invoices", "products", "payments", "shipments", "refunds", "coupons", "accounts", "webhooks"];

    [Fact]
    public void Fifty_routes_each_reach_their_own_handler_with_its_value()
    {
        var api = "[HttpApi(\"Big\")] public static class Big\n{\n" + string.Concat(Resources.Select(r => $$"""
                [HttpGet("/{{r}}")] public static void List_{{r}}() { }
                [HttpPost("/{{r}}")] public static void Create_{{r}}() { }
                [HttpGet("/{{r}}/{id:int}")] public static void Get_{{r}}(int id) { }
                [HttpPut("/{{r}}/{id:int}")] public static void Put_{{r}}(int id) { }
                [HttpDelete("/{{r}}/{id:int}")] public static void Delete_{{r}}(int id) { }

            """)) + "}\n";
        var router = GeneratedRouter.Load(api, "Big");

        foreach (var resource in Resources)
        {
            Assert.Equal("List_" + resource, router.Route("GET", "/" + resource));
            Assert.Equal("Create_" + resource, router.Route("POST", "/" + resource + "/"));
            Assert.Equal("Get_" + resource + " [17]", router.Route("GET", "/" + resource + "/17"));
            Assert.Equal("Put_" + resource + " [17]", router.Route("PUT", "/" + resource + "/17"));
            Assert.Equal("Delete_" + resource + " [-3]", router.Route("DELETE", "/" + resource + "/-3"));
            Assert.Equal("405 GET, PUT, DELETE", router.Route("POST", "/" + resource + "/17"));
            Assert.Equal("404", router.Route("GET", "/" + resource + "/x"));
            Assert.Equal("404", router.Route("GET", "/" + resource[..^1] + "z/17"));
            Assert.Contains($"private static int Match_{resource}(global::System.ReadOnlySpan<char> rest,", router.Text, StringComparison.Ordinal);
        }

        Assert.Equal("404", router.Route("GET", "/rebates/1"));
        Assert.Equal("404", router.Route("GET", "/"));
    }

    [Fact]
    public void Literals_among_siblings_deeper_down_get_methods_too_with_names_kept_apart()
    {
        var router = GeneratedRouter.Load("""
            [HttpApi("Nested")]
            public static class Nested
            {
                [HttpGet("/api/v1/a-b/{id}")] public static void Dash(string id) { }
                [HttpGet("/api/v1/a_b/{id}")] public static void Underscore(string id) { }
                [HttpGet("/api/v1/{kind}/{id}")] public static void Any(string kind, string id) { }
                [HttpGet("/api/v2/a-b")] public static void Two() { }
            }
            """, "Nested");

        Assert.Equal("Dash [1]", router.Route("GET", "/api/v1/a-b/1"));
        Assert.Equal("Underscore [2]", router.Route("GET", "/api/v1/a_b/2"));
        Assert.Equal("Dash [x]", router.Route("GET", "/api/v1/a-b/x/")); // the literal wins over {kind}
        Assert.Equal("Any [a.b] [3]", router.Route("GET", "/api/v1/a.b/3"));
        Assert.Equal("Two", router.Route("GET", "/api/v2/a-b"));
        Assert.Equal("404", router.Route("GET", "/api/v3/a-b"));
        Assert.Contains("private static int Match_api(global::System.ReadOnlySpan<char> rest,", router.Text, StringComparison.Ordinal);
        Assert.Contains("private static int Match_api_v1(global::System.ReadOnlySpan<char> rest,", router.Text, StringComparison.Ordinal);
        Assert.Contains("private static int Match_api_v1_a_b(global::System.ReadOnlySpan<char> rest,", router.Text, StringComparison.Ordinal);
        Assert.Contains("private static int Match_api_v1_a_b_2(global::System.ReadOnlySpan<char> rest,", router.Text, StringComparison.Ordinal);
    }
}
