namespace HandlerSdk.Cli.Tests.TemplateHttp;

/// <summary>
/// HTTP functions compiled into this test assembly (without the generator) so that the catalog reads real route
/// attributes from metadata, as it does from a user's build. Nothing runs them.
/// </summary>
[HttpApi("orders")]
public sealed class OrderApi
{
    [HttpGet("/orders")]
    public static string[] List() => [];

    [HttpGet("/orders/{id:int}")]
    [HttpHead("/orders/{id:int}")]
    public static string Get(int id) => "";

    [HttpDelete("orders/{id:int:min(1)}/")]
    public static void Delete(int id)
    {
    }

    /// <summary>A route method with [LambdaHandler] is a function of its own, not one of the class's routes.</summary>
    [LambdaHandler(Name = "export")]
    [HttpPost("/orders/export")]
    public static string Export() => "";
}

/// <summary>A second class of the named group "orders": its routes are the same function's.</summary>
[HttpApi("orders")]
public sealed class OrderLineApi
{
    [HttpGet("/orders/{id:int}/lines/{line?}")]
    public static string Lines(int id, int? line) => "";
}

/// <summary>An [HttpApi] class named after itself, with a catch-all and the root.</summary>
[HttpApi]
public sealed class FileApi
{
    [HttpGet("/")]
    public static string Index() => "";

    [HttpGet("/files/{*path}")]
    public static string Read(string path) => path;

    [HttpOptions("/files/{*path}")]
    public static void Preflight(string path)
    {
    }
}
