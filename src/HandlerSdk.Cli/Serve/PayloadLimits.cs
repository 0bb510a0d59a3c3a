using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Serve;

/// <summary>Lambda's Invoke payload limits, in bytes: 6 MB for a synchronous call, 1 MB for an event.</summary>
internal sealed record PayloadLimits(int RequestResponseBytes, int EventBytes)
{
    /// <summary>The emulator's own figures, so serve and the emulator behind it refuse the same sizes.</summary>
    public static PayloadLimits Lambda { get; } = FromEmulatorDefaults();

    private static PayloadLimits FromEmulatorDefaults()
    {
        var defaults = new LambdaEmulatorOptions();
        return new PayloadLimits(defaults.MaxSyncRequestBytes, defaults.MaxAsyncPayloadBytes);
    }
}
