using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing.Http;

/// <summary>The attributes and types HTTP route parsing compares against, resolved once per compilation.</summary>
internal sealed class HttpSymbols
{
    public const string HttpApiAttributeName = "HandlerSdk.HttpApiAttribute";

    /// <summary>The route attributes by metadata name, with the HTTP method each stands for.</summary>
    public static readonly IReadOnlyList<(string MetadataName, string HttpMethod)> RouteAttributes =
    [
        ("HandlerSdk.HttpGetAttribute", "GET"),
        ("HandlerSdk.HttpPostAttribute", "POST"),
        ("HandlerSdk.HttpPutAttribute", "PUT"),
        ("HandlerSdk.HttpPatchAttribute", "PATCH"),
        ("HandlerSdk.HttpDeleteAttribute", "DELETE"),
        ("HandlerSdk.HttpHeadAttribute", "HEAD"),
        ("HandlerSdk.HttpOptionsAttribute", "OPTIONS"),
    ];

    private static readonly string[] PayloadNames =
    [
        "HandlerSdk.Events.ApiGatewayHttpApiV2Request", "HandlerSdk.Events.ApiGatewayProxyRequest", "HandlerSdk.Events.AlbTargetRequest",
    ];

    private static readonly string[] ListNames =
    [
        "System.Collections.Generic.List`1", "System.Collections.Generic.IList`1", "System.Collections.Generic.ICollection`1",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.IReadOnlyCollection`1",
    ];

    private static readonly ConditionalWeakTable<Compilation, HttpSymbols> Cache = new();

    private HttpSymbols(Compilation compilation)
    {
        INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);

        foreach (var (name, method) in RouteAttributes)
        {
            if (Get(name) is { } attribute)
            {
                RouteAttributeMethods[attribute] = method;
            }
        }

        HttpApi = Get(HttpApiAttributeName);
        LambdaHandler = Get(LambdaHandlerGenerator.AttributeName);
        FromRoute = Get("HandlerSdk.FromRouteAttribute");
        FromQuery = Get("HandlerSdk.FromQueryAttribute");
        FromHeader = Get("HandlerSdk.FromHeaderAttribute");
        FromCookie = Get("HandlerSdk.FromCookieAttribute");
        FromClaim = Get("HandlerSdk.FromClaimAttribute");
        FromBody = Get("HandlerSdk.FromBodyAttribute");
        LambdaContext = Get("HandlerSdk.ILambdaContext");
        CancellationToken = Get("System.Threading.CancellationToken");
        HttpRequest = Get("HandlerSdk.Http.HttpRequest");
        Payloads = PayloadNames.Select(Get).OfType<INamedTypeSymbol>().ToList();
        ISpanParsable = Get("System.ISpanParsable`1");
        IParsable = Get("System.IParsable`1");
        Stream = Get("System.IO.Stream");
        ReadOnlyMemory = Get("System.ReadOnlyMemory`1");
        Lists = ListNames.Select(Get).OfType<INamedTypeSymbol>().ToList();
        Streaming = Parsing.Streaming.StreamingSymbols.For(compilation);
    }

    public static HttpSymbols For(Compilation compilation) => Cache.GetValue(compilation, static c => new HttpSymbols(c));

    public Dictionary<INamedTypeSymbol, string> RouteAttributeMethods { get; } = new(SymbolEqualityComparer.Default);

    public INamedTypeSymbol? HttpApi { get; }

    public INamedTypeSymbol? LambdaHandler { get; }

    public INamedTypeSymbol? FromRoute { get; }

    public INamedTypeSymbol? FromQuery { get; }

    public INamedTypeSymbol? FromHeader { get; }

    public INamedTypeSymbol? FromCookie { get; }

    public INamedTypeSymbol? FromClaim { get; }

    public INamedTypeSymbol? FromBody { get; }

    public INamedTypeSymbol? LambdaContext { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? HttpRequest { get; }

    public IReadOnlyList<INamedTypeSymbol> Payloads { get; }

    public INamedTypeSymbol? ISpanParsable { get; }

    public INamedTypeSymbol? IParsable { get; }

    public INamedTypeSymbol? Stream { get; }

    public INamedTypeSymbol? ReadOnlyMemory { get; }

    /// <summary>The response stream and item types of streaming routes.</summary>
    public Parsing.Streaming.StreamingSymbols Streaming { get; }

    /// <summary>The collection types a multi-value query or header binds to, besides arrays.</summary>
    public IReadOnlyList<INamedTypeSymbol> Lists { get; }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, known);
}
