using System.Text;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing;

/// <summary>How types are named in generated code: <c>global::</c>-qualified, without nullable annotations.</summary>
internal static class TypeNames
{
    private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly SymbolDisplayFormat QualifiedAnnotated = Qualified
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string Qualify(ITypeSymbol type) => StripAnnotation(type).ToDisplayString(Qualified);

    /// <summary>
    /// As <see cref="Qualify"/>, but keeping the nullable annotations of type arguments (<c>IAsyncEnumerable&lt;Order?&gt;</c>):
    /// for a generated parameter that receives the user's value as it is, where a dropped <c>?</c> would be CS8620.
    /// </summary>
    public static string QualifyAnnotated(ITypeSymbol type) => StripAnnotation(type).ToDisplayString(QualifiedAnnotated);

    /// <summary>
    /// A C# identifier for the type, used in generated member and file names. It must be injective (two types, two
    /// identifiers), so besides <c>.</c> → <c>_</c> every other character is spelled with a marker no type name can
    /// produce, an underscore followed by a digit: <c>_</c> in a name → <c>_0</c>, <c>&lt;</c> → <c>_1Of</c>,
    /// <c>,</c> → <c>_1And</c>, <c>&gt;</c> → <c>_1End</c> (dropped at the very end), <c>[]</c> → <c>_1Array</c>,
    /// <c>?</c> → <c>_1Nullable</c>. <c>A.B_C</c> and <c>A_B.C</c> stay apart; <c>List&lt;Order&gt;</c> reads
    /// <c>System_Collections_Generic_List_1OfOrder</c>.
    /// </summary>
    public static string Identifier(ITypeSymbol type) => Identifier(StripAnnotation(type).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));

    public static string Identifier(string qualifiedName)
    {
        var text = qualifiedName.Replace("global::", string.Empty);
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '.' => "_",
                '_' => "_0",
                '<' => "_1Of",
                ',' => "_1And",
                '>' => "_1End",
                '[' => "_1Array",
                '?' => "_1Nullable",
                '(' => "_1Tuple",
                ')' => "_1End",
                ' ' or ']' => string.Empty,
                _ => "_1X" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        // Closing brackets at the very end carry no information (the name is balanced): drop them for readability.
        var identifier = builder.ToString();
        while (identifier.EndsWith("_1End", System.StringComparison.Ordinal))
        {
            identifier = identifier.Substring(0, identifier.Length - "_1End".Length);
        }

        return identifier;
    }

    public static ITypeSymbol StripAnnotation(ITypeSymbol type) =>
        type.IsReferenceType ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : type;
}
