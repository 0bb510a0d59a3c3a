using System.Collections.Generic;
using System.Runtime.CompilerServices;
using HandlerSdk.Generators.Model;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing;

/// <summary>The framework and HandlerSdk types the parsers compare against, resolved once per compilation.</summary>
internal sealed class KnownSymbols
{
    // GetTypeByMetadataName searches every referenced assembly; with one set of lookups per handler, a project of
    // 100 handlers spent most of its generator time here. One instance per compilation serves them all.
    private static readonly ConditionalWeakTable<Compilation, KnownSymbols> Cache = new();

    private KnownSymbols(Compilation compilation)
    {
        INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);

        LambdaContext = Get("HandlerSdk.ILambdaContext");
        LambdaLogger = Get("HandlerSdk.ILambdaLogger");
        CancellationToken = Get("System.Threading.CancellationToken");
        Task = Get("System.Threading.Tasks.Task");
        TaskOfT = Get("System.Threading.Tasks.Task`1");
        ValueTask = Get("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = Get("System.Threading.Tasks.ValueTask`1");
        Stream = Get("System.IO.Stream");
        ReadOnlyMemoryOfT = Get("System.ReadOnlyMemory`1");
        JsonElement = Get("System.Text.Json.JsonElement");
        JsonNode = Get("System.Text.Json.Nodes.JsonNode");
        JsonObject = Get("System.Text.Json.Nodes.JsonObject");
        JsonArray = Get("System.Text.Json.Nodes.JsonArray");
        JsonValue = Get("System.Text.Json.Nodes.JsonValue");
        DateTimeOffset = Get("System.DateTimeOffset");
        DateOnly = Get("System.DateOnly");
        TimeOnly = Get("System.TimeOnly");
        TimeSpan = Get("System.TimeSpan");
        Guid = Get("System.Guid");
        Uri = Get("System.Uri");
        ListOfT = Get("System.Collections.Generic.List`1");
        HashSetOfT = Get("System.Collections.Generic.HashSet`1");
        DictionaryOfTKV = Get("System.Collections.Generic.Dictionary`2");
        IEnumerableOfT = Get("System.Collections.Generic.IEnumerable`1");
        ICollectionOfT = Get("System.Collections.Generic.ICollection`1");
        IListOfT = Get("System.Collections.Generic.IList`1");
        IReadOnlyCollectionOfT = Get("System.Collections.Generic.IReadOnlyCollection`1");
        IReadOnlyListOfT = Get("System.Collections.Generic.IReadOnlyList`1");
        ISetOfT = Get("System.Collections.Generic.ISet`1");
        IReadOnlySetOfT = Get("System.Collections.Generic.IReadOnlySet`1");
        IDictionaryOfTKV = Get("System.Collections.Generic.IDictionary`2");
        IReadOnlyDictionaryOfTKV = Get("System.Collections.Generic.IReadOnlyDictionary`2");
        IDisposable = Get("System.IDisposable");
        IAsyncDisposable = Get("System.IAsyncDisposable");
        JsonPropertyNameAttribute = Get("System.Text.Json.Serialization.JsonPropertyNameAttribute");
        JsonIgnoreAttribute = Get("System.Text.Json.Serialization.JsonIgnoreAttribute");
        JsonIncludeAttribute = Get("System.Text.Json.Serialization.JsonIncludeAttribute");
        JsonRequiredAttribute = Get("System.Text.Json.Serialization.JsonRequiredAttribute");
        JsonPropertyOrderAttribute = Get("System.Text.Json.Serialization.JsonPropertyOrderAttribute");
        JsonConstructorAttribute = Get("System.Text.Json.Serialization.JsonConstructorAttribute");
        JsonConverterAttribute = Get("System.Text.Json.Serialization.JsonConverterAttribute");
        JsonConverterOfT = Get("System.Text.Json.Serialization.JsonConverter`1");
        JsonConverterFactory = Get("System.Text.Json.Serialization.JsonConverterFactory");
        JsonStringEnumConverter = Get("System.Text.Json.Serialization.JsonStringEnumConverter");
        JsonStringEnumConverterOfT = Get("System.Text.Json.Serialization.JsonStringEnumConverter`1");
        JsonStringEnumMemberNameAttribute = Get("System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute");
        JsonExtensionDataAttribute = Get("System.Text.Json.Serialization.JsonExtensionDataAttribute");
        AwsEventObject = Get("HandlerSdk.Events.AwsEventObject");
        JsonPolymorphicAttribute = Get("System.Text.Json.Serialization.JsonPolymorphicAttribute");
        JsonDerivedTypeAttribute = Get("System.Text.Json.Serialization.JsonDerivedTypeAttribute");
        JsonNumberHandlingAttribute = Get("System.Text.Json.Serialization.JsonNumberHandlingAttribute");
        JsonObjectCreationHandlingAttribute = Get("System.Text.Json.Serialization.JsonObjectCreationHandlingAttribute");
        JsonUnmappedMemberHandlingAttribute = Get("System.Text.Json.Serialization.JsonUnmappedMemberHandlingAttribute");
        FlagsAttribute = Get("System.FlagsAttribute");
        Streaming = Parsing.Streaming.StreamingSymbols.For(compilation);
        JsonOptions = JsonOptionsParser.For(compilation);
        SerializerContexts = ReadSerializerContexts(compilation, Get("HandlerSdk.LambdaSerializerContextAttribute"), Get("System.Text.Json.Serialization.JsonSerializableAttribute"));
    }

