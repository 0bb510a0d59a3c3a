using System.Globalization;
using HandlerSdk.Cli.Build;
using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Invoke;

/// <summary>The line printed after the REPORT line: what a million invocations like this one would cost.</summary>
internal static class CostLine
{
    public static string Format(LambdaReport report, TargetArchitecture architecture, LambdaPrices prices)
    {
        var total = prices.CostOfMillion(report.BilledDurationMs, report.MemorySizeMb);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"COST 1M invocations like this: ${total:0.00##} ({architecture.LambdaName()}, {report.BilledDurationMs} ms billed at {report.MemorySizeMb} MB; ${prices.PerGbSecond}/GB-s + ${prices.PerMillionRequests}/1M requests)");
    }
}
