using System.Linq;
using System.Runtime.CompilerServices;
using HandlerSdk.Generators.Model;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing;

/// <summary>Reads <c>[assembly: LambdaJsonOptions(...)]</c>; the defaults when there is none.</summary>
internal static class JsonOptionsParser
{
    public const string AttributeName = "HandlerSdk.LambdaJsonOptionsAttribute";

    // The pipeline's options step and the handler parsers (through KnownSymbols) both need them: read once per compilation.
    private static readonly ConditionalWeakTable<Compilation, JsonOptionsSpec> Cache = new();

    /// <summary>The options of <paramref name="compilation"/>, read on first use.</summary>
    public static JsonOptionsSpec For(Compilation compilation) => Cache.GetValue(compilation, Parse);

    private static JsonOptionsSpec Parse(Compilation compilation)
    {
        var attributeType = compilation.GetTypeByMetadataName(AttributeName);
        var attribute = attributeType is null
            ? null
            : compilation.Assembly.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
        if (attribute is null)
        {
            return JsonOptionsSpec.Default;
        }

        var defaults = JsonOptionsSpec.Default;
        T Named<T>(string name, T fallback) =>
            attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value is T value ? value : fallback;

        return new JsonOptionsSpec(
            (NamingPolicy)Named("NamingPolicy", (int)defaults.Naming),
            Named("OmitNullValues", defaults.OmitNullsOnWrite),
            Named("CaseInsensitive", defaults.CaseInsensitiveReads),
            Named("EnumsAsStrings", defaults.EnumsAsStrings));
    }
}