    /// <summary>Types that <c>[assembly: LambdaSerializerContext]</c> contexts cover, with the context that covers each.</summary>
    public IReadOnlyDictionary<ITypeSymbol, INamedTypeSymbol> SerializerContexts { get; }

    private static Dictionary<ITypeSymbol, INamedTypeSymbol> ReadSerializerContexts(Compilation compilation, INamedTypeSymbol? attribute, INamedTypeSymbol? serializable)
    {
        var covered = new Dictionary<ITypeSymbol, INamedTypeSymbol>(SymbolEqualityComparer.Default);
        if (attribute is null || serializable is null)
        {
            return covered;
        }

        foreach (var data in compilation.Assembly.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute) ||
                data.ConstructorArguments.Length != 1 || data.ConstructorArguments[0].Value is not INamedTypeSymbol context)
            {
                continue;
            }

            foreach (var declared in context.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(declared.AttributeClass, serializable) &&
                    declared.ConstructorArguments.Length == 1 && declared.ConstructorArguments[0].Value is ITypeSymbol type && !covered.ContainsKey(type))
                {
                    covered[type] = context;
                }
            }
        }

        return covered;
    }

    public INamedTypeSymbol? LambdaContext { get; }

    public INamedTypeSymbol? LambdaLogger { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? Stream { get; }

    public INamedTypeSymbol? ReadOnlyMemoryOfT { get; }

    public INamedTypeSymbol? JsonElement { get; }

    public INamedTypeSymbol? JsonNode { get; }

    public INamedTypeSymbol? JsonObject { get; }

    public INamedTypeSymbol? JsonArray { get; }

    public INamedTypeSymbol? JsonValue { get; }

    public INamedTypeSymbol? DateTimeOffset { get; }

    public INamedTypeSymbol? DateOnly { get; }

    public INamedTypeSymbol? TimeOnly { get; }

    public INamedTypeSymbol? TimeSpan { get; }

    public INamedTypeSymbol? Guid { get; }

    public INamedTypeSymbol? Uri { get; }

    public INamedTypeSymbol? ListOfT { get; }

    public INamedTypeSymbol? HashSetOfT { get; }

    public INamedTypeSymbol? DictionaryOfTKV { get; }

    public INamedTypeSymbol? IEnumerableOfT { get; }

    public INamedTypeSymbol? ICollectionOfT { get; }

    public INamedTypeSymbol? IListOfT { get; }

    public INamedTypeSymbol? IReadOnlyCollectionOfT { get; }

    public INamedTypeSymbol? IReadOnlyListOfT { get; }

    public INamedTypeSymbol? ISetOfT { get; }

    public INamedTypeSymbol? IReadOnlySetOfT { get; }

    public INamedTypeSymbol? IDictionaryOfTKV { get; }

    public INamedTypeSymbol? IReadOnlyDictionaryOfTKV { get; }

    public INamedTypeSymbol? IDisposable { get; }

    public INamedTypeSymbol? IAsyncDisposable { get; }

    public INamedTypeSymbol? JsonPropertyNameAttribute { get; }

    public INamedTypeSymbol? JsonIgnoreAttribute { get; }

    public INamedTypeSymbol? JsonIncludeAttribute { get; }

    public INamedTypeSymbol? JsonRequiredAttribute { get; }

    public INamedTypeSymbol? JsonPropertyOrderAttribute { get; }

    public INamedTypeSymbol? JsonConstructorAttribute { get; }

    public INamedTypeSymbol? JsonConverterAttribute { get; }

    public INamedTypeSymbol? JsonConverterOfT { get; }

    public INamedTypeSymbol? JsonConverterFactory { get; }

    public INamedTypeSymbol? JsonStringEnumConverter { get; }

    public INamedTypeSymbol? JsonStringEnumConverterOfT { get; }

    public INamedTypeSymbol? JsonStringEnumMemberNameAttribute { get; }

    public INamedTypeSymbol? JsonExtensionDataAttribute { get; }

    /// <summary>The base of the event models, whose undeclared members generated code keeps as JSON text.</summary>
    public INamedTypeSymbol? AwsEventObject { get; }

    public INamedTypeSymbol? JsonPolymorphicAttribute { get; }

    public INamedTypeSymbol? JsonDerivedTypeAttribute { get; }

    public INamedTypeSymbol? JsonNumberHandlingAttribute { get; }

    public INamedTypeSymbol? JsonObjectCreationHandlingAttribute { get; }

    public INamedTypeSymbol? JsonUnmappedMemberHandlingAttribute { get; }

    public INamedTypeSymbol? FlagsAttribute { get; }

    /// <summary>The response stream and item types of streaming handlers.</summary>
    public Parsing.Streaming.StreamingSymbols Streaming { get; }

    /// <summary>The assembly's <c>[LambdaJsonOptions]</c>: the naming policy decides which member names collide.</summary>
    public JsonOptionsSpec JsonOptions { get; }

    public static KnownSymbols For(Compilation compilation) => Cache.GetValue(compilation, static c => new KnownSymbols(c));

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, known);
}
