using HandlerSdk.Generators.Model.Http;
using HandlerSdk.Generators.Parsing.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HandlerSdk.Generators.Tests.Http;

/// <summary>The route model: which function each route joins and where each parameter's value comes from.</summary>
public sealed class HttpRouteParserTests
{
    private const string Source = """
        public sealed record Order(string Id);
        [HttpApi] public sealed class Orders
        {
            [HttpGet("/orders/{id:guid}"), HttpHead("/orders/{id:guid}")]
            public static Order? Get(Guid id, ILambdaContext context, CancellationToken token) => null;
            [HttpGet("/orders")]
            public static Order[] List(int page, string? status, int[] ids, List<Guid>? tags = null) => [];
            [HttpPut("/orders/{ID}/{*rest}")]
            public Task<Order> Put(string id, [FromRoute(Name = "rest")] string path, Order order, [FromQuery(Name = "v")] int version,
                [FromHeader(Name = "If-Match")] string? etag, [FromHeader] string[] accept, [FromCookie] string session, [FromClaim(Name = "sub")] string user) => Task.FromResult(order);
            [HttpPost("/raw")]
            public static void Raw([FromBody] byte[] body, [FromQuery] string text) { }
        }
        [HttpApi("Shop")] public sealed class Items { [HttpGet("/items")] public static void List() { } }
        public static class Single { [LambdaHandler(Name = "ping-fn"), HttpGet("/ping")] public static string Ping() => "pong"; }
        """;

    [Theory]
    [InlineData("Get", "Orders GET /orders/{id:guid} -> global::Order: id=Route[0]'id' context=Context token=CancellationToken", "Orders HEAD /orders/{id:guid} -> global::Order: id=Route[0]'id' context=Context token=CancellationToken")]
    [InlineData("List", "Orders GET /orders -> global::Order[]: page=Query'page' status=Query'status'? ids=Query'ids'<int> tags=Query'tags'?<global::System.Guid>")]
    [InlineData("Put", "Orders PUT /orders/{ID}/{*rest} -> global::System.Threading.Tasks.Task<global::Order>: id=Route[0]'ID' path=Route[1]'rest' order=Body version=Query'v' etag=Header'If-Match'? accept=Header'accept'<string> session=Cookie'session' user=Claim'sub'")]
    [InlineData("Raw", "Orders POST /raw -> void: body=RawBody text=Query'text'")]
    [InlineData("Ping", "ping-fn GET /ping -> string:")]
    public void Each_route_is_read_with_its_function_and_bindings(string method, params string[] expected)
    {
        var (symbol, known) = Find(method);

        var routes = HttpRouteParser.Parse(symbol, null, known);

        Assert.Equal(expected, routes.Select(Describe));
    }

    [Fact]
    public void Named_groups_take_the_HttpApi_name()
    {
        var (symbol, known) = Find("List", "Items");

        Assert.Equal("Shop", HttpRouteParser.Parse(symbol, null, known).Single().Function);
    }

    [Fact]
    public void Only_the_given_attributes_are_read_so_each_attribute_provider_contributes_its_own_routes()
    {
        var (symbol, known) = Find("Get");
        var head = symbol.GetAttributes().Where(a => a.AttributeClass!.Name == "HttpHeadAttribute");

        Assert.Equal(["HEAD"], HttpRouteParser.Parse(symbol, head, known).Select(r => r.HttpMethod));
    }

    [Fact]
    public void Reading_twice_gives_equal_models_so_the_pipeline_caches()
    {
        var (first, known1) = Find("Put");
        var (second, known2) = Find("Put");

        Assert.Equal(HttpRouteParser.Parse(first, null, known1), HttpRouteParser.Parse(second, null, known2));
    }

    private static string Describe(HttpRouteSpec route) =>
        $"{route.Function} {route.HttpMethod} {route.Template.Text} -> {route.ReturnType}:" + string.Concat(route.Parameters.Select(p =>
            " " + p.Name + "=" + p.Source + (p.RouteSlot >= 0 ? $"[{p.RouteSlot}]" : "") + (p.Key.Length > 0 ? $"'{p.Key}'" : "") + (p.Optional ? "?" : "") + (p.ElementType is null ? "" : $"<{p.ElementType}>")));

    private static (IMethodSymbol Method, HttpSymbols Known) Find(string method, string? type = null)
    {
        var compilation = CSharpCompilation.Create(
            "Routes",
            [CSharpSyntaxTree.ParseText(HttpAnalyzerRun.Usings + Source, new CSharpParseOptions(LanguageVersion.Latest))],
            Infrastructure.GeneratorRun.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var symbol = compilation.GetSymbolsWithName(method, SymbolFilter.Member).OfType<IMethodSymbol>()
            .Single(m => type is null ? m.ContainingType.Name != "Items" : m.ContainingType.Name == type);
        return (symbol, HttpSymbols.For(compilation));
    }
}
