using System.Linq;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing.Http;

/// <summary>
/// Tells route methods apart from plain handlers: a <c>[LambdaHandler]</c> method with a route attribute is an HTTP
/// function of one route, dispatched and judged by the HTTP code, never given a plain JSON adapter.
/// </summary>
internal static class RouteMethods
{
    public static bool IsRoute(IMethodSymbol method) =>
        method.GetAttributes().Any(a => a.AttributeClass is { } type && HttpSymbols.RouteAttributes.Any(r => r.MetadataName == MetadataName(type)));

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
}
