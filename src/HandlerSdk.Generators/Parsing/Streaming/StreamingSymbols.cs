using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing.Streaming;

/// <summary>The types streaming handlers are recognised by, resolved once per compilation.</summary>
internal sealed class StreamingSymbols
{
    public const string ServerSentEventsAttributeName = "HandlerSdk.ServerSentEventsAttribute";

    private static readonly ConditionalWeakTable<Compilation, StreamingSymbols> Cache = new();

    private StreamingSymbols(Compilation compilation)
    {
        LambdaResponseStream = compilation.GetTypeByMetadataName("HandlerSdk.LambdaResponseStream");
        HttpResponseStream = compilation.GetTypeByMetadataName("HandlerSdk.Http.HttpResponseStream");
        AsyncEnumerableOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        ServerSentEventOfT = compilation.GetTypeByMetadataName("HandlerSdk.ServerSentEvent`1");
        ServerSentEventsAttribute = compilation.GetTypeByMetadataName(ServerSentEventsAttributeName);
    }

    public INamedTypeSymbol? LambdaResponseStream { get; }

    public INamedTypeSymbol? HttpResponseStream { get; }

    public INamedTypeSymbol? AsyncEnumerableOfT { get; }

    public INamedTypeSymbol? ServerSentEventOfT { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? ServerSentEventsAttribute { get; }

    public static StreamingSymbols For(Compilation compilation) => Cache.GetValue(compilation, static c => new StreamingSymbols(c));

    /// <summary>The item type of <c>IAsyncEnumerable&lt;T&gt;</c>, or null when <paramref name="type"/> is not one.</summary>
    public ITypeSymbol? AsyncItemType(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named && KnownSymbols.Is(named, AsyncEnumerableOfT) ? named.TypeArguments[0] : null;

    /// <summary>
    /// The item type of a method that returns items: <c>IAsyncEnumerable&lt;T&gt;</c>, or a <c>Task</c>/<c>ValueTask</c> of
    /// one (<paramref name="awaited"/>: the items come once the task completes, as from a method that first awaits a
    /// connection, then returns the stream it opened). Null for any other return type.
    /// </summary>
    public ITypeSymbol? ReturnedItemType(ITypeSymbol returnType, out bool awaited)
    {
        awaited = false;
        if (AsyncItemType(returnType) is { } direct)
        {
            return direct;
        }

        if (returnType is INamedTypeSymbol { IsGenericType: true } task &&
            (KnownSymbols.Is(task, TaskOfT) || KnownSymbols.Is(task, ValueTaskOfT)) &&
            AsyncItemType(task.TypeArguments[0]) is { } item)
        {
            awaited = true;
            return item;
        }

        return null;
    }

    /// <summary>The <c>T</c> of <c>ServerSentEvent&lt;T&gt;</c>, or null when <paramref name="type"/> is not one.</summary>
    public ITypeSymbol? EventDataType(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named && KnownSymbols.Is(named, ServerSentEventOfT) ? named.TypeArguments[0] : null;

    public bool HasServerSentEvents(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (KnownSymbols.Is(attribute.AttributeClass, ServerSentEventsAttribute))
            {
                return true;
            }
        }

        return false;
    }
}
