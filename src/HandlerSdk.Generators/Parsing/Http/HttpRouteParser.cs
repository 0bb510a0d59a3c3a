using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Generators.Diagnostics;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.Generators.Parsing.Http;

/// <summary>
/// Reads a route method into <see cref="HttpRouteSpec"/>s, one per route attribute. The generator keeps the valid
/// routes and skips the others quietly; the analyzer asks for the <see cref="HandlerProblem"/>s, so both judge a
/// route by the same code.
/// </summary>
internal static class HttpRouteParser
{
    /// <param name="attributes">The route attributes to read: all of the method's when null.</param>
    public static EquatableArray<HttpRouteSpec> Parse(IMethodSymbol method, IEnumerable<AttributeData>? attributes, HttpSymbols known, List<HandlerProblem>? problems = null)
    {
        problems ??= [];
        var routeAttributes = (attributes ?? method.GetAttributes())
            .Where(a => a.AttributeClass is { } c && known.RouteAttributeMethods.ContainsKey(c))
            .ToList();
        if (routeAttributes.Count == 0)
        {
            return EquatableArray<HttpRouteSpec>.Empty;
        }

        var display = method.ContainingType.Name + "." + method.Name;
        var function = FunctionName(method, known, out var ownFunction);
        var callable = CheckMethod(method, display, function, ownFunction, problems) &&
            Streaming.StreamingRoutes.Check(method, display, known.Streaming, problems);
        var routes = new List<HttpRouteSpec>();
        foreach (var attribute in routeAttributes)
        {
            if (ParseRoute(method, attribute, known, display, problems) is { } route && callable && function is not null)
            {
                routes.Add(route with { Function = function });
            }
        }

        return routes.ToEquatableArray();
    }

    /// <summary>The function a route method belongs to: its own when it has <c>[LambdaHandler]</c>, else its class's <c>[HttpApi]</c>.</summary>
    public static string? FunctionName(IMethodSymbol method, HttpSymbols known, out bool ownFunction)
    {
        var handler = method.GetAttributes().FirstOrDefault(a => HttpSymbols.Is(a.AttributeClass, known.LambdaHandler));
        ownFunction = handler is not null;
        if (handler is not null)
        {
            return HandlerParser.HandlerName(method, handler);
        }

        var api = method.ContainingType.GetAttributes().FirstOrDefault(a => HttpSymbols.Is(a.AttributeClass, known.HttpApi));
        if (api is null)
        {
            return null;
        }

        return api.ConstructorArguments.Length == 1 && api.ConstructorArguments[0].Value is string { Length: > 0 } name ? name : method.ContainingType.Name;
    }

    /// <summary>HSDK0208 and HSDK0209; what HSDK0003/HSDK0004 already say of a <c>[LambdaHandler]</c> is left to them.</summary>
    private static bool CheckMethod(IMethodSymbol method, string display, string? function, bool ownFunction, List<HandlerProblem> problems)
    {
        var location = method.Locations.FirstOrDefault();
        if (function is null)
        {
            problems.Add(new HandlerProblem(DiagnosticDescriptors.RouteWithoutFunction, location, [display, method.ContainingType.ToDisplayString()]));
            return false;
        }

        var reason = method.IsGenericMethod || method.ContainingType.IsGenericType ? "generic methods and methods of generic types cannot be routed to; use a concrete method on a non-generic type"
            : method.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal) ? "the method must be public or internal"
            : !TypeGraphBuilder.IsAccessible(method.ContainingType) ? method.ContainingType.ToDisplayString() + " (and every type containing it) must be public or internal"
            : !method.IsStatic && !IsConstructible(method.ContainingType) ? method.ContainingType.ToDisplayString() + " has no accessible parameterless constructor; add one or make the method static"
            : method.IsAsync && method.ReturnsVoid ? "it is async void, so nobody can tell when it finishes; return Task or ValueTask"
            : method.Parameters.FirstOrDefault(p => p.RefKind is RefKind.Ref or RefKind.Out) is { } byRef ? $"parameter '{byRef.Name}' is {(byRef.RefKind == RefKind.Out ? "out" : "ref")}, and requests only pass values in"
            : null;
        if (reason is null)
        {
            return true;
        }

