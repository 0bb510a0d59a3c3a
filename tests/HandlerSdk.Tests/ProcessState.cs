namespace HandlerSdk.Tests;

/// <summary>
/// Tests that touch process-wide state: Console.Out and Console.Error, environment variables (_HANDLER,
/// _X_AMZN_TRACE_ID), the current invocation, POSIX signal handlers. They run one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessState
{
    public const string Name = "Process state";
}

/// <summary>Puts back, on dispose, the console writers and the environment variables a test may change.</summary>
internal sealed class ProcessStateSnapshot : IDisposable
{
    private static readonly string[] Variables =
    [
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_LAMBDA_RUNTIME_API", "AWS_LAMBDA_LOG_FORMAT", "AWS_LAMBDA_LOG_LEVEL", "AWS_LAMBDA_MAX_CONCURRENCY",
    ];

    private readonly TextWriter _out = Console.Out;
    private readonly TextWriter _error = Console.Error;
    private readonly Dictionary<string, string?> _environment = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);

    public void Dispose()
    {
        HandlerSdk.Runtime.CurrentInvocation.UseMultiConcurrency(false);
        HandlerSdk.Runtime.CurrentInvocation.Value = null;
        Console.SetOut(_out);
        Console.SetError(_error);
        foreach (var (name, value) in _environment)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
