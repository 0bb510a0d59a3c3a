using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HandlerSdk.Generators.Tests.Http;

/// <summary>
/// The generated router, compiled and called: which route each (method, path) reaches and with which values, 404
/// and 405 with <c>Allow</c>; its text for a small API (snapshot); and that unrelated edits leave it cached.
/// </summary>
public sealed class HttpRouterTests
{
    // One route per method, so that route indexes (ordered by method name) name the method.
    private const string Api = """
        [HttpApi]
        public sealed class Api
        {
            [HttpGet("/")] public static void Root() { }
            [HttpGet("/orders")] public static void List() { }
            [HttpPost("/orders/")] public static void Create() { }
            [HttpGet("/orders/new")] public static void New() { }
            [HttpGet("/orders/{id:int}")] public static void ById(int id) { }
            [HttpGet("/orders/{slug}")] public static void BySlug(string slug) { }
            [HttpDelete("/orders/{id:guid}")] public static void Delete(Guid id) { }
            [HttpGet("/orders/{id}/lines/{line?}")] public static void Lines(string id, int? line) { }
            [HttpPut("/orders/new/lines")] public static void PutNewLines() { }
            [HttpGet("/files/{*path}")] public static void Files(string path) { }
            [HttpGet("/n/{a:range(1,10)}/{b:alpha}/{c:length(2)}")] public static void Checked(long a, string b, string c) { }
            [HttpGet("/n/{a:min(100)}/{b}/{c:maxlength(3):minlength(1)}")] public static void Big(long a, string b, string c) { }
            [HttpGet("/v/{x:bool}"), HttpHead("/v/{x:bool}")] public static void Flag(bool x) { }
            [HttpGet("/v/{x:decimal}/{y:double}/{z:datetime}")] public static void Numbers(decimal x, double y, DateTime z) { }
            [HttpPatch("/v/{x:long}/{y:length(1,3)}")] public static void Patch(long x, string y) { }
            [HttpOptions("/v/{x:max(5)}")] public static void Options(long x) { }
        }
        """;

    private static readonly Lazy<LoadedRouter> Router = new(() => Load(Api, "Api"));

    // Five literals of one length under the root, two of them sharing their first letter, and one with a literal
    // child: the router picks among same-length literals by one character, then compares the whole text.
    private const string SameLengthApi = """
        [HttpApi]
        public sealed class Shop
        {
            [HttpGet("/books")] public static void Books() { }
            [HttpGet("/boxes")] public static void Boxes() { }
            [HttpGet("/carts/{id}")] public static void Carts(string id) { }
            [HttpGet("/items/{id:int}")] public static void Items(int id) { }
            [HttpGet("/notes/recent")] public static void Notes() { }
            [HttpGet("/{any}/recent")] public static void Other(string any) { }
        }
        """;

    private static readonly Lazy<LoadedRouter> SameLengthRouter = new(() => Load(SameLengthApi, "Shop"));

    [Theory]
    [InlineData("GET", "/books", "Books")]
    [InlineData("GET", "/boxes/", "Boxes")]
    [InlineData("GET", "/carts/7", "Carts [7]")]
    [InlineData("GET", "/items/7", "Items [7]")]
    [InlineData("GET", "/notes/recent", "Notes")]
    [InlineData("GET", "/boxes/recent", "Other [boxes]")]
    [InlineData("GET", "/bokes/recent", "Other [bokes]")]
    [InlineData("GET", "/%62ooks", "Books")]
    [InlineData("GET", "/bokes", "404")]
    [InlineData("GET", "/Books", "404")]
    [InlineData("GET", "/items/x", "404")]
    [InlineData("GET", "/notes", "404")]
    [InlineData("POST", "/books", "405 GET")]
    public void Literals_of_one_length_each_reach_their_route(string method, string path, string expected)
    {
        Assert.Equal(expected, SameLengthRouter.Value.Route(method, path));
    }

