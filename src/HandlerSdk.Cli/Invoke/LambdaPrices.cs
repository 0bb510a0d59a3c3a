using System.Globalization;
using HandlerSdk.Cli.Build;

namespace HandlerSdk.Cli.Invoke;

/// <summary>
/// AWS Lambda on-demand prices, us-east-1, first pricing tier, as published on https://aws.amazon.com/lambda/pricing/
/// (checked 2026-11): the one place hsdk keeps them. Override with <c>--price-gb-second</c> / <c>--price-request</c>, or
/// the <c>HSDK_PRICE_GB_SECOND</c> / <c>HSDK_PRICE_REQUEST</c> environment variables.
/// </summary>
internal sealed record LambdaPrices(decimal PerGbSecond, decimal PerMillionRequests)
{
    public const decimal X64PerGbSecond = 0.0000166667m;
    public const decimal Arm64PerGbSecond = 0.0000133334m;
    public const decimal PerMillionRequestsDefault = 0.20m;
    public const string GbSecondVariable = "HSDK_PRICE_GB_SECOND";
    public const string RequestVariable = "HSDK_PRICE_REQUEST";

    /// <summary>Options first, then environment variables, then the published prices for <paramref name="architecture"/>.</summary>
    public static LambdaPrices Resolve(TargetArchitecture architecture, decimal? perGbSecond, decimal? perMillionRequests) => new(
        perGbSecond ?? FromEnvironment(GbSecondVariable) ?? (architecture == TargetArchitecture.Arm64 ? Arm64PerGbSecond : X64PerGbSecond),
        perMillionRequests ?? FromEnvironment(RequestVariable) ?? PerMillionRequestsDefault);

    /// <summary>The cost of one million invocations billed like this one: compute (GB-seconds) plus requests.</summary>
    public decimal CostOfMillion(long billedDurationMs, int memorySizeMb) =>
        (1_000_000m * billedDurationMs / 1000m * memorySizeMb / 1024m * PerGbSecond) + PerMillionRequests;

    private static decimal? FromEnvironment(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var price) && price >= 0
            ? price
            : throw new UserErrorException($"{name} must be a non-negative number, got '{value}'");
    }
}
