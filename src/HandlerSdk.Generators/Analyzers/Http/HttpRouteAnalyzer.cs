using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HandlerSdk.Generators.Diagnostics;
using HandlerSdk.Generators.Model.Http;
using HandlerSdk.Generators.Parsing;
using HandlerSdk.Generators.Parsing.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Generators.Analyzers.Http;

/// <summary>
/// Says why a route method is not generated (HSDK0201, HSDK0203..HSDK0206, HSDK0208, HSDK0209), warns of a body on
/// GET/HEAD/DELETE (HSDK0207), and, once every route is known, reports routes of one function that answer the same
/// requests (HSDK0202). The rules are the generator's own: both read routes through <see cref="HttpRouteParser"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HttpRouteAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidRouteTemplate,
        DiagnosticDescriptors.AmbiguousRoutes,
        DiagnosticDescriptors.RouteParameterWithoutMethodParameter,
        DiagnosticDescriptors.RouteBindingNotInTemplate,
        DiagnosticDescriptors.UnparsableHttpParameter,
        DiagnosticDescriptors.MultipleBodies,
        DiagnosticDescriptors.BodyOnBodilessMethod,
        DiagnosticDescriptors.RouteWithoutFunction,
        DiagnosticDescriptors.RouteNotCallable,
        DiagnosticDescriptors.HttpFunctionNameTaken,
        DiagnosticDescriptors.UnserializableType,
        DiagnosticDescriptors.StreamingHandlerReturnsValue,
        DiagnosticDescriptors.SecondResponseStream,
        DiagnosticDescriptors.LambdaResponseStreamOnRoute,
        DiagnosticDescriptors.ServerSentEventsWithoutItems);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var known = HttpSymbols.For(start.Compilation);
            if (known.RouteAttributeMethods.Count == 0)
            {
                return;
            }

            var routes = new ConcurrentBag<(HttpRouteSpec Route, Location? Location)>();
            var handlers = new ConcurrentBag<(string Name, string Method)>();
            var groups = new ConcurrentBag<(string Name, Location? Location)>();
            start.RegisterSymbolAction(context => AnalyzeMethod(context, known, routes, handlers), SymbolKind.Method);
            start.RegisterSymbolAction(context => CollectGroup(context, known, groups), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(context =>
            {
                ReportCollisions(context, routes);
                ReportTakenNames(context, handlers, groups);
            });
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, HttpSymbols known, ConcurrentBag<(HttpRouteSpec, Location?)> routes, ConcurrentBag<(string, string)> handlers)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.GetAttributes().FirstOrDefault(a => HttpSymbols.Is(a.AttributeClass, known.LambdaHandler)) is { } handler)
        {
            handlers.Add((HandlerParser.HandlerName(method, handler), method.ContainingType.Name + "." + method.Name));
        }

        var problems = new List<HandlerProblem>();
        var parsed = HttpRouteParser.Parse(method, null, known, problems);
        foreach (var problem in problems.Where(p => !p.IsQuiet))
        {
            context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, problem.Location, problem.Args));
        }

        // A body or result type JSON cannot carry leaves the route ungenerated: HSDK0101, as for a handler's event.
        HttpDispatchParser.Parse(method, parsed, context.Compilation, out var serialization);
        if (serialization is { Root: var root, Problem: var why } && why is not { IsQuiet: true })
        {
            var path = why is null || why.Path.Length == 0 ? root.Name : why.Path;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnserializableType, why?.Location ?? method.Locations.FirstOrDefault(), path, why?.Reason ?? "it is not supported"));
        }

        foreach (var route in parsed)
        {
            routes.Add((route, AttributeLocation(method, route, known, context.CancellationToken)));
        }
    }

    private static void ReportCollisions(CompilationAnalysisContext context, ConcurrentBag<(HttpRouteSpec Route, Location? Location)> routes)
    {
        foreach (var function in routes.GroupBy(r => r.Route.Function, System.StringComparer.Ordinal))
        {
            var ordered = HttpFunctions.Order(function, r => r.Route).ToList();
            foreach (var (earlier, later, path) in HttpFunctions.Collisions(ordered, r => r.Route))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.AmbiguousRoutes,
                    later.Location,
                    earlier.Route.MethodDisplay,
                    later.Route.MethodDisplay,
                    later.Route.HttpMethod,
                    path,
                    function.Key));
            }
        }
    }

    /// <summary>The function name of an <c>[HttpApi]</c> class, on its attribute.</summary>
    private static void CollectGroup(SymbolAnalysisContext context, HttpSymbols known, ConcurrentBag<(string, Location?)> groups)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.GetAttributes().FirstOrDefault(a => HttpSymbols.Is(a.AttributeClass, known.HttpApi)) is { } api)
        {
            var name = api.ConstructorArguments.Length == 1 && api.ConstructorArguments[0].Value is string { Length: > 0 } given ? given : type.Name;
            groups.Add((name, api.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? type.Locations.FirstOrDefault()));
        }
    }

    private static void ReportTakenNames(CompilationAnalysisContext context, ConcurrentBag<(string Name, string Method)> handlers, ConcurrentBag<(string Name, Location? Location)> groups)
    {
        var byName = handlers.GroupBy(h => h.Name, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(h => h.Method).OrderBy(m => m, System.StringComparer.Ordinal).First(), System.StringComparer.Ordinal);
        foreach (var (name, location) in groups)
        {
            if (byName.TryGetValue(name, out var handler))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HttpFunctionNameTaken, location, name, handler));
            }
        }
    }

    private static Location? AttributeLocation(IMethodSymbol method, HttpRouteSpec route, HttpSymbols known, System.Threading.CancellationToken cancellationToken) =>
        method.GetAttributes()
            .FirstOrDefault(a => a.AttributeClass is { } c && known.RouteAttributeMethods.TryGetValue(c, out var httpMethod) && httpMethod == route.HttpMethod &&
                a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value as string == route.Template.Text)?
            .ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? method.Locations.FirstOrDefault();
}
