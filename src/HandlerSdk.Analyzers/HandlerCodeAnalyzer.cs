using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using HandlerSdk.Analyzers.Blocking;
using HandlerSdk.Analyzers.Durations;
using HandlerSdk.Analyzers.HandlerCode;
using HandlerSdk.Analyzers.Pitfalls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Analyzers;

/// <summary>
/// The rules that judge handler code (HSDK1001–1202): blocking (<see cref="BlockingRules"/>), durations
/// (<see cref="DurationRules"/>) and Lambda pitfalls (<see cref="PitfallRules"/>), over every body handler code
/// reaches (<see cref="HandlerCodeIndex"/>), with the <see cref="Reach"/> that names the path.
/// </summary>
/// <remarks>
/// Two ways to know what handler code reaches, with the same results:
/// <list type="bullet">
/// <item><b>Live</b>, the default and what the IDE uses: the call graph is walked once per compilation, at its start,
/// binding each reached body that no earlier compilation of the project already described
/// (<see cref="LiveCallCache"/>), so that any one file can be judged alone, as it is edited, and an edit inside a body
/// costs that body.</item>
/// <item><b>Build</b>, when the MSBuild property <c>HandlerSdkAnalysis</c> is <c>build</c> (HandlerSdk's build props set
/// it for command-line builds, never for the IDE's design-time builds): every body the compiler binds anyway is
/// collected as it is handed over, and the graph is walked over those at compilation end. Nothing is bound twice,
/// which keeps the analyzer's share of a build small.</item>
/// </list>
/// One analyzer rather than one per rule family: with several, all but one would wait for the walk.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerCodeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The MSBuild property (visible to the compiler) that selects build mode.</summary>
    public const string ModeProperty = "build_property.HandlerSdkAnalysis";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        BlockingRules.Descriptors.Concat(DurationRules.Descriptors).Concat(PitfallRules.Descriptors).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var compilation = start.Compilation;
            if (HandlerMethods.For(compilation, start.CancellationToken).All.IsEmpty)
            {
                return;
            }

            var options = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var symbols = HandlerCodeSymbols.For(compilation);
            var settings = new HandlerCodeSettings(symbols, DurationLimit.Seconds(options), new ClientTypes(start.Options.AnalyzerConfigOptionsProvider, symbols));
            if (options.TryGetValue(ModeProperty, out var mode) && string.Equals(mode?.Trim(), "build", System.StringComparison.OrdinalIgnoreCase))
            {
                AnalyzeAtEnd(start, settings);
            }
            else
            {
                AnalyzeLive(start, settings);
            }
        });
    }

    private static void AnalyzeLive(CompilationStartAnalysisContext start, HandlerCodeSettings settings)
    {
        // In the start action, which every body's action waits for anyway: one thread walks while the others wait for the
        // driver, rather than each waiting inside an action of ours. Cancellable through the start action's token.
        var index = HandlerCodeIndex.Bind(start.Compilation, start.CancellationToken);
        start.RegisterOperationBlockAction(block =>
        {
            foreach (var body in HandlerBody.ForBlocks(
                block.OwningSymbol, block.OperationBlocks, index.Find(block.OwningSymbol), index.DelegatesIn(block.OwningSymbol), settings, block.Compilation, block.ReportDiagnostic,
                block.CancellationToken))
            {
                Analyze(body);
            }
        });
    }

    private static void AnalyzeAtEnd(CompilationStartAnalysisContext start, HandlerCodeSettings settings)
    {
        var bodies = new ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>>(SymbolEqualityComparer.Default);
        var owners = new ConcurrentDictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default);
        start.RegisterOperationBlockAction(block =>
        {
            var key = HandlerCodeIndex.Key(block.OwningSymbol);
            // Several declarations of one member (partial methods) add up to its code.
            bodies.AddOrUpdate(key, block.OperationBlocks, (_, known) => known.AddRange(block.OperationBlocks));
            owners.TryAdd(key, block.OwningSymbol);
        });
        start.RegisterCompilationEndAction(end =>
        {
            var members = new SourceMembers(end.Compilation);
            var index = HandlerCodeIndex.FromBodies(members, bodies, end.CancellationToken);
            foreach (var body in bodies)
            {
                foreach (var handlerBody in HandlerBody.ForBlocks(
                    owners[body.Key], body.Value, index.Find(body.Key), index.DelegatesIn(body.Key), settings, end.Compilation, end.ReportDiagnostic, end.CancellationToken))
                {
                    Analyze(handlerBody);
                }
            }
        });
    }

    private static void Analyze(HandlerBody body)
    {
        BlockingRules.Analyze(body);
        body.CancellationToken.ThrowIfCancellationRequested();
        DurationRules.Analyze(body);
        body.CancellationToken.ThrowIfCancellationRequested();
        PitfallRules.Analyze(body);
    }
}

/// <summary>What every handler-code rule needs besides the body: the framework types, the duration limit in seconds, the client types (HSDK1202).</summary>
internal sealed record HandlerCodeSettings(HandlerCodeSymbols Symbols, int LimitSeconds, ClientTypes Clients);
