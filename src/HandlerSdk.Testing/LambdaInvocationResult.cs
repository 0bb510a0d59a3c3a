using System.Text;

namespace HandlerSdk.Testing;

/// <summary>The outcome of one invocation, as the invoker of a Lambda function sees it.</summary>
/// <param name="RequestId">The request id the runtime received.</param>
/// <param name="Payload">The response body, or the error body when <see cref="FunctionError"/> is set.</param>
/// <param name="FunctionError"><c>Unhandled</c> when the function failed (error, crash, timeout); otherwise null.</param>
/// <param name="Logs">The invocation's log lines (START, function output, END, REPORT), joined by <c>\n</c>.</param>
/// <param name="Report">The figures of the REPORT line.</param>
public sealed record LambdaInvocationResult(string RequestId, byte[] Payload, string? FunctionError, string Logs, LambdaReport Report)
{
    /// <summary>The payload decoded as UTF-8.</summary>
    public string PayloadText => Encoding.UTF8.GetString(Payload);

    /// <summary>True when the function failed (<see cref="FunctionError"/> is set).</summary>
    public bool IsError => FunctionError is not null;

    /// <summary>
    /// The error type the runtime reported (its <c>Lambda-Runtime-Function-Error-Type</c> header), or the emulator's own
    /// (<c>Sandbox.Timedout</c>, <c>Runtime.ExitError</c>); null on success.
    /// </summary>
    public string? FunctionErrorType { get; init; }

    /// <summary>
    /// The content type of a response the runtime streamed (<c>Lambda-Runtime-Function-Response-Mode: streaming</c>) with
    /// its own <c>Content-Type</c>, for instance <c>text/plain</c>; null for a buffered response, which is JSON.
    /// </summary>
    public string? ContentType { get; init; }

    /// <summary>
    /// True when the caller of a streamed invocation hung up before the end. As in Lambda, the function was not stopped:
    /// it ran to its end and what it streamed after the hang-up was dropped; the outcome is still this result.
    /// </summary>
    public bool ClientDisconnected { get; init; }

    /// <summary>
    /// How many bytes the function streamed after its caller hung up, which the emulator read and dropped as Lambda
    /// does: more than zero shows the function ran on and kept writing. Zero when the caller stayed (or, with
    /// <see cref="LambdaEmulatorOptions.EndStreamOnClientDisconnect"/>, when the stream was cut instead).
    /// </summary>
    public long DroppedResponseBytes { get; init; }
}
