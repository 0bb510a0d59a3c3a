namespace HandlerSdk.Generators.Model.Http;

/// <summary>One valid route: an HTTP method and template on a method, and how each of its parameters is bound.</summary>
/// <param name="Function">The Lambda function the route belongs to (the <c>[HttpApi]</c> name, or the <c>[LambdaHandler]</c> name).</param>
/// <param name="HttpMethod">Upper case: <c>GET</c>, <c>POST</c>, ...</param>
/// <param name="Template">The parsed template.</param>
/// <param name="ContainingType">The method's type, <c>global::</c>-qualified.</param>
/// <param name="MethodName">The method's name.</param>
/// <param name="IsStatic">Static methods need no instance.</param>
/// <param name="Parameters">Where each parameter's value comes from, in order.</param>
/// <param name="ReturnType">The declared return type, <c>global::</c>-qualified (<c>void</c> for none).</param>
internal sealed record HttpRouteSpec(
    string Function,
    string HttpMethod,
    RouteTemplate Template,
    string ContainingType,
    string MethodName,
    bool IsStatic,
    EquatableArray<HttpParameterSpec> Parameters,
    string ReturnType)
{
    /// <summary>How the generated dispatch makes the arguments and the response; set by the generator's pipeline, not by the route parser.</summary>
    public HttpDispatchSpec? Dispatch { get; init; }

    /// <summary>How diagnostics and generated comments name the method: <c>Orders.Get</c>.</summary>
    public string MethodDisplay => ContainingType.Substring(ContainingType.LastIndexOf('.') + 1).Replace("global::", string.Empty) + "." + MethodName;
}

/// <summary>One parameter of a route method and where its value comes from.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Type">Its type, <c>global::</c>-qualified, without the nullable annotation of a reference type.</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="Key">The route value, query key, header, cookie or claim name; empty for the other sources.</param>
/// <param name="RouteSlot">For <see cref="HttpBindingSource.Route"/>: the index of the value among the template's parameters.</param>
/// <param name="Optional">Nullable or with a default value: a missing value is not a 400.</param>
/// <param name="ElementType">For an array or list bound from the query or headers: the parsed element type.</param>
internal sealed record HttpParameterSpec(
    string Name,
    string Type,
    HttpBindingSource Source,
    string Key,
    int RouteSlot,
    bool Optional,
    string? ElementType);

internal enum HttpBindingSource
{
    Route,
    Query,
    Header,
    Cookie,
    Claim,

    /// <summary>JSON read by the generated serializer.</summary>
    Body,

    /// <summary><c>string</c>, <c>byte[]</c>, <c>ReadOnlyMemory&lt;byte&gt;</c> or <c>Stream</c> marked <c>[FromBody]</c>.</summary>
    RawBody,

    Context,
    CancellationToken,

    /// <summary>The <c>HandlerSdk.Http.HttpRequest</c> view.</summary>
    Request,

    /// <summary>The whole payload model (<c>ApiGatewayHttpApiV2Request</c>, <c>ApiGatewayProxyRequest</c>, <c>AlbTargetRequest</c>).</summary>
    Payload,

    /// <summary>The <c>HttpResponseStream</c> of a streaming function: the route writes its own status, headers and body.</summary>
    ResponseStream,
}

/// <summary>One Lambda function of routes, with a generated router. Route indexes are positions in <see cref="Routes"/>.</summary>
internal sealed record HttpFunctionSpec(string Name, EquatableArray<HttpRouteSpec> Routes);