    [Theory]
    [InlineData("GET", "/", "Root")]
    [InlineData("GET", "", "Root")]
    [InlineData("GET", "/orders", "List")]
    [InlineData("GET", "/orders/", "List")]
    [InlineData("POST", "/orders", "Create")]
    [InlineData("POST", "/orders/", "Create")]
    [InlineData("GET", "/orders/new", "New")]
    [InlineData("GET", "/orders/42", "ById [42]")]
    [InlineData("GET", "/orders/-7/", "ById [-7]")]
    [InlineData("GET", "/orders/abc", "BySlug [abc]")]
    [InlineData("GET", "/orders/99999999999", "BySlug [99999999999]")]
    [InlineData("GET", "/orders/a%20b", "BySlug [a%20b]")]
    [InlineData("DELETE", "/orders/3f2504e0-4f89-11d3-9a0c-0305e82c3301", "Delete [3f2504e0-4f89-11d3-9a0c-0305e82c3301]")]
    [InlineData("GET", "/orders/7/lines", "Lines [7] [missing]")]
    [InlineData("GET", "/orders/7/lines/3", "Lines [7] [3]")]
    [InlineData("GET", "/orders/new/lines", "Lines [new] [missing]")]
    [InlineData("GET", "/orders/7/lines/x", "Lines [7] [x]")]
    [InlineData("PUT", "/orders/new/lines", "PutNewLines")]
    [InlineData("GET", "/files", "Files []")]
    [InlineData("GET", "/files/", "Files []")]
    [InlineData("GET", "/files/a", "Files [a]")]
    [InlineData("GET", "/files/a/b/c.txt", "Files [a/b/c.txt]")]
    [InlineData("GET", "/files/a//b/", "Files [a//b]")]
    [InlineData("GET", "/n/10/abc/xy", "Checked [10] [abc] [xy]")]
    [InlineData("GET", "/n/100/abc/xyz", "Big [100] [abc] [xyz]")]
    [InlineData("GET", "/v/true", "Flag [true]")]
    [InlineData("HEAD", "/v/False", "Flag [False]")]
    [InlineData("GET", "/v/1.5/-2e3/2024-02-29T10:00:00Z", "Numbers [1.5] [-2e3] [2024-02-29T10:00:00Z]")]
    [InlineData("PATCH", "/v/9000000000/abc", "Patch [9000000000] [abc]")]
    [InlineData("OPTIONS", "/v/5", "Options [5]")]
    [InlineData("OPTIONS", "/v/-5", "Options [-5]")]
    public void Requests_reach_the_most_specific_route_with_its_values(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    [Theory]
    [InlineData("GET", "/nothing")]
    [InlineData("GET", "/Orders")]
    [InlineData("GET", "//orders")]
    [InlineData("GET", "/orders//")]
    [InlineData("GET", "/orders/7/lines/3/4")]
    [InlineData("GET", "/n/0/abc/xy")]
    [InlineData("GET", "/n/11/abc/xy")]
    [InlineData("GET", "/n/10/ab1/xy")]
    [InlineData("GET", "/n/10/abc/xyz")]
    [InlineData("GET", "/n/100/abc/wxyz")]
    [InlineData("GET", "/n/100/abc/")]
    [InlineData("GET", "/v/yes")]
    [InlineData("GET", "/v/1.5/x/2024-02-29")]
    [InlineData("GET", "/v/1.5/2/not-a-date")]
    [InlineData("PATCH", "/v/1/abcd")]
    [InlineData("OPTIONS", "/v/6")]
    public void Paths_no_route_accepts_are_404(string method, string path)
    {
        Assert.Equal("404", Router.Value.Route(method, path));
    }

    [Theory]
    [InlineData("DELETE", "/orders", "405 GET, POST")]
    [InlineData("PUT", "/", "405 GET")]
    [InlineData("POST", "/orders/3f2504e0-4f89-11d3-9a0c-0305e82c3301", "405 GET, DELETE")]
    [InlineData("PATCH", "/orders/new/lines", "405 GET, PUT")]
    [InlineData("BREW", "/v/true", "405 GET, HEAD")]
    [InlineData("get", "/orders", "405 GET, POST")]
    [InlineData("GET", "/v/5/abc", "405 PATCH")]
    public void Paths_routes_accept_for_other_methods_are_405_with_those_methods(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    // Literals and constraints see the decoded segment, as ASP.NET Core matches its decoded path; the values stay ranges
    // into the path as sent (the dispatch decodes them). alpha is ASCII letters in ASP.NET Core too: 'ü' is none.
    [Theory]
    [InlineData("GET", "/orders/%34%32", "ById [%34%32]")]
    [InlineData("GET", "/orders/%2D7", "ById [%2D7]")]
    [InlineData("GET", "/orders/%6Eew", "New")]
    [InlineData("GET", "/orders/%6E%65%77/lines", "Lines [%6E%65%77] [missing]")]
    [InlineData("PUT", "/orders/%6Eew/lines", "PutNewLines")]
    [InlineData("GET", "/orders/4%202", "BySlug [4%202]")]
    [InlineData("GET", "/orders/%7", "BySlug [%7]")]
    [InlineData("GET", "/n/%31%30/%4Aurgen/x%79", "Checked [%31%30] [%4Aurgen] [x%79]")]
    [InlineData("GET", "/n/100/J%C3%BCrgen/%C3%BC", "Big [100] [J%C3%BCrgen] [%C3%BC]")]
    [InlineData("GET", "/n/100/a%2Fb/xyz", "Big [100] [a%2Fb] [xyz]")]
    [InlineData("GET", "/v/%74rue", "Flag [%74rue]")]
    [InlineData("DELETE", "/orders/3f2504e0%2D4f89%2D11d3%2D9a0c%2D0305e82c3301", "Delete [3f2504e0%2D4f89%2D11d3%2D9a0c%2D0305e82c3301]")]
    public void Literals_and_constraints_match_the_percent_decoded_segment(string method, string path, string expected)
    {
        Assert.Equal(expected, Router.Value.Route(method, path));
    }

    [Theory]
    [InlineData("GET", "/n/10/J%C3%BCrgen/xy")] // alpha: 'ü' is not an ASCII letter
    [InlineData("GET", "/n/10/abc/%C3%BC%C3%BC%C3%BC")] // length(2) counts decoded characters: 3
    [InlineData("GET", "/n/%31%31/abc/xy")] // range(1,10): 11
    [InlineData("GET", "/v/%79es")]
    public void Decoded_segments_that_fail_a_constraint_are_404(string method, string path)
    {
        Assert.Equal("404", Router.Value.Route(method, path));
    }

    [Fact]
    public void A_constrained_catch_all_checks_the_decoded_rest()
    {
        var router = Load("""
            [HttpApi("Files")]
            public sealed class Files
            {
                [HttpGet("/f/{*rest:maxlength(3)}")] public static void Short(string rest) { }
                [HttpGet("/{*path}")] public static void Any(string path) { }
            }
            """, "Files").Route;

        Assert.Equal("Short [%61/%62]", router("GET", "/f/%61/%62"));
        Assert.Equal("Any [f/%61%62%63%64]", router("GET", "/f/%61%62%63%64"));
    }

    [Fact]
    public void A_catch_all_at_the_root_takes_every_path_the_other_routes_leave()
    {
        var router = Load("""
            [HttpApi("Site")]
            public sealed class Site
            {
                [HttpGet("/{*path}")] public static void Any(string path) { }
                [HttpGet("/api/{*rest:maxlength(3)}")] public static void Api(string rest) { }
                [HttpPost("/a/b/c/d/e")] public static void Deep() { }
            }
            """, "Site").Route;

        Assert.Equal("Any []", router("GET", "/"));
        Assert.Equal("Any [a/b/c/d/e/f/g]", router("GET", "/a/b/c/d/e/f/g"));
        Assert.Equal("Api [x/y]", router("GET", "/api/x/y"));
        Assert.Equal("Any [api/x/yz]", router("GET", "/api/x/yz"));
        Assert.Equal("Deep", router("POST", "/a/b/c/d/e/"));
        Assert.Equal("405 GET", router("POST", "/a/b/c/d"));
    }

    [Fact]
    public void Invalid_and_colliding_routes_are_left_out_quietly_and_the_rest_is_routed()
    {
        var run = GeneratorRun.Run(Source("""
            [HttpApi] public sealed class Api
            {
                [HttpGet("/a/{id:integer}")] public static void Bad(int id) { }
                [HttpGet("/b/{id}")] public static void First(string id) { }
                [HttpGet("/b/{other}")] public static void Second(string other) { }
                [HttpGet("/c/{id}")] public static void Unbound() { }
            }
            public sealed class NoFunction { [HttpGet("/d")] public static void Get() { } }
            """), OutputKind.DynamicallyLinkedLibrary).AssertCompilesCleanly();

        var router = Assert.Single(run.Sources, s => s.Key.StartsWith("HttpRouter_", StringComparison.Ordinal));
        Assert.Equal("HttpRouter_Api.Match.g.cs", router.Key);
        Assert.Contains("/// <item>0: GET /b/{id} (Api.First)</item>", router.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Second", router.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Bad", router.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Unbound", router.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_function_gets_its_own_router()
    {
        var run = GeneratorRun.Run(Source("""
            [HttpApi("Shop")] public sealed class Orders { [HttpGet("/orders")] public static void List() { } }
            [HttpApi("Shop")] public sealed class Items { [HttpGet("/items")] public static void List() { } }
            [HttpApi] public sealed class Admin { [HttpGet("/admin")] public static void Get() { } }
            """), OutputKind.DynamicallyLinkedLibrary).AssertCompilesCleanly();

        Assert.Equal(["HttpRouter_Admin.Match.g.cs", "HttpRouter_Shop.Match.g.cs"], run.Sources.Keys.Where(k => k.StartsWith("HttpRouter_", StringComparison.Ordinal)));
        Assert.Contains("/// <item>1: GET /orders (Orders.List)</item>", run.Sources["HttpRouter_Shop.Match.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Router_for_a_small_api()
    {
        var run = GeneratorRun.Run(Source("""
            [HttpApi("orders-api")]
            public sealed class Orders
            {
                [HttpGet("/orders")] public static void List(int page = 1) { }
                [HttpPost("/orders")] public static void Create([FromBody] string order) { }
                [HttpGet("/orders/{id:guid}")] public static void Get(Guid id) { }
                [HttpDelete("/orders/{id:guid}")] public static void Delete(Guid id) { }
                [HttpGet("/orders/{id:guid}/lines/{line:int:min(1)?}")] public static void Lines(Guid id, int? line) { }
                [HttpGet("/files/{*path}")] public static void Files(string path) { }
            }
            """), OutputKind.DynamicallyLinkedLibrary).AssertCompilesCleanly();

        Snapshot.Verify(run, hint => hint.StartsWith("HttpRouter_", StringComparison.Ordinal));
    }

    [Fact]
    public void Edits_that_cannot_change_a_router_leave_it_cached_and_the_model_holds_no_symbols()
    {
        var first = GeneratorRun.Run(GeneratorRun.Compile([Source(Api), "internal static class Other { public static int Twice(int v) => v * 2; }"], OutputKind.DynamicallyLinkedLibrary));
        var tree = first.Input.SyntaxTrees.Single(t => t.FilePath == "Source1.cs");
        var edited = first.Input.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(tree.GetText().ToString().Replace("v * 2", "v + v", StringComparison.Ordinal))));
        var bodyEdited = edited.ReplaceSyntaxTree(edited.SyntaxTrees.First(), edited.SyntaxTrees.First().WithChangedText(SourceText.From(Source(Api).Replace("public static void Root() { }", "public static void Root() { _ = 1; }", StringComparison.Ordinal))));

        var second = GeneratorRun.Run(bodyEdited, first.Driver);

        var steps = second.Result.Results.Single().TrackedSteps;
        foreach (var name in new[] { TrackingNames.HttpRoutes, TrackingNames.HttpFunctions })
        {
            Assert.All(steps[name].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
            foreach (var output in steps[name].SelectMany(s => s.Outputs))
            {
                ModelGraph.AssertHoldsNoCompilerObjects(output.Value, name);
            }
        }

        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Changing_a_template_changes_only_its_functions_router()
    {
        const string Two = """
            [HttpApi] public sealed class A { [HttpGet("/a")] public static void Get() { } }
            [HttpApi] public sealed class B { [HttpGet("/b")] public static void Get() { } }
            """;
        var first = GeneratorRun.Run(GeneratorRun.Compile([Source(Two)], OutputKind.DynamicallyLinkedLibrary));
        var tree = first.Input.SyntaxTrees.Single();
        var edited = first.Input.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(Source(Two).Replace("\"/b\"", "\"/bb\"", StringComparison.Ordinal))));

        var second = GeneratorRun.Run(edited, first.Driver);

        Assert.Equal(first.Sources["HttpRouter_A.Match.g.cs"], second.Sources["HttpRouter_A.Match.g.cs"]);
        Assert.Contains("\"bb\"", second.Sources["HttpRouter_B.Match.g.cs"], StringComparison.Ordinal);
        var reasons = second.Result.Results.Single().TrackedSteps[TrackingNames.HttpFunctions].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/orders/42")]
    [InlineData("GET", "/orders/abc/lines/3")]
    [InlineData("DELETE", "/orders/3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("GET", "/files/a/b/c/d/e/f/g/h")]
    [InlineData("GET", "/n/10/abc/xy")]
    [InlineData("GET", "/v/1.5/-2e3/2024-02-29T10:00:00Z")]
    [InlineData("GET", "/nothing/here")]
    [InlineData("GET", "/orders/new/lines/x/y")]
    [InlineData("GET", "/orders/a+b")]
    [InlineData("DELETE", "/orders")]
    [InlineData("BREW", "/v/true")]
    [InlineData("GET", "/v/5/abc")]
    public void Matching_not_found_and_405_allocate_nothing(string method, string path)
    {
        Assert.Equal(0, Router.Value.Allocated(method, path));
    }

    private static LoadedRouter Load(string api, string function) => GeneratedRouter.Load(api, function);

    private static string Source(string code) => GeneratedRouter.Source(code);
}
