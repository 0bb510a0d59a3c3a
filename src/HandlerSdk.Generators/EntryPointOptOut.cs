using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Generators;

/// <summary>
/// The MSBuild property <c>HandlerSdkGenerateEntryPoint</c> (made visible to the compiler with
/// <c>&lt;CompilerVisibleProperty Include="HandlerSdkGenerateEntryPoint" /&gt;</c>): <c>false</c> keeps the adapters
/// and serializers but writes no <c>Main</c>, for handler libraries, tests and benchmarks.
/// </summary>
internal static class EntryPointOptOut
{
    public const string Property = "build_property.HandlerSdkGenerateEntryPoint";

    public static bool IsSet(AnalyzerConfigOptions options) =>
        options.TryGetValue(Property, out var value) && string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);
}
