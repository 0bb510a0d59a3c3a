namespace HandlerSdk.Cli.Handlers;

/// <summary>One route attribute of a route method (<c>[HttpGet("/orders/{id:int}")]</c> on <c>OrderApi.Get</c>), as compiled.</summary>
/// <param name="Method">The HTTP method, upper case: <c>GET</c>, <c>POST</c>, <c>PUT</c>, <c>DELETE</c>, <c>PATCH</c>, <c>HEAD</c>, <c>OPTIONS</c>.</param>
/// <param name="Template">The route template as written, constraints and all.</param>
/// <param name="Source">The method that has the attribute, <c>Type.Method</c>, for error messages.</param>
internal sealed record HttpRouteInfo(string Method, string Template, string Source)
{
    /// <summary>The route attributes' names and the method each routes: <c>HttpGetAttribute</c> routes <c>GET</c>.</summary>
    public static string? MethodOf(string attributeName) => attributeName switch
    {
        "HttpGetAttribute" => "GET",
        "HttpPostAttribute" => "POST",
        "HttpPutAttribute" => "PUT",
        "HttpDeleteAttribute" => "DELETE",
        "HttpPatchAttribute" => "PATCH",
        "HttpHeadAttribute" => "HEAD",
        "HttpOptionsAttribute" => "OPTIONS",
        _ => null,
    };

    /// <summary>The route as the user wrote it, for error messages: <c>GET /orders/{id:int} (OrderApi.Get)</c>.</summary>
    public string Display => $"{Method} {Template} ({Source})";
}
