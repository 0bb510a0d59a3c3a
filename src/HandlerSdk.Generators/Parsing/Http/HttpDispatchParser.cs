using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HandlerSdk.Generators.Parsing.Http;

/// <summary>
/// Adds to each valid route of a method what its dispatch needs (<see cref="HttpDispatchSpec"/>) and collects the
/// types its JSON body, payload model and result read or write, for the shared serializer pipeline. A route whose
/// types cannot be serialized is left out (the <c>problem</c> out parameter says why, for the analyzer).
/// </summary>
internal static class HttpDispatchParser
{
    public const string HttpResultName = "HandlerSdk.Http.HttpResult";
    public const string HttpResultOfTName = "HandlerSdk.Http.HttpResult`1";

    public static HttpRouteModel Parse(IMethodSymbol method, EquatableArray<HttpRouteSpec> routes, Compilation compilation, CancellationToken cancellationToken = default) =>
        Parse(method, routes, compilation, out _, cancellationToken);

    /// <param name="problem">The first type that cannot be serialized, with the reason; null when all can.</param>
    /// <param name="cancellationToken">Stops the walk of the routes' type graphs.</param>
    public static HttpRouteModel Parse(IMethodSymbol method, EquatableArray<HttpRouteSpec> routes, Compilation compilation, out (ITypeSymbol Root, SerializationProblem? Problem)? problem, CancellationToken cancellationToken = default)
    {
        problem = null;
        if (routes.Count == 0)
        {
            return new HttpRouteModel(routes, EquatableArray<TypeSpec>.Empty);
        }

        var known = KnownSymbols.For(compilation);
        var types = new TypeGraphBuilder(known, cancellationToken);
        var result = new List<HttpRouteSpec>();
        var returnSpec = Return(method, known, compilation, types);
        if (returnSpec is null)
        {
            problem = (method.ReturnType, types.Problem);
            return new HttpRouteModel(EquatableArray<HttpRouteSpec>.Empty, EquatableArray<TypeSpec>.Empty);
        }

        var disposal = method.IsStatic ? DisposalKind.None
            : method.ContainingType.AllInterfaces.Any(i => KnownSymbols.Is(i, known.IAsyncDisposable)) ? DisposalKind.AsyncDisposable
            : method.ContainingType.AllInterfaces.Any(i => KnownSymbols.Is(i, known.IDisposable)) ? DisposalKind.Disposable
            : DisposalKind.None;
        foreach (var route in routes)
        {
            var arguments = new List<HttpArgumentSpec>();
            for (var i = 0; i < route.Parameters.Count; i++)
            {
                var parameter = method.Parameters[i];
                var argument = Argument(parameter, route.Parameters[i], known, types);
                if (argument is null)
                {
                    problem = (parameter.Type, types.Problem);
                    return new HttpRouteModel(EquatableArray<HttpRouteSpec>.Empty, EquatableArray<TypeSpec>.Empty);
                }

                arguments.Add(argument);
            }

            result.Add(route with { Dispatch = new HttpDispatchSpec(arguments.ToEquatableArray(), returnSpec, disposal) });
        }

        return new HttpRouteModel(result.ToEquatableArray(), types.Types.ToEquatableArray());
    }

