using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HandlerSdk.Generators.Diagnostics;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Http;
using HandlerSdk.Generators.Parsing;
using HandlerSdk.Generators.Parsing.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Generators.Analyzers.Http;

/// <summary>
/// Says why a route method is not generated (HSDK0201, HSDK0203..HSDK0206, HSDK0208, HSDK0209), warns of a body on
/// GET/HEAD/DELETE (HSDK0207), reports routes of one function that answer the same requests (HSDK0202) and an
/// <c>[HttpApi]</c> function named like a handler (HSDK0210). The rules are the generator's own: both read routes
/// through <see cref="HttpRouteParser"/>. Every rule is a symbol action, so each reports live in the IDE: the two that
/// need other methods find them through <see cref="RouteDeclarationIndex"/> (syntax, then only the matching methods'
/// symbols) rather than waiting for the whole compilation.
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

            start.RegisterSymbolAction(context => AnalyzeMethod(context, known), SymbolKind.Method);
            start.RegisterSymbolAction(context => AnalyzeGroup(context, known), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, HttpSymbols known)
    {
        var method = (IMethodSymbol)context.Symbol;
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

        ReportCollisions(context, method, parsed, known);
    }

    /// <summary>
    /// HSDK0202 on each route of <paramref name="method"/> that an earlier route of its function (in route-index order)
    /// already answers. Only routes with a path shape in common can collide, so only those are bound and compared.
    /// </summary>
    private static void ReportCollisions(SymbolAnalysisContext context, IMethodSymbol method, EquatableArray<HttpRouteSpec> parsed, HttpSymbols known)
    {
        if (parsed.Count == 0)
        {
            return;
        }

        var index = RouteDeclarationIndex.For(context.Compilation, context.CancellationToken);
        var others = new Dictionary<IMethodSymbol, EquatableArray<HttpRouteSpec>>(SymbolEqualityComparer.Default);
        foreach (var route in parsed)
        {
            foreach (var (shape, _) in HttpFunctions.Variants(route.Template))
            {
                foreach (var declaration in index.RoutesLike(route.HttpMethod, shape))
                {
                    if (RouteDeclarationIndex.Resolve(context.Compilation, declaration, context.CancellationToken) is { } other &&
                        !SymbolEqualityComparer.Default.Equals(other, method) && !others.ContainsKey(other))
                    {
                        others[other] = HttpRouteParser.Parse(other, null, known);
                    }
                }
            }
        }

        var functions = new HashSet<string>(parsed.Select(r => r.Function), System.StringComparer.Ordinal);
        var candidates = parsed.Select(r => (Route: r, Mine: true))
            .Concat(others.Values.SelectMany(routes => routes).Select(r => (Route: r, Mine: false)))
            .Where(c => functions.Contains(c.Route.Function));
        foreach (var function in candidates.GroupBy(c => c.Route.Function, System.StringComparer.Ordinal))
        {
            var ordered = HttpFunctions.Order(function, c => c.Route).ToList();
            foreach (var (earlier, later, path) in HttpFunctions.Collisions(ordered, c => c.Route))
            {
                if (later.Mine)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.AmbiguousRoutes,
                        AttributeLocation(method, later.Route, known, context.CancellationToken),
                        earlier.Route.MethodDisplay,
                        later.Route.MethodDisplay,
                        later.Route.HttpMethod,
                        path,
                        function.Key));
                }
            }
        }
    }

    /// <summary>HSDK0210 on an <c>[HttpApi]</c> class's attribute when a handler has the function's name.</summary>
    private static void AnalyzeGroup(SymbolAnalysisContext context, HttpSymbols known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.GetAttributes().FirstOrDefault(a => HttpSymbols.Is(a.AttributeClass, known.HttpApi)) is not { } api)
        {
            return;
        }

        var name = api.ConstructorArguments.Length == 1 && api.ConstructorArguments[0].Value is string { Length: > 0 } given ? given : type.Name;
        var handler = RouteDeclarationIndex.For(context.Compilation, context.CancellationToken)
            .HandlersNamed(name)
            .Select(declaration => RouteDeclarationIndex.Resolve(context.Compilation, declaration, context.CancellationToken))
            .OfType<IMethodSymbol>()
            .Where(m => m.GetAttributes().FirstOrDefault(a => HttpSymbols.Is(a.AttributeClass, known.LambdaHandler)) is { } attribute && HandlerParser.HandlerName(m, attribute) == name)
            .Select(m => m.ContainingType.Name + "." + m.Name)
            .OrderBy(m => m, System.StringComparer.Ordinal)
            .FirstOrDefault();
        if (handler is not null)
        {
            var location = api.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? type.Locations.FirstOrDefault();
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HttpFunctionNameTaken, location, name, handler));
        }
    }

    private static Location? AttributeLocation(IMethodSymbol method, HttpRouteSpec route, HttpSymbols known, System.Threading.CancellationToken cancellationToken) =>
        method.GetAttributes()
            .FirstOrDefault(a => a.AttributeClass is { } c && known.RouteAttributeMethods.TryGetValue(c, out var httpMethod) && httpMethod == route.HttpMethod &&
                a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value as string == route.Template.Text)?
            .ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? method.Locations.FirstOrDefault();
}
