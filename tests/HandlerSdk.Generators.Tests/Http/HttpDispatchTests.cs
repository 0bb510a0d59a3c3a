using HandlerSdk.Generators.Tests.Infrastructure;

namespace HandlerSdk.Generators.Tests.Http;

/// <summary>The generated dispatch of HTTP functions: its text for a small API, and its registration in the entry point.</summary>
public sealed class HttpDispatchTests
{
    [Fact]
    public void Dispatch_for_a_small_api()
    {
        var run = GeneratorRun.Run(CrudApi.Source).AssertCompilesCleanly();

        Snapshot.Verify(run, hint => hint.StartsWith("HttpFunction_", StringComparison.Ordinal) || hint == "LambdaEntryPoint.g.cs");
    }
}