    private static HttpArgumentSpec? Argument(IParameterSymbol parameter, HttpParameterSpec spec, KnownSymbols known, TypeGraphBuilder types)
    {
        var type = TypeNames.StripAnnotation(parameter.Type);
        var defaultValue = parameter.HasExplicitDefaultValue ? DefaultValue(parameter) : null;
        switch (spec.Source)
        {
            case HttpBindingSource.Body:
            case HttpBindingSource.Payload:
                var id = types.Add(type, string.Empty);
                return id is null ? null : new HttpArgumentSpec(TypeNames.Qualify(type), false, false, false, id, defaultValue);
            case HttpBindingSource.Route or HttpBindingSource.Query or HttpBindingSource.Header or HttpBindingSource.Cookie or HttpBindingSource.Claim:
                var element = spec.ElementType is null ? null : Element(type);
                var parsed = element ?? type;
                if (parsed is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                {
                    parsed = nullable.TypeArguments[0];
                }

                var enumSpec = parsed is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType ? Enum(enumType) : null;
                var spanParsable = enumSpec is not null || parsed.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == "System.ISpanParsable<TSelf>" &&
                    SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], parsed.WithNullableAnnotation(NullableAnnotation.NotAnnotated)));
                var isList = element is not null && type is INamedTypeSymbol { OriginalDefinition.MetadataName: "List`1" };
                return new HttpArgumentSpec(TypeNames.Qualify(parsed), spanParsable, element is not null && !isList, isList, null, defaultValue, enumSpec);
            default:
                return new HttpArgumentSpec(TypeNames.Qualify(type), false, false, false, null, defaultValue);
        }
    }

    /// <summary>An enum's members for its generated parser: no reflection at run time, so it works the same trimmed.</summary>
    private static HttpEnumSpec Enum(INamedTypeSymbol type)
    {
        var members = type.GetMembers()
            .OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue && f.IsStatic)
            .Select(f => new HttpEnumMember(f.Name, System.Convert.ToString(f.ConstantValue, CultureInfo.InvariantCulture)!))
            .ToEquatableArray();
        var isFlags = type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");
        return new HttpEnumSpec(TypeNames.Qualify(type), type.EnumUnderlyingType!.ToDisplayString(), isFlags, members);
    }

    private static ITypeSymbol? Element(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { IsGenericType: true } named => named.TypeArguments[0],
        _ => null,
    };

    /// <summary>The default value as C# the generated code can use anywhere: a cast literal (enums as their number).</summary>
    private static string DefaultValue(IParameterSymbol parameter)
    {
        var type = TypeNames.Qualify(parameter.Type);
        if (parameter.ExplicitDefaultValue is not { } value)
        {
            return $"default({type})";
        }

        var literal = value switch
        {
            string text => SymbolDisplay.FormatLiteral(text, quote: true),
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            bool b => b ? "true" : "false",
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "F",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "D",
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
            ulong u => u.ToString(CultureInfo.InvariantCulture) + "UL",
            long l => l.ToString(CultureInfo.InvariantCulture) + "L",
            uint u => u.ToString(CultureInfo.InvariantCulture) + "U",
            _ => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
        };
        return $"({type})({literal})";
    }

    private static HttpReturnSpec? Return(IMethodSymbol method, KnownSymbols known, Compilation compilation, TypeGraphBuilder types)
    {
        if (method.ReturnsVoid)
        {
            return new HttpReturnSpec(ReturnShape.Void, HttpResultKind.None, null, null, null);
        }

        var type = method.ReturnType;
        if (type is INamedTypeSymbol { IsGenericType: false } && (KnownSymbols.Is(type, known.Task) || KnownSymbols.Is(type, known.ValueTask)))
        {
            return new HttpReturnSpec(KnownSymbols.Is(type, known.Task) ? ReturnShape.Task : ReturnShape.ValueTask, HttpResultKind.None, null, null, null);
        }

        if (known.Streaming.ReturnedItemType(type, out var awaitsItems) is { } itemType)
        {
            // Items are streamed as they come: written per item, never awaited as one value.
            var eventData = known.Streaming.EventDataType(itemType);
            var written = eventData ?? itemType;
            var itemId = types.Add(written, string.Empty);
            var format = eventData is not null || known.Streaming.HasServerSentEvents(method) ? Model.Streaming.StreamingKind.ServerSentEvents : Model.Streaming.StreamingKind.Ndjson;
            var writtenName = TypeNames.Qualify(written);
            return itemId is null ? null : new HttpReturnSpec(ReturnShape.Value, HttpResultKind.Items, TypeNames.QualifyAnnotated(type), writtenName, itemId,
                new Model.Streaming.StreamingSpec(format, new PayloadSpec(PayloadKind.Json, writtenName, itemId), ItemsAreEvents: eventData is not null) { ItemsAreAwaited = awaitsItems });
        }

        var shape = ReturnShape.Value;
        var awaited = type;
        if (type is INamedTypeSymbol { IsGenericType: true } generic && (KnownSymbols.Is(generic, known.TaskOfT) || KnownSymbols.Is(generic, known.ValueTaskOfT)))
        {
            shape = KnownSymbols.Is(generic, known.TaskOfT) ? ReturnShape.TaskOfT : ReturnShape.ValueTaskOfT;
            awaited = generic.TypeArguments[0];
        }

        var awaitedName = TypeNames.Qualify(awaited);
        if (KnownSymbols.Is(awaited, compilation.GetTypeByMetadataName(HttpResultName)))
        {
            return new HttpReturnSpec(shape, HttpResultKind.Result, awaitedName, null, null);
        }

        var kind = HttpResultKind.Json;
        var json = awaited;
        if (awaited is INamedTypeSymbol { IsGenericType: true } typed && KnownSymbols.Is(typed, compilation.GetTypeByMetadataName(HttpResultOfTName)))
        {
            kind = HttpResultKind.TypedResult;
            json = typed.TypeArguments[0];
        }

        var id = types.Add(json, string.Empty);
        return id is null ? null : new HttpReturnSpec(shape, kind, awaitedName, TypeNames.Qualify(json), id);
    }
}
