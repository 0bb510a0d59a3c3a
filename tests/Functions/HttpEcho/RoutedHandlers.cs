using HandlerSdk;
using HandlerSdk.Events;

namespace HttpEcho;

/// <summary>What a routed function got from the gateway: the fields API Gateway fills from the route that matched.</summary>
public sealed record V2Route(string RouteKey, string ContextRouteKey, string RawPath, string RawQueryString, IReadOnlyList<string>? Cookies, IReadOnlyDictionary<string, string>? PathParameters, string Id, int Line);

/// <summary>The REST API (payload 1.0) fields of the route that matched.</summary>
public sealed record V1Route(string Resource, string ResourcePath, string Path, IReadOnlyDictionary<string, string>? PathParameters, IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueQueryStringParameters, IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueHeaders, string Id, int Line);

/// <summary>What an ALB passes: no route of its own, so the function's router matched the path.</summary>
public sealed record AlbRoute(string HttpMethod, string Path, IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueQueryStringParameters, string Id, int Line);

/// <summary>
/// Functions of one route each, for the tests that check that the route fields reach a function as API Gateway sends
/// them (<c>routeKey</c>, <c>pathParameters</c>, <c>resource</c>) when <c>hsdk serve --http</c> matched the route.
/// </summary>
[HttpApi("RoutedV2")]
public sealed class RoutedV2
{
    [HttpGet("/orders/{id}/lines/{line:int}")]
    public static V2Route Line(string id, int line, ApiGatewayHttpApiV2Request request) =>
        new(request.RouteKey, request.RequestContext.RouteKey, request.RawPath, request.RawQueryString, request.Cookies, request.PathParameters, id, line);
}

/// <summary>The REST API counterpart of <see cref="RoutedV2"/>.</summary>
[HttpApi("RoutedV1")]
public sealed class RoutedV1
{
    [HttpGet("/orders/{id}/lines/{line:int}")]
    public static V1Route Line(string id, int line, ApiGatewayProxyRequest request) =>
        new(request.Resource, request.RequestContext.ResourcePath ?? "", request.Path, request.PathParameters, request.MultiValueQueryStringParameters, request.MultiValueHeaders, id, line);
}

/// <summary>The ALB counterpart of <see cref="RoutedV2"/>.</summary>
[HttpApi("RoutedAlb")]
public sealed class RoutedAlb
{
    [HttpGet("/orders/{id}/lines/{line:int}")]
    public static AlbRoute Line(string id, int line, AlbTargetRequest request) =>
        new(request.HttpMethod, request.Path, request.MultiValueQueryStringParameters, id, line);
}
