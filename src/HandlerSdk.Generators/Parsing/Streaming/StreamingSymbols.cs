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
        ServerSentEventOfT = compilation.GetTypeByMetadataName("HandlerSdk.ServerSentEvent`1");
        ServerSentEventsAttribute = compilation.GetTypeByMetadataName(ServerSentEventsAttributeName);
    }

    public INamedTypeSymbol? LambdaResponseStream { get; }

    public INamedTypeSymbol? HttpResponseStream { get; }

    public INamedTypeSymbol? AsyncEnumerableOfT { get; }

    public INamedTypeSymbol? ServerSentEventOfT { get; }

    public INamedTypeSymbol? ServerSentEventsAttribute { get; }

    public static StreamingSymbols For(Compilation compilation) => Cache.GetValue(compilation, static c => new StreamingSymbols(c));

    /// <summary>The item type of <c>IAsyncEnumerable&lt;T&gt;</c>, or null when <paramref name="type"/> is not one.</summary>
    public ITypeSymbol? AsyncItemType(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named && KnownSymbols.Is(named, AsyncEnumerableOfT) ? named.TypeArguments[0] : null;

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
