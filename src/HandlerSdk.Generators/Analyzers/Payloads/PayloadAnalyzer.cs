using System.Collections.Immutable;
using System.Linq;
using HandlerSdk.Generators.Diagnostics;
using HandlerSdk.Generators.Parsing;
using HandlerSdk.Generators.Parsing.Encodings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Generators.Analyzers.Payloads;

/// <summary>
/// Says why a <c>[JsonPayload]</c> cannot apply to its member (HSDK0350, HSDK0351), on the attribute, by the rules the
/// generator follows when it ignores one: every member is checked, whether a handler reaches it yet or not.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PayloadAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PayloadNotCarried,
        DiagnosticDescriptors.PayloadWithConverter);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName(PayloadMembers.AttributeName) is null)
            {
                return;
            }

            var known = KnownSymbols.For(start.Compilation);
            start.RegisterSymbolAction(context => AnalyzeMember(context, known), SymbolKind.Property, SymbolKind.Field);
        });
    }

    private static void AnalyzeMember(SymbolAnalysisContext context, KnownSymbols known)
    {
        if (PayloadMembers.Find(context.Symbol) is not { } attribute)
        {
            return;
        }

        var type = context.Symbol switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        if (type is null || PayloadMembers.Check(context.Symbol, type, attribute, known) is not { } misuse)
        {
            return;
        }

        var location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? context.Symbol.Locations.FirstOrDefault();
        context.ReportDiagnostic(Diagnostic.Create(misuse.Descriptor, location, misuse.Args));
    }
}
