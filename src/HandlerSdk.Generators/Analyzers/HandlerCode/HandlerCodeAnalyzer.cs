using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Generators.Analyzers.HandlerCode;

/// <summary>
/// The base of the rules that judge handler code (HSDK1001–1202): each body the compiler hands over is looked up in
/// the compilation's <see cref="HandlerCodeIndex"/>, and only bodies that handler code reaches are analysed, with
/// the <see cref="Reach"/> that names the path. Bodies are analysed as the IDE asks for them, file by file: live.
/// </summary>
public abstract class HandlerCodeAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(LambdaHandlerGenerator.AttributeName) is null)
            {
                return;
            }

            var compilation = start.Compilation;
            var settings = new HandlerCodeSettings(
                HandlerCodeSymbols.For(compilation),
                DurationLimit.Seconds(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions));
            start.RegisterOperationBlockStartAction(block =>
            {
                if (HandlerMethods.For(compilation).All.IsEmpty)
                {
                    return;
                }

                if (HandlerCodeIndex.For(compilation).Find(block.OwningSymbol) is { } reach)
                {
                    AnalyzeBlock(block, reach, settings);
                }
            });
        });
    }

    /// <summary>Registers the rule's actions for one body that handler code reaches.</summary>
    private protected abstract void AnalyzeBlock(OperationBlockStartAnalysisContext block, Reach reach, HandlerCodeSettings settings);
}

/// <summary>What every handler-code rule needs besides the body: the framework types and the duration limit in seconds.</summary>
internal sealed record HandlerCodeSettings(HandlerCodeSymbols Symbols, int LimitSeconds);
