using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Benchmarks.AnalyzerLive;

/// <summary>The analyzer options of each mode: live (the IDE's, no property) or build (<c>HandlerSdkAnalysis=build</c>).</summary>
internal sealed class Modes : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    private Modes(bool build) => _global = new Options(build);

    public static AnalyzerOptions Live { get; } = new([], new Modes(build: false));

    public static AnalyzerOptions Build { get; } = new([], new Modes(build: true));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(bool build) : AnalyzerConfigOptions
    {
        public static Options Empty { get; } = new(build: false);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = build && key == "build_property.HandlerSdkAnalysis" ? "build" : null;
            return value is not null;
        }
    }
}
