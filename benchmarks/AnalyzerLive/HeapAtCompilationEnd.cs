using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Benchmarks.AnalyzerLive;

/// <summary>
/// Reads the live managed heap (after a full collection) in a compilation end action: every operation block has been
/// handed out by then, and whatever another analyzer still holds for its own end action is still held.
/// </summary>
#pragma warning disable RS1036, RS1041, RS2008 // A measuring probe inside the benchmark, never shipped or loaded by a compiler.
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class HeapAtCompilationEnd : DiagnosticAnalyzer
{
    public long Bytes { get; private set; }

    // Never reported; an analyzer without a diagnostic of its own is not run at all.
    private static readonly DiagnosticDescriptor Probe = new(
        "PROBE0001", "Heap probe", "Heap probe", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true,
        customTags: [WellKnownDiagnosticTags.CompilationEnd]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Probe];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // An operation action of its own, so that both runs bind every body for operation analyzers alike.
            start.RegisterOperationBlockAction(static _ => { });
            start.RegisterCompilationEndAction(_ => Bytes = GC.GetTotalMemory(forceFullCollection: true));
        });
    }
}
#pragma warning restore RS1036, RS1041, RS2008
