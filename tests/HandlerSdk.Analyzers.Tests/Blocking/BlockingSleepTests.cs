using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Blocking;

/// <summary>HSDK1002: a sleep that holds a thread, in handler code.</summary>
public sealed class BlockingSleepTests
{
    [Fact]
    public async Task Thread_Sleep_and_SpinUntil_are_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static void Place(string id)
                {
                    {|#0:Thread.Sleep(500)|};
                    Retry();
                }

                private static void Retry()
                {
                    {|#1:Thread.Sleep(TimeSpan.FromSeconds(1))|};
                    {|#2:SpinWait.SpinUntil(() => true)|};
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 0).WithArguments("Place → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 1).WithArguments("Place → Orders.Retry → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 2).WithArguments("Place → Orders.Retry → SpinWait.SpinUntil"));
    }

    [Fact]
    public async Task Sleep_zero_yields_and_is_not_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                private const int NoWait = 0;

                [LambdaHandler]
                public static void Place(string id)
                {
                    Thread.Sleep(0);
                    Thread.Sleep(NoWait);
                    Thread.Sleep(TimeSpan.Zero);
                }
            }
            """);
    }

    [Fact]
    public async Task A_variable_sleep_is_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static void Place(int milliseconds) => {|#0:Thread.Sleep(milliseconds)|};
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep).WithArguments("Place → Thread.Sleep"));
    }
}
