using HandlerSdk.Cli.Handlers;

namespace HandlerSdk.Cli.Tests.TemplateHttp;

/// <summary>The catalog reads each HTTP function's routes from the route attributes in metadata.</summary>
public sealed class HttpRouteCatalogTests
{
    private static readonly IReadOnlyList<HandlerInfo> Handlers = HandlerCatalog.Read(typeof(OrderApi).Assembly.Location);

    [Fact]
    public void A_named_group_has_the_routes_of_all_its_classes_and_none_of_its_own_function_methods()
    {
        var orders = HandlerCatalog.Find(Handlers, "orders");

        Assert.Equal(
            [
                new HttpRouteInfo("GET", "/orders", "OrderApi.List"),
                new HttpRouteInfo("GET", "/orders/{id:int}", "OrderApi.Get"),
                new HttpRouteInfo("HEAD", "/orders/{id:int}", "OrderApi.Get"),
                new HttpRouteInfo("DELETE", "orders/{id:int:min(1)}/", "OrderApi.Delete"),
                new HttpRouteInfo("GET", "/orders/{id:int}/lines/{line?}", "OrderLineApi.Lines"),
            ],
            orders.HttpRoutes);
    }

    [Fact]
    public void A_lambda_handler_route_method_is_a_function_with_its_own_routes()
    {
        var export = HandlerCatalog.Find(Handlers, "export");

        Assert.Equal([new HttpRouteInfo("POST", "/orders/export", "OrderApi.Export")], export.HttpRoutes);
        Assert.Equal("HandlerSdk.Cli.Tests.TemplateHttp.OrderApi.Export", export.Method);
    }

    [Fact]
    public void A_class_without_a_name_is_a_function_named_after_it_and_plain_handlers_have_no_routes()
    {
        Assert.Equal(3, HandlerCatalog.Find(Handlers, "FileApi").HttpRoutes.Count);
        Assert.Empty(HandlerCatalog.Find(Handlers, "NoSources").HttpRoutes);
    }
}
