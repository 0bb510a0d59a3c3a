using System.Text;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing;

/// <summary>How types are named in generated code: <c>global::</c>-qualified, without nullable annotations.</summary>
internal static class TypeNames
{
    private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    public static string Qualify(ITypeSymbol type) => StripAnnotation(type).ToDisplayString(Qualified);

    /// <summary>A C# identifier that names the type uniquely enough for generated member names.</summary>
    public static string Identifier(ITypeSymbol type) => Identifier(StripAnnotation(type).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));

    public static string Identifier(string qualifiedName)
    {
        var text = qualifiedName.Replace("global::", string.Empty);
        var builder = new StringBuilder(text.Length);
        var lastWasUnderscore = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                lastWasUnderscore = false;
            }
            else if (c is '[' or '?')
            {
                if (!lastWasUnderscore)
                {
                    builder.Append('_');
                }

                builder.Append(c == '[' ? "Array" : "Nullable");
                lastWasUnderscore = false;
            }
            else if (!lastWasUnderscore)
            {
                builder.Append('_');
                lastWasUnderscore = true;
            }
        }

        return builder.ToString().TrimEnd('_');
    }

    public static ITypeSymbol StripAnnotation(ITypeSymbol type) =>
        type.IsReferenceType ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : type;
}
