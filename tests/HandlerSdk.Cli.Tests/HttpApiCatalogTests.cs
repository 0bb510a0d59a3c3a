using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Output;

namespace HandlerSdk.Cli.Tests;

/// <summary>An <c>[HttpApi]</c> class is a function the CLI lists (so <c>hsdk serve --http</c> can serve it), named as its attribute says, with the routes of its methods.</summary>
public sealed class HttpApiCatalogTests
{
    [Fact]
    public async Task An_HttpApi_class_is_listed_as_a_function_under_its_name()
    {
        var project = ProjectFile.Read(Path.Combine(HelloWorldFixture.RepositoryRoot, "samples", "HttpApi", "HttpApi.csproj"));
        using var output = new StringWriter();
        await FunctionBuilder.BuildAsync(project, CliOutput.For(new ConsoleStreams(TextReader.Null, output, output), noColor: true), force: false, CancellationToken.None);

        var handlers = HandlerCatalog.Read(project.BuildAssembly);

        Assert.Equal(
            [
                new HandlerInfo("todos", "HttpApi.TodoApi", 0, 0)
                {
                    HttpRoutes =
                    [
                        new HttpRouteInfo("GET", "/todos", "TodoApi.List"),
                        new HttpRouteInfo("GET", "/todos/{id:int}", "TodoApi.Get"),
                        new HttpRouteInfo("POST", "/todos", "TodoApi.Create"),
                        new HttpRouteInfo("PUT", "/todos/{id:int}", "TodoApi.Replace"),
                        new HttpRouteInfo("DELETE", "/todos/{id:int}", "TodoApi.Delete"),
                    ],
                },
            ],
            handlers);
    }
}
