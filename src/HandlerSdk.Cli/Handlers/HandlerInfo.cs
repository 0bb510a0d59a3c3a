namespace HandlerSdk.Cli.Handlers;

/// <summary>One <c>[LambdaHandler]</c> method, as its attribute declares it.</summary>
/// <param name="Name">The handler name (<c>_HANDLER</c>): the attribute's Name, or the method name.</param>
/// <param name="Method">The declaring type and method, <c>Namespace.Type.Method</c>.</param>
/// <param name="TimeoutSeconds">The attribute's TimeoutSeconds; 0 when unset (Lambda's default, 3 s).</param>
/// <param name="MemorySizeMb">The attribute's MemorySizeMb; 0 when unset (Lambda's default, 128 MB).</param>
internal sealed record HandlerInfo(string Name, string Method, int TimeoutSeconds, int MemorySizeMb)
{
    public const int DefaultTimeoutSeconds = 3;
    public const int DefaultMemorySizeMb = 128;

    public int EffectiveTimeoutSeconds => TimeoutSeconds > 0 ? TimeoutSeconds : DefaultTimeoutSeconds;

    public int EffectiveMemorySizeMb => MemorySizeMb > 0 ? MemorySizeMb : DefaultMemorySizeMb;
}