        if (!ownFunction)
        {
            problems.Add(new HandlerProblem(DiagnosticDescriptors.RouteNotCallable, location, [display, reason]));
        }
        else
        {
            // HSDK0001/0003/0004 say this of a [LambdaHandler] method already.
            problems.Add(new HandlerProblem(DiagnosticDescriptors.RouteNotCallable, location, [display, reason]) { IsQuiet = true });
        }

        return false;
    }

    private static bool IsConstructible(INamedTypeSymbol type) =>
        !type.IsAbstract && !type.IsStatic && (type.IsValueType || type.InstanceConstructors.Any(c =>
            c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal));

    private static HttpRouteSpec? ParseRoute(IMethodSymbol method, AttributeData attribute, HttpSymbols known, string display, List<HandlerProblem> problems)
    {
        var before = problems.Count(p => !p.IsQuiet && p.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
        var httpMethod = known.RouteAttributeMethods[attribute.AttributeClass!];
        var attributeLocation = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? method.Locations.FirstOrDefault();
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string text)
        {
            // No template (a null literal, or code that does not compile): the compiler or HSDK0201 below says so.
            problems.Add(new HandlerProblem(DiagnosticDescriptors.InvalidRouteTemplate, TemplateLocation(attribute) ?? attributeLocation, ["null", display, "the template is null"]) { IsQuiet = attribute.ConstructorArguments.Length != 1 });
            return null;
        }

        if (RouteTemplateParser.TryParse(text, out var error) is not { } template)
        {
            problems.Add(new HandlerProblem(DiagnosticDescriptors.InvalidRouteTemplate, TemplateLocation(attribute) ?? attributeLocation, [text, display, error!]));
            return null;
        }

        var parameters = new List<HttpParameterSpec>();
        var routeParameters = template.Parameters;
        var bound = new HashSet<int>();
        HttpParameterSpec? firstBody = null;
        foreach (var parameter in method.Parameters)
        {
            var spec = BindParameter(parameter, template, routeParameters, known, display, problems);
            if (spec is null)
            {
                continue;
            }

            parameters.Add(spec);
            if (spec.Source == HttpBindingSource.Route)
            {
                bound.Add(spec.RouteSlot);
            }

            if (spec.Source is HttpBindingSource.Body or HttpBindingSource.RawBody)
            {
                if (firstBody is not null)
                {
                    problems.Add(new HandlerProblem(DiagnosticDescriptors.MultipleBodies, parameter.Locations.FirstOrDefault(), [display, firstBody.Name, spec.Name]));
                }
                else if (httpMethod is "GET" or "HEAD" or "DELETE")
                {
                    problems.Add(new HandlerProblem(DiagnosticDescriptors.BodyOnBodilessMethod, parameter.Locations.FirstOrDefault(), [display, spec.Name, httpMethod]));
                }

                firstBody ??= spec;
            }
        }

        for (var slot = 0; slot < routeParameters.Count; slot++)
        {
            if (!bound.Contains(slot))
            {
                problems.Add(new HandlerProblem(DiagnosticDescriptors.RouteParameterWithoutMethodParameter, TemplateLocation(attribute) ?? attributeLocation, [routeParameters[slot].Text, text, display]));
            }
        }

        if (problems.Count(p => !p.IsQuiet && p.Descriptor.DefaultSeverity == DiagnosticSeverity.Error) != before || parameters.Count != method.Parameters.Length)
        {
            return null;
        }

        var returnType = method.ReturnsVoid ? "void" : TypeNames.Qualify(method.ReturnType);
        return new HttpRouteSpec(string.Empty, httpMethod, template, TypeNames.Qualify(method.ContainingType), method.Name, method.IsStatic, parameters.ToEquatableArray(), returnType);
    }

    private static HttpParameterSpec? BindParameter(IParameterSymbol parameter, RouteTemplate template, EquatableArray<RouteSegment> routeParameters, HttpSymbols known, string display, List<HandlerProblem> problems)
    {
        var location = parameter.Locations.FirstOrDefault();
        var type = parameter.Type;
        var typeName = TypeNames.Qualify(type);
        var optional = parameter.HasExplicitDefaultValue || parameter.NullableAnnotation == NullableAnnotation.Annotated ||
            type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
        HttpParameterSpec Spec(HttpBindingSource source, string key = "", int slot = -1, string? element = null) =>
            new(parameter.Name, typeName, source, key, slot, optional, element);

        HandlerProblem Unparsable(string from, string why) =>
            new(DiagnosticDescriptors.UnparsableHttpParameter, location, [parameter.Name, display, from, why]);

        if (Streaming.StreamingParser.ResponseParameter(type, known.Streaming) is { } streamKind)
        {
            if (streamKind == ParameterKind.ResponseStream)
            {
                problems.Add(new HandlerProblem(DiagnosticDescriptors.LambdaResponseStreamOnRoute, location, [display, parameter.Name]));
                return null;
            }

            return Spec(HttpBindingSource.ResponseStream);
        }

        var (source, name) = ExplicitSource(parameter, known);
        if (source == HttpBindingSource.Body)
        {
            return Spec(IsRawBody(type, known) ? HttpBindingSource.RawBody : HttpBindingSource.Body);
        }

        if (source == HttpBindingSource.Route || (source is null && FindRouteSlot(routeParameters, parameter.Name) >= 0))
        {
            var key = name ?? parameter.Name;
            var slot = FindRouteSlot(routeParameters, key);
            if (slot < 0)
            {
                problems.Add(new HandlerProblem(DiagnosticDescriptors.RouteBindingNotInTemplate, location, [parameter.Name, display, key, template.Text]));
                return null;
            }

            if (!IsParsable(type, known))
            {
                // Still bound to the slot, so that HSDK0203 does not say the route value has no parameter.
                problems.Add(Unparsable("route", TypeNotParsable(type, known, "a route value is one value, so only query and header parameters can be arrays or lists")));
            }

            return Spec(HttpBindingSource.Route, routeParameters[slot].Text, slot);
        }

        if (source is HttpBindingSource.Query or HttpBindingSource.Header)
        {
            var element = ElementType(type, known);
            if (!IsParsable(type, known) && !(element is not null && IsParsable(element, known)))
            {
                problems.Add(Unparsable(source == HttpBindingSource.Query ? "query string" : "headers", TypeNotParsable(element ?? type, known, null)));
                return null;
            }

            return Spec(source.Value, name ?? parameter.Name, element: IsParsable(type, known) ? null : TypeNames.Qualify(element!));
        }

        if (source is HttpBindingSource.Cookie or HttpBindingSource.Claim)
        {
            if (!IsParsable(type, known))
            {
                var from = source == HttpBindingSource.Cookie ? "cookies" : "claims";
                problems.Add(Unparsable(from, TypeNotParsable(type, known, $"a {(source == HttpBindingSource.Cookie ? "cookie" : "claim")} is one value, so only query and header parameters can be arrays or lists")));
                return null;
            }

            return Spec(source.Value, name ?? parameter.Name);
        }

        // Inferred, in the contract's order: what the runtime supplies, then text-parsable values from the query, then JSON.
        if (HttpSymbols.Is(type, known.LambdaContext))
        {
            return Spec(HttpBindingSource.Context);
        }

        if (HttpSymbols.Is(type, known.CancellationToken))
        {
            return Spec(HttpBindingSource.CancellationToken);
        }

        if (HttpSymbols.Is(type, known.HttpRequest))
        {
            return Spec(HttpBindingSource.Request);
        }

        if (known.Payloads.Any(p => HttpSymbols.Is(type, p)))
        {
            return Spec(HttpBindingSource.Payload);
        }

        if (IsParsable(type, known))
        {
            return Spec(HttpBindingSource.Query, parameter.Name);
        }

        if (ElementType(type, known) is { } inferredElement && IsParsable(inferredElement, known))
        {
            return Spec(HttpBindingSource.Query, parameter.Name, element: TypeNames.Qualify(inferredElement));
        }

        return Spec(HttpBindingSource.Body);
    }

    /// <summary>The source a <c>[From*]</c> attribute names, and its <c>Name</c>; null when the parameter has none.</summary>
    private static (HttpBindingSource? Source, string? Name) ExplicitSource(IParameterSymbol parameter, HttpSymbols known)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            HttpBindingSource? source = attribute.AttributeClass switch
            {
                var c when HttpSymbols.Is(c, known.FromRoute) => HttpBindingSource.Route,
                var c when HttpSymbols.Is(c, known.FromQuery) => HttpBindingSource.Query,
                var c when HttpSymbols.Is(c, known.FromHeader) => HttpBindingSource.Header,
                var c when HttpSymbols.Is(c, known.FromCookie) => HttpBindingSource.Cookie,
                var c when HttpSymbols.Is(c, known.FromClaim) => HttpBindingSource.Claim,
                var c when HttpSymbols.Is(c, known.FromBody) => HttpBindingSource.Body,
                _ => null,
            };
            if (source is not null)
            {
                var name = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Name").Value.Value as string;
                return (source, string.IsNullOrEmpty(name) ? null : name);
            }
        }

        return (null, null);
    }

    private static int FindRouteSlot(EquatableArray<RouteSegment> routeParameters, string name)
    {
        for (var i = 0; i < routeParameters.Count; i++)
        {
            if (string.Equals(routeParameters[i].Text, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Implements <c>ISpanParsable&lt;T&gt;</c> or <c>IParsable&lt;T&gt;</c> of itself, or is an enum, which gets a
    /// generated parser (a nullable value type: its underlying type does).
    /// </summary>
    public static bool IsParsable(ITypeSymbol type, HttpSymbols known)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        var self = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        return type.AllInterfaces.Any(i =>
            (HttpSymbols.Is(i, known.ISpanParsable) || HttpSymbols.Is(i, known.IParsable)) &&
            SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], self));
    }

    /// <summary>The element of an array or of a list type a multi-value query or header can fill; null otherwise.</summary>
    private static ITypeSymbol? ElementType(ITypeSymbol type, HttpSymbols known) => type switch
    {
        IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
        INamedTypeSymbol { IsGenericType: true } named when known.Lists.Any(l => HttpSymbols.Is(named, l)) => named.TypeArguments[0],
        _ => null,
    };

    private static string TypeNotParsable(ITypeSymbol type, HttpSymbols known, string? whenCollection) =>
        whenCollection is not null && ElementType(type, known) is { } element && IsParsable(element, known)
            ? whenCollection
            : $"{type.ToDisplayString()} implements neither ISpanParsable<T> nor IParsable<T> and is no enum, so it cannot be parsed from text";

    private static bool IsRawBody(ITypeSymbol type, HttpSymbols known) =>
        type.SpecialType == SpecialType.System_String ||
        type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte } ||
        HttpSymbols.Is(type, known.Stream) ||
        (HttpSymbols.Is(type, known.ReadOnlyMemory) && type is INamedTypeSymbol { TypeArguments: [{ SpecialType: SpecialType.System_Byte }] });

    private static Location? TemplateLocation(AttributeData attribute) =>
        (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments.FirstOrDefault()?.GetLocation();
}
