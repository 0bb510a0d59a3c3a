using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Generators.Diagnostics;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Streaming;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing.Streaming;

/// <summary>
/// Recognises the streaming shapes of a <c>[LambdaHandler]</c> method: a response stream parameter, or an
/// <c>IAsyncEnumerable&lt;T&gt;</c> return. Called by <see cref="HandlerParser"/>, which keeps the rest of the signature.
/// </summary>
internal static class StreamingParser
{
    /// <summary>The parameter kind of a response stream type; null for any other type.</summary>
    public static ParameterKind? ResponseParameter(ITypeSymbol type, StreamingSymbols symbols) =>
        KnownSymbols.Is(type, symbols.LambdaResponseStream) ? ParameterKind.ResponseStream
        : KnownSymbols.Is(type, symbols.HttpResponseStream) ? ParameterKind.HttpResponseStream
        : null;

    /// <summary>What the method's streaming shape is, if it has one.</summary>
    /// <param name="parameters">The kinds of the parameters the handler parser accepted.</param>
    /// <param name="itemTypes">Where the item type's serializer graph goes (the handler's result graph).</param>
    /// <param name="reportSerialization">Reports HSDK0101 for an item type that cannot be serialized.</param>
    public static StreamingShape Parse(
        IMethodSymbol method,
        string displayName,
        IReadOnlyList<ParameterKind> parameters,
        StreamingSymbols symbols,
        TypeGraphBuilder itemTypes,
        System.Action<ITypeSymbol> reportSerialization,
        List<HandlerProblem> problems,
        Location? location)
    {
        var takesStream = parameters.Any(p => p is ParameterKind.ResponseStream or ParameterKind.HttpResponseStream);
        var itemType = symbols.ReturnedItemType(method.ReturnType, out var awaited);
        var serverSentEvents = symbols.HasServerSentEvents(method);
        if (itemType is null)
        {
            if (serverSentEvents)
            {
                problems.Add(new HandlerProblem(DiagnosticDescriptors.ServerSentEventsWithoutItems, location, [displayName, method.ReturnsVoid ? "void" : method.ReturnType.ToDisplayString()]));
            }

            if (!takesStream)
            {
                return StreamingShape.None;
            }

            if (!ReturnsNothing(method))
            {
                problems.Add(new HandlerProblem(DiagnosticDescriptors.StreamingHandlerReturnsValue, location, [displayName, $"takes a response stream and returns {method.ReturnType.ToDisplayString()}"]));
                return StreamingShape.Invalid;
            }

            // The return (void, Task or ValueTask) is read as any handler's is.
            return new StreamingShape(new StreamingSpec(StreamingKind.ResponseStream, null, false), null, IsValid: true);
        }

        if (takesStream)
        {
            problems.Add(new HandlerProblem(DiagnosticDescriptors.StreamingHandlerReturnsValue, location, [displayName, $"returns {method.ReturnType.ToDisplayString()} and takes a response stream too"]));
            return StreamingShape.Invalid;
        }

        var eventData = symbols.EventDataType(itemType);
        var written = eventData ?? itemType;
        if (itemTypes.Add(written, string.Empty) is not { } id)
        {
            reportSerialization(written);
            return StreamingShape.Invalid;
        }

        var kind = eventData is not null || serverSentEvents ? StreamingKind.ServerSentEvents : StreamingKind.Ndjson;
        var item = new PayloadSpec(PayloadKind.Json, TypeNames.Qualify(written), id);
        var spec = new StreamingSpec(kind, item, ItemsAreEvents: eventData is not null) { ItemsAreAwaited = awaited };
        return new StreamingShape(spec, new ReturnSpec(ReturnShape.Value, null), IsValid: true);
    }

    /// <summary>void, Task or ValueTask: what a handler that writes to its response stream returns.</summary>
    public static bool ReturnsNothing(IMethodSymbol method) =>
        method.ReturnsVoid ||
        (method.ReturnType is INamedTypeSymbol { IsGenericType: false } type &&
         type.ToDisplayString() is "System.Threading.Tasks.Task" or "System.Threading.Tasks.ValueTask");
}

/// <summary>The streaming part of a handler's signature.</summary>
/// <param name="Spec">Null for a handler that does not stream.</param>
/// <param name="Return">For items: the method's return as the adapter sees it; null when the ordinary return rules apply.</param>
/// <param name="IsValid">False when a problem was reported: the handler is not generated.</param>
internal sealed record StreamingShape(StreamingSpec? Spec, ReturnSpec? Return, bool IsValid)
{
    public static StreamingShape None { get; } = new(null, null, IsValid: true);

    public static StreamingShape Invalid { get; } = new(null, null, IsValid: false);
}
