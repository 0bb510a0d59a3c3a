namespace HandlerSdk;

/// <summary>
/// What Lambda tells the function about the current invocation and its execution environment. Member for member
/// the same as Amazon.Lambda.Core's <c>ILambdaContext</c>, so ported code changes only its <c>using</c>.
/// </summary>
public interface ILambdaContext
{
    /// <summary>The request id of this invocation; the same id the caller sees, reused when Lambda retries.</summary>
    string AwsRequestId { get; }

    /// <summary>The client context sent through the AWS Mobile SDK, or <see langword="null"/>.</summary>
    IClientContext? ClientContext { get; }

    /// <summary>The function's name.</summary>
    string FunctionName { get; }

    /// <summary>The function version that runs (the version an alias points to, or <c>$LATEST</c>).</summary>
    string FunctionVersion { get; }

    /// <summary>The Cognito identity of the caller, or <see langword="null"/>.</summary>
    ICognitoIdentity? Identity { get; }

    /// <summary>The ARN the caller used: the function's ARN, or a version's or alias's.</summary>
    string InvokedFunctionArn { get; }

    /// <summary>The logger bound to this invocation.</summary>
    ILambdaLogger Logger { get; }

    /// <summary>The CloudWatch Logs group of the function.</summary>
    string LogGroupName { get; }

    /// <summary>The CloudWatch Logs stream of this execution environment.</summary>
    string LogStreamName { get; }

    /// <summary>The memory configured for the function, in MB.</summary>
    int MemoryLimitInMB { get; }

    /// <summary>The time left before Lambda stops this invocation.</summary>
    TimeSpan RemainingTime { get; }

    /// <summary>The AWS X-Ray trace header of this invocation, or <see langword="null"/> when there is none.</summary>
    string? TraceId { get; }

    /// <summary>The tenant id of this invocation when the function uses tenant isolation, else <see langword="null"/>.</summary>
    string? TenantId { get; }
}
