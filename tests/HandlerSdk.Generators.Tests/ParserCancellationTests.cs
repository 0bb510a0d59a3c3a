using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Parsing;
using HandlerSdk.Generators.Parsing.Http;
using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Tests;

/// <summary>
/// The parsers and the type-graph walk observe the pipeline's cancellation token: an IDE edit that cancels a run
/// stops them instead of letting them walk the whole graph first.
/// </summary>
public sealed class ParserCancellationTests
{
    private static readonly CancellationToken Cancelled = new(canceled: true);

    private const string Route = """
        using HandlerSdk;
        using HandlerSdk.Http;

        namespace Shop;

        public sealed record Cart(string Id, int Items);

        [HttpApi("Carts")]
        public static class Carts
        {
            [HttpPost("/carts")]
            public static Cart Create([FromBody] Cart cart) => cart;
        }

        """;

    [Fact]
    public void The_handler_parser_stops_on_a_cancelled_token()
    {
        var compilation = GeneratorRun.Compile([Sources.OrdersModel, Sources.OrdersHandlers]);
        var method = Method(compilation, "Orders.OrderHandlers", "PlaceOrder");
        var attribute = method.GetAttributes().Single(a => a.AttributeClass?.Name == "LambdaHandlerAttribute");
        var known = KnownSymbols.For(compilation);

        Assert.NotNull(HandlerParser.Parse(method, attribute, known).Handler);
        Assert.ThrowsAny<OperationCanceledException>(() => HandlerParser.Parse(method, attribute, known, cancellationToken: Cancelled));
    }

    [Fact]
    public void The_type_graph_walk_stops_on_a_cancelled_token()
    {
        var compilation = GeneratorRun.Compile([Sources.OrdersModel]);
        var order = compilation.GetTypeByMetadataName("Orders.Order")!;

        Assert.NotNull(new TypeGraphBuilder(KnownSymbols.For(compilation)).Add(order, string.Empty));
        Assert.ThrowsAny<OperationCanceledException>(() => new TypeGraphBuilder(KnownSymbols.For(compilation), Cancelled).Add(order, string.Empty));
    }

    [Fact]
    public void The_route_dispatch_parser_stops_on_a_cancelled_token()
    {
        var compilation = GeneratorRun.Compile([Route]);
        var method = Method(compilation, "Shop.Carts", "Create");
        var routes = HttpRouteParser.Parse(method, null, HttpSymbols.For(compilation));

        Assert.Single(routes);
        Assert.NotEmpty(HttpDispatchParser.Parse(method, routes, compilation).Types);
        Assert.ThrowsAny<OperationCanceledException>(() => HttpDispatchParser.Parse(method, routes, compilation, Cancelled));
    }

    [Fact]
    public void Building_the_generation_stops_on_a_cancelled_token()
    {
        var model = new HandlerModel(null, EquatableArray<TypeSpec>.Empty);
        var http = new Model.Http.HttpRouteModel(EquatableArray<Model.Http.HttpRouteSpec>.Empty, EquatableArray<TypeSpec>.Empty);
        var project = new ProjectSpec(IsExecutable: true, HasOwnEntryPoint: false, EntryPointDisabled: false);

        Assert.False(GenerationBuilder.Build([model], JsonOptionsSpec.Default, project, http, CancellationToken.None).EmitEntryPoint);
        Assert.ThrowsAny<OperationCanceledException>(() => GenerationBuilder.Build([model], JsonOptionsSpec.Default, project, http, Cancelled));
    }

    private static IMethodSymbol Method(Compilation compilation, string type, string name) =>
        compilation.GetTypeByMetadataName(type)!.GetMembers(name).OfType<IMethodSymbol>().Single();
}
