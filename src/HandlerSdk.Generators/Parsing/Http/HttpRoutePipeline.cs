using System.Linq;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.Generators.Parsing.Http;

/// <summary>
/// The HTTP part of the generator's pipeline: one attribute-driven provider per route attribute (the compiler's
/// fast path; a method with <c>[HttpGet]</c> and <c>[HttpPost]</c> is read by both, each reading only its own
/// attributes), joined and grouped into functions. Invalid routes are left out quietly; the analyzer says why.
/// </summary>
internal static class HttpRoutePipeline
{
    public static IncrementalValueProvider<EquatableArray<HttpFunctionSpec>> Functions(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<EquatableArray<HttpRouteSpec>>? all = null;
        foreach (var (attribute, _) in HttpSymbols.RouteAttributes)
        {
            var routes = context.SyntaxProvider
                .ForAttributeWithMetadataName(attribute, static (node, _) => node is MethodDeclarationSyntax, static (target, cancellationToken) =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return target.TargetSymbol is IMethodSymbol method
                        ? HttpRouteParser.Parse(method, target.Attributes, HttpSymbols.For(target.SemanticModel.Compilation))
                        : EquatableArray<HttpRouteSpec>.Empty;
                })
                .Collect()
                .Select(static (methods, _) => methods.SelectMany(m => m).ToEquatableArray());
            all = all is null ? routes : all.Value.Combine(routes).Select(static (pair, _) => pair.Left.Concat(pair.Right).ToEquatableArray());
        }

        return all!.Value
            .Select(static (routes, _) => HttpFunctions.Group(routes))
            .WithTrackingName(TrackingNames.HttpRoutes);
    }
}
