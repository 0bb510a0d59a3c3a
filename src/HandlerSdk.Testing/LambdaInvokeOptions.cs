namespace HandlerSdk.Testing;

/// <summary>Optional per-invocation context, delivered to the runtime as <c>Lambda-Runtime-*</c> headers.</summary>
public sealed class LambdaInvokeOptions
{
    /// <summary>Client context JSON (<c>Lambda-Runtime-Client-Context</c>); omitted when null.</summary>
    public string? ClientContextJson { get; set; }

    /// <summary>Cognito identity JSON (<c>Lambda-Runtime-Cognito-Identity</c>); omitted when null.</summary>
    public string? CognitoIdentityJson { get; set; }

    /// <summary>Tenant id (<c>Lambda-Runtime-Aws-Tenant-Id</c>); omitted when null.</summary>
    public string? TenantId { get; set; }

    /// <summary>The X-Ray trace header to pass (<c>Lambda-Runtime-Trace-Id</c>); a fresh one is generated when null.</summary>
    public string? TraceId { get; set; }
}
