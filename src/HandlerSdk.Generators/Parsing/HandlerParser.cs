using System.Collections.Generic;
using System.Linq;
using System.Threading;
using HandlerSdk.Analyzers;
using HandlerSdk.Generators.Diagnostics;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Parsing.Streaming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.Generators.Parsing;

/// <summary>
/// Turns a <c>[LambdaHandler]</c> method into a <see cref="HandlerModel"/>. The generator keeps only valid models;
/// the analyzer asks for the <see cref="HandlerProblem"/>s, so both judge a handler by the same code.
/// </summary>
internal static class HandlerParser
{
    /// <param name="reportReadOnlyMembers">Also report event-type members JSON can never set (HSDK0102): analyzer only.</param>
    /// <param name="maxTimeoutSeconds">The upper bound for <c>TimeoutSeconds</c> (HSDK0007), from <see cref="DurationLimit"/>.</param>
    /// <param name="cancellationToken">Stops the walk of the event's and result's type graphs, type by type and member by member.</param>
    public static HandlerModel Parse(
        IMethodSymbol method,
        AttributeData attribute,
        KnownSymbols known,
        List<HandlerProblem>? problems = null,
        bool reportReadOnlyMembers = false,
        int maxTimeoutSeconds = DurationLimit.DefaultSeconds,
        CancellationToken cancellationToken = default)
    {
        problems ??= [];
        if (Http.RouteMethods.IsRoute(method))
        {
            // A route method is an HTTP function: the HTTP parser and analyzer judge it, the dispatch emitter writes it.
            return new HandlerModel(null, EquatableArray<TypeSpec>.Empty);
        }

        var before = problems.Count;
        var location = method.Locations.FirstOrDefault();
        var displayName = method.ContainingType.Name + "." + method.Name;

        void Report(DiagnosticDescriptor descriptor, Location? where, params object[] args) =>
            problems.Add(new HandlerProblem(descriptor, where ?? location, args));

        if (method.IsGenericMethod || method.ContainingType.IsGenericType)
        {
            // Nothing else about a generic handler can be judged: its types are not known.
            Report(DiagnosticDescriptors.UnsupportedSignature, location, displayName, "generic handlers cannot be dispatched; use a concrete method on a non-generic type");
            return new HandlerModel(null, EquatableArray<TypeSpec>.Empty);
        }

        if (method.IsAsync && method.ReturnsVoid)
        {
            Report(DiagnosticDescriptors.AsyncVoidHandler, location, displayName);
        }

        if (method.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
        {
            Report(DiagnosticDescriptors.InaccessibleHandler, location, displayName, "the method");
        }
        else if (!TypeGraphBuilder.IsAccessible(method.ContainingType))
        {
            Report(DiagnosticDescriptors.InaccessibleHandler, location, displayName, method.ContainingType.ToDisplayString() + " (and every type containing it)");
        }

        var disposal = DisposalKind.None;
        if (!method.IsStatic)
        {
            var type = method.ContainingType;
            var constructible = !type.IsAbstract && !type.IsStatic && (type.IsValueType || type.InstanceConstructors.Any(c =>
                c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal));
            if (!constructible)
            {
                Report(DiagnosticDescriptors.NoParameterlessConstructor, location, displayName, type.ToDisplayString());
            }

            disposal = type.AllInterfaces.Any(i => KnownSymbols.Is(i, known.IAsyncDisposable)) ? DisposalKind.AsyncDisposable
                : type.AllInterfaces.Any(i => KnownSymbols.Is(i, known.IDisposable)) ? DisposalKind.Disposable
                : DisposalKind.None;
        }

        var name = HandlerName(method, attribute);
        CheckRange(attribute, "TimeoutSeconds", 1, maxTimeoutSeconds, location, problems);
        CheckRange(attribute, "MemorySizeMb", 128, 10240, location, problems);

        // One builder per payload, so that a problem in the event does not hide (or repeat as) one in the result.
        var eventTypes = new TypeGraphBuilder(known, cancellationToken);
        var resultTypes = new TypeGraphBuilder(known, cancellationToken);
        var parameters = new List<ParameterKind>();
        var streaming = known.Streaming;
        PayloadSpec? eventPayload = null;
        ITypeSymbol? eventType = null;
        BatchRecord? batchRecord = null;
        foreach (var parameter in method.Parameters)
        {
            var where = parameter.Locations.FirstOrDefault();
            if (parameter.RefKind != RefKind.None)
            {
                Report(DiagnosticDescriptors.UnsupportedSignature, where, displayName, $"parameter '{parameter.Name}' is passed by reference");
                continue;
            }

            var type = parameter.Type;
            ParameterKind kind;
            if (KnownSymbols.Is(type, known.LambdaContext))
            {
                kind = ParameterKind.Context;
            }
            else if (KnownSymbols.Is(type, known.LambdaLogger))
            {
                kind = ParameterKind.Logger;
            }
            else if (KnownSymbols.Is(type, known.CancellationToken))
            {
                kind = ParameterKind.CancellationToken;
            }
            else if (StreamingParser.ResponseParameter(type, streaming) is { } responseKind)
            {
                if (parameters.Any(p => p is ParameterKind.ResponseStream or ParameterKind.HttpResponseStream))
                {
                    Report(DiagnosticDescriptors.SecondResponseStream, where, displayName, parameter.Name);
                    continue;
                }

                kind = responseKind;
            }
            else
            {
                kind = ParameterKind.Event;
                if (eventPayload is not null)
                {
                    Report(DiagnosticDescriptors.UnsupportedSignature, where, displayName, $"parameter '{parameter.Name}' is a second event parameter; a handler takes one event, plus ILambdaContext, ILambdaLogger and CancellationToken");
                    continue;
                }

                if (IsStream(type, known) && !KnownSymbols.Is(type, known.Stream) && type.ToDisplayString() != "System.IO.MemoryStream")
                {
                    // The event arrives in memory: a FileStream or NetworkStream parameter cannot be given one.
                    Report(DiagnosticDescriptors.UnsupportedSignature, where, displayName, $"parameter '{parameter.Name}' is a {type.Name}; declare an event stream as Stream or MemoryStream");
                    continue;
                }

                // A per-record handler reads the whole batch its record comes in.
                eventType = type;
                batchRecord = BatchParser.Record(type);
                var read = batchRecord?.Event ?? type;
                eventPayload = Payload(read, forEvent: true, known, eventTypes);
                if (eventPayload is null)
                {
                    ReportSerialization(eventTypes, where, problems, read);
                }
                else if (reportReadOnlyMembers && eventPayload.Kind == PayloadKind.Json)
                {
                    ReportUnreadableMembers(read, known, problems, cancellationToken);
                }
            }

            if (kind != ParameterKind.Event && parameters.Contains(kind))
            {
                Report(DiagnosticDescriptors.UnsupportedSignature, where, displayName, $"parameter '{parameter.Name}' repeats a {kind} parameter");
            }

            parameters.Add(kind);
        }

        var stream = StreamingParser.Parse(method, displayName, parameters, streaming, resultTypes, type => ReportSerialization(resultTypes, location, problems, type), problems, location);
        if (stream.Spec is not null && batchRecord is not null)
        {
            Report(DiagnosticDescriptors.UnsupportedSignature, location, displayName, "a per-record handler cannot stream its response; the generated batch loop answers with the batch response");
        }

        // An IAsyncEnumerable<T> return is the stream's items, not a value to serialize.
        var returnSpec = stream.Return ?? (stream.IsValid ? Return(method, known, resultTypes, problems, location) : null);
        // The record's own reader is already in the batch's graph: asking for it again only returns its id.
        var recordPayload = batchRecord is { HasPayload: true } && eventType is not null && eventTypes.Add(eventType, string.Empty) is { } recordId
            ? new PayloadSpec(PayloadKind.Json, TypeNames.Qualify(eventType), recordId)
            : null;
        var batch = BatchParser.Parse(method, displayName, attribute, batchRecord, eventType, returnSpec, recordPayload, type => Payload(type, forEvent: false, known, resultTypes), problems, location);
        // Timeout and memory are deployment settings, not code: a value out of range fails the build (HSDK0007) without
        // keeping the handler from being generated, so the generator need not know the project's configured limit.
        if (problems.Skip(before).Any(p => p.Descriptor.DefaultSeverity == DiagnosticSeverity.Error && p.Descriptor != DiagnosticDescriptors.InvalidConfiguration) ||
            returnSpec is null ||
            (batchRecord is not null && batch is null))
        {
            return new HandlerModel(null, EquatableArray<TypeSpec>.Empty);
        }

        var containingType = TypeNames.Qualify(method.ContainingType);
        var spec = new HandlerSpec(name, containingType, TypeNames.Identifier(containingType), method.Name, method.IsStatic, disposal,
            parameters.ToEquatableArray(), eventPayload, returnSpec, batch, stream.Spec);
        var types = eventTypes.Types.Concat(resultTypes.Types).GroupBy(t => t.Id, System.StringComparer.Ordinal).Select(g => g.First()).OrderBy(t => t.Id, System.StringComparer.Ordinal);
        return new HandlerModel(spec, types.ToEquatableArray());
    }

    private static ReturnSpec? Return(IMethodSymbol method, KnownSymbols known, TypeGraphBuilder types, List<HandlerProblem> problems, Location? location)
    {
        var type = method.ReturnType;
        if (method.ReturnsVoid)
        {
            return new ReturnSpec(ReturnShape.Void, null);
        }

        if (KnownSymbols.Is(type, known.Task) && type is INamedTypeSymbol { IsGenericType: false })
        {
            return new ReturnSpec(ReturnShape.Task, null);
        }

        if (KnownSymbols.Is(type, known.ValueTask) && type is INamedTypeSymbol { IsGenericType: false })
        {
            return new ReturnSpec(ReturnShape.ValueTask, null);
        }

        var shape = ReturnShape.Value;
        var resultType = type;
        if (type is INamedTypeSymbol { IsGenericType: true } generic && (KnownSymbols.Is(generic, known.TaskOfT) || KnownSymbols.Is(generic, known.ValueTaskOfT)))
        {
            shape = KnownSymbols.Is(generic, known.TaskOfT) ? ReturnShape.TaskOfT : ReturnShape.ValueTaskOfT;
            resultType = generic.TypeArguments[0];
        }

        var result = Payload(resultType, forEvent: false, known, types);
        if (result is null)
        {
            ReportSerialization(types, location, problems, resultType);
            return null;
        }

        return new ReturnSpec(shape, result);
    }

    /// <summary>How a payload type travels: raw forms first, then JSON through a generated serializer.</summary>
    private static PayloadSpec? Payload(ITypeSymbol type, bool forEvent, KnownSymbols known, TypeGraphBuilder types)
    {
        var name = TypeNames.Qualify(type);
        if (IsStream(type, known))
        {
            return new PayloadSpec(PayloadKind.Stream, name, null);
        }

        if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte, Rank: 1 })
        {
            return new PayloadSpec(PayloadKind.ByteArray, name, null);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } memory && KnownSymbols.Is(memory, known.ReadOnlyMemoryOfT) &&
            memory.TypeArguments[0].SpecialType == SpecialType.System_Byte)
        {
            return new PayloadSpec(PayloadKind.ReadOnlyMemory, name, null);
        }

        if (forEvent && KnownSymbols.Is(type, known.JsonElement))
        {
            return new PayloadSpec(PayloadKind.JsonElement, name, null);
        }

        if (forEvent && KnownSymbols.Is(type, known.JsonNode))
        {
            return new PayloadSpec(PayloadKind.JsonNode, name, null);
        }

        var id = types.Add(type, string.Empty);
        return id is null ? null : new PayloadSpec(PayloadKind.Json, name, id);
    }

    private static bool IsStream(ITypeSymbol type, KnownSymbols known)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (KnownSymbols.Is(current, known.Stream))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReportSerialization(TypeGraphBuilder types, Location? location, List<HandlerProblem> problems, ITypeSymbol root)
    {
        var problem = types.Problem ?? new SerializationProblem(root.Name, "it is not supported");
        if (problem.IsQuiet)
        {
            // Still a problem (nothing is generated for the handler), but the compiler's error says it already.
            problems.Add(new HandlerProblem(DiagnosticDescriptors.UnserializableType, location, [problem.Path, problem.Reason]) { IsQuiet = true });
            return;
        }

        var path = problem.Path.Length == 0 ? root.Name : problem.Path;
        problems.Add(new HandlerProblem(DiagnosticDescriptors.UnserializableType, problem.Location ?? location, [path, problem.Reason]));
    }

    private static void ReportUnreadableMembers(ITypeSymbol eventType, KnownSymbols known, List<HandlerProblem> problems, CancellationToken cancellationToken)
    {
        var eventTypes = new TypeGraphBuilder(known, cancellationToken);
        eventTypes.Add(eventType, string.Empty);
        foreach (var (member, path) in eventTypes.UnreadableMembers)
        {
            problems.Add(new HandlerProblem(
                DiagnosticDescriptors.MemberNotDeserialized,
                member.Locations.FirstOrDefault(),
                [path, "it has no setter and no constructor parameter of the same name; add `init`, a setter, or a constructor parameter"]));
        }
    }

    /// <summary>
    /// HSDK0007 on the offending argument (<c>TimeoutSeconds = 3600</c>), where the user can fix it. Only an absent
    /// argument means Lambda's default: an explicit 0 is out of range like any other value, because "0 seconds" reads
    /// as "no timeout" and would deploy as 3 s.
    /// </summary>
    private static void CheckRange(AttributeData attribute, string property, int min, int max, Location? fallback, List<HandlerProblem> problems)
    {
        var argument = attribute.NamedArguments.FirstOrDefault(a => a.Key == property);
        if (argument.Key is not null && argument.Value.Value is int value && (value < min || value > max))
        {
            problems.Add(new HandlerProblem(DiagnosticDescriptors.InvalidConfiguration, ArgumentLocation(attribute, property) ?? fallback, [property, value, $"{min}..{max}"]));
        }
    }

    private static Location? ArgumentLocation(AttributeData attribute, string property) =>
        (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == property)?.GetLocation();

    /// <summary>The name a handler is dispatched by: its <c>Name</c>, else the method's name.</summary>
    public static string HandlerName(IMethodSymbol method, AttributeData attribute) => HandlerMethods.NameOf(method, attribute);
}

/// <summary>Something wrong with a handler: what the analyzer reports. Never part of the generator's models.</summary>
internal sealed record HandlerProblem(DiagnosticDescriptor Descriptor, Location? Location, object[] Args)
{
    /// <summary>Invalidates the handler but is not reported: the compiler already says what is wrong.</summary>
    public bool IsQuiet { get; init; }
}
