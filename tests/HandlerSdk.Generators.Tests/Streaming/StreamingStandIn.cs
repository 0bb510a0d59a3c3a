namespace HandlerSdk.Generators.Tests.Streaming;

/// <summary>
/// Where the tests once declared stand-ins of the runtime's streaming types, before the runtime shipped them; the
/// real ones in HandlerSdk.dll are used now, so the stand-in is empty (kept so each test still says it needs them).
/// </summary>
internal static class StreamingStandIn
{
    public const string Source = "";
}
