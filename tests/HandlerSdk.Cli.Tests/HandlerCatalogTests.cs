using HandlerSdk.Cli.Handlers;

namespace HandlerSdk.Cli.Tests;

[Collection(HelloWorldSample.Name)]
public sealed class HandlerCatalogTests(HelloWorldFixture sample)
{
    [Fact]
    public void Reads_the_handlers_of_a_built_sample_from_its_metadata()
    {
        var handlers = HandlerCatalog.Read(sample.Project.BuildAssembly);

        Assert.Equal(
            [
                new HandlerInfo("Goodbye", "HelloWorld.Greeter.GoodbyeAsync", 10, 0) { EventType = "HelloWorld.GreetingRequest", ResultType = "HelloWorld.GreetingResponse" },
                new HandlerInfo("Hello", "HelloWorld.Greeter.HelloAsync", 10, 0) { EventType = "HelloWorld.GreetingRequest", ResultType = "HelloWorld.GreetingResponse" },
            ],
            handlers);
        Assert.Equal(128, handlers[0].EffectiveMemorySizeMb);
    }

    [Fact]
    public void Unknown_handler_is_a_user_error_naming_the_known_ones()
    {
        var handlers = HandlerCatalog.Read(sample.Project.BuildAssembly);

        var error = Assert.Throws<UserErrorException>(() => HandlerCatalog.Find(handlers, "Hola"));

        Assert.Equal("unknown handler 'Hola'; the project has: Goodbye, Hello", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_a_user_error()
    {
        using var folder = new TempFolder();
        var file = folder.Write("x.dll", "not a PE file at all, but long enough to be read as one................................................");

        var error = Assert.Throws<UserErrorException>(() => HandlerCatalog.Read(file));

        Assert.EndsWith("is not a .NET assembly", error.Message, StringComparison.Ordinal);
    }
}
