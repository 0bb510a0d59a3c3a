using System.Linq;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.Generators.Parsing.Http;

/// <summary>
/// The HTTP part of the generator's pipeline: one attribute-driven provider per route attribute (the compiler's
/// fast path; a method with <c>[HttpGet]</c> and <c>[HttpPost]</c> is read by both, each reading only its own
/// attributes), joined into the routes (each with its dispatch) and the types they serialize. Invalid routes are
/// left out quietly; the analyzer says why.
/// </summary>
internal static class HttpRoutePipeline
{
    /// <summary>Every valid route, and every type the routes read or write (each once, by id).</summary>
    public static IncrementalValueProvider<HttpRouteModel> Routes(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<HttpRouteModel>? all = null;
        foreach (var (attribute, _) in HttpSymbols.RouteAttributes)
        {
            var routes = context.SyntaxProvider
                .ForAttributeWithMetadataName(attribute, static (node, _) => node is MethodDeclarationSyntax, static (target, cancellationToken) =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (target.TargetSymbol is not IMethodSymbol method)
                    {
                        return new HttpRouteModel(EquatableArray<HttpRouteSpec>.Empty, EquatableArray<TypeSpec>.Empty);
                    }

                    var compilation = target.SemanticModel.Compilation;
                    return HttpDispatchParser.Parse(method, HttpRouteParser.Parse(method, target.Attributes, HttpSymbols.For(compilation)), compilation, cancellationToken);
                })
                .Collect()
                .Select(static (methods, _) => Merge(methods.ToArray()));
            all = all is null ? routes : all.Value.Combine(routes).Select(static (pair, _) => Merge(pair.Left, pair.Right));
        }

        return all!.Value.WithTrackingName(TrackingNames.HttpRoutes);
    }

    /// <summary>The routes grouped into functions, each with its routes in route-index order.</summary>
    public static IncrementalValueProvider<EquatableArray<HttpFunctionSpec>> Functions(IncrementalValueProvider<HttpRouteModel> routes) =>
        routes.Select(static (model, _) => HttpFunctions.Group(model.Routes));

    private static HttpRouteModel Merge(params HttpRouteModel[] models) => new(
        models.SelectMany(m => m.Routes).ToEquatableArray(),
        models.SelectMany(m => m.Types).GroupBy(t => t.Id, System.StringComparer.Ordinal).Select(g => g.First()).OrderBy(t => t.Id, System.StringComparer.Ordinal).ToEquatableArray());
}
