using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Invoke;
using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Tests;

public sealed class CostTests
{
    [Fact]
    public void A_million_invocations_cost_their_gb_seconds_plus_the_request_price()
    {
        var x64 = LambdaPrices.Resolve(TargetArchitecture.X64, null, null);
        var arm64 = LambdaPrices.Resolve(TargetArchitecture.Arm64, null, null);

        // 1M × 0.1 s × 0.125 GB = 12,500 GB-s.
        Assert.Equal((12_500m * 0.0000166667m) + 0.20m, x64.CostOfMillion(100, 128));
        Assert.Equal((12_500m * 0.0000133334m) + 0.20m, arm64.CostOfMillion(100, 128));
    }

    [Fact]
    public void Options_override_the_published_prices()
    {
        var prices = LambdaPrices.Resolve(TargetArchitecture.X64, 0.00001m, 0m);

        Assert.Equal(1_000_000m * 1m * 1m * 0.00001m, prices.CostOfMillion(1000, 1024));
    }

    [Fact]
    public void The_cost_line_names_the_architecture_billed_duration_and_memory()
    {
        var report = new LambdaReport("id", TimeSpan.FromMilliseconds(12.3), 13, 256, 30, null);

        var line = CostLine.Format(report, TargetArchitecture.Arm64, LambdaPrices.Resolve(TargetArchitecture.Arm64, null, null));

        Assert.Equal("COST 1M invocations like this: $0.2433 (arm64, 13 ms billed at 256 MB; $0.0000133334/GB-s + $0.20/1M requests)", line);
    }
}
