using HandlerSdk.Logging;

namespace HandlerSdk.Runtime;

/// <summary>The context of one invocation, built from the headers of <c>/next</c>. JSON headers parse on first use.</summary>
internal sealed class LambdaContext : ILambdaContext
{
    private readonly FunctionSettings _function;
    private readonly LogWriter _log;
    private readonly string? _clientContextJson;
    private readonly string? _cognitoIdentityJson;
    private IClientContext? _clientContext;
    private ICognitoIdentity? _identity;
    private InvocationLogger? _logger;

    public LambdaContext(
        FunctionSettings function,
        LogWriter log,
        string requestId,
        long deadlineMs,
        string invokedFunctionArn,
        string? traceId,
        string? clientContextJson,
        string? cognitoIdentityJson,
        string? tenantId)
    {
        _function = function;
        _log = log;
        AwsRequestId = requestId;
        DeadlineMs = deadlineMs;
        InvokedFunctionArn = invokedFunctionArn;
        TraceId = traceId;
        _clientContextJson = clientContextJson;
        _cognitoIdentityJson = cognitoIdentityJson;
        TenantId = tenantId;
    }

    public string AwsRequestId { get; }

    /// <summary>When Lambda stops this invocation, in Unix epoch milliseconds.</summary>
    public long DeadlineMs { get; }

    public string InvokedFunctionArn { get; }

    public string? TraceId { get; }

    public string? TenantId { get; }

    public IClientContext? ClientContext => _clientContext ??= _clientContextJson is null ? null : ClientContextParser.Parse(_clientContextJson);

    public ICognitoIdentity? Identity => _identity ??= _cognitoIdentityJson is null ? null : ClientContextParser.ParseIdentity(_cognitoIdentityJson);

    public string FunctionName => _function.FunctionName;

    public string FunctionVersion => _function.FunctionVersion;

    public ILambdaLogger Logger => _logger ??= new InvocationLogger(_log, this);

    public string LogGroupName => _function.LogGroupName;

    public string LogStreamName => _function.LogStreamName;

    public int MemoryLimitInMB => _function.MemorySizeMb;

    // Without a deadline header DeadlineMs is long.MaxValue: clamp to what a TimeSpan can hold rather than overflow.
    public TimeSpan RemainingTime =>
        TimeSpan.FromMilliseconds(Math.Clamp(DeadlineMs - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), 0, TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerMillisecond));
}
