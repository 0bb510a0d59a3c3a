namespace HandlerSdk.Testing;

/// <summary>
/// Configures a <see cref="LambdaEmulator"/>: the function it plays, its limits and, optionally, the process it launches.
/// </summary>
public sealed class LambdaEmulatorOptions
{
    /// <summary>The function name (<c>AWS_LAMBDA_FUNCTION_NAME</c>, the ARN, and the Invoke API path). Default <c>function</c>.</summary>
    public string FunctionName { get; set; } = "function";

    /// <summary>The function version (<c>AWS_LAMBDA_FUNCTION_VERSION</c>, <c>X-Amz-Executed-Version</c>). Default <c>$LATEST</c>.</summary>
    public string FunctionVersion { get; set; } = "$LATEST";

    /// <summary>The handler name passed to the function as <c>_HANDLER</c>.</summary>
    public string Handler { get; set; } = "";

    /// <summary>The configured memory size in MB (<c>AWS_LAMBDA_FUNCTION_MEMORY_SIZE</c> and the REPORT line). Default 128.</summary>
    public int MemorySizeMb { get; set; } = 128;

    /// <summary>
    /// The function timeout, counted from the moment the runtime receives the event. Default 3 seconds, like Lambda. Longer
    /// than Lambda's 15 minutes is allowed (a debugging session), up to 49.7 days; more is refused at start.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    // System.Threading.Timer's limit: a longer deadline timer throws when the event is handed out, and the invocation then never ends.
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    /// <summary>The loopback port to listen on; 0 (the default) picks a free ephemeral port.</summary>
    public int Port { get; set; }

    /// <summary>The AWS region used in ARNs and <c>AWS_REGION</c>. Default <c>us-east-1</c>.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary><c>Text</c> or <c>JSON</c>, passed as <c>AWS_LAMBDA_LOG_FORMAT</c>; not set when null.</summary>
    public string? LogFormat { get; set; }

    /// <summary>Passed as <c>AWS_LAMBDA_LOG_LEVEL</c>; not set when null.</summary>
    public string? LogLevel { get; set; }

    /// <summary>Extra environment variables for the launched process; they override the Lambda defaults.</summary>
    public IDictionary<string, string> Environment { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// How many invocations may be in flight at once. Above 1, the function also gets <c>AWS_LAMBDA_MAX_CONCURRENCY</c>
    /// (Lambda Managed Instances). Default 1.
    /// </summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>An executable to launch as the function (a <c>bootstrap</c>). Mutually exclusive with <see cref="ProjectPath"/>.</summary>
    public string? BootstrapPath { get; set; }

    /// <summary>
    /// A project folder or project file: the emulator runs <c>dotnet build -c Release</c> on it during
    /// <see cref="LambdaEmulator.StartAsync"/> and launches its output.
    /// </summary>
    public string? ProjectPath { get; set; }

    /// <summary>
    /// When true (the default, as Lambda always stops a function at its timeout), an invocation that reaches its deadline
    /// kills the function process; the next invocation starts a new one, with a new init. When false, the invoker still
    /// gets the timeout error but the process is left running, for instance to keep a debugger attached; a hung handler
    /// then keeps the process busy for good. It also enforces Lambda's 10-second limit on an init, which is then retried
    /// within the first invocation.
    /// </summary>
    public bool EnforceTimeout { get; set; } = true;

    /// <summary>
    /// Called with every line the function prints and every START/END/REPORT line, as they come: one call at a time, in
    /// the order of <see cref="LambdaEmulator.Output"/>, from a background thread. Keep it quick.
    /// </summary>
    public Action<string>? OnOutput { get; set; }

    /// <summary>
    /// The largest body a runtime may post to <c>/response</c>, <c>/error</c> or <c>/init/error</c>, in bytes. Default
    /// 6291556, Lambda's own figure (a little over 6 MiB). A larger response closes the invocation with
    /// <c>Function.ResponseSizeTooLarge</c> and answers the runtime 413, as Lambda does.
    /// </summary>
    public int MaxSyncPayloadBytes { get; set; } = 6_291_556;

    /// <summary>
    /// The largest synchronous (<c>RequestResponse</c>) event an invoker may send, in bytes. Default 6291456 (6 MiB), the
    /// figure in Lambda's <c>RequestEntityTooLargeException</c> for the Invoke operation.
    /// </summary>
    public int MaxSyncRequestBytes { get; set; } = 6 * 1024 * 1024;

    /// <summary>
    /// Browser origins (<c>scheme://host[:port]</c>, for instance <c>http://localhost:3000</c>) whose web pages may call the
    /// emulator. Empty by default: the emulator answers only loopback Host names, and refuses any browser request from a
    /// page that is not its own, so a site the developer visits can neither invoke the function (which runs with the
    /// developer's credentials) nor read its results. An allowed origin also gets CORS answers, preflights included.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = new List<string>();

    /// <summary>
    /// How many more times a failed asynchronous (<c>Event</c>) invocation is run, 0 to 2 (Lambda's
    /// <c>MaximumRetryAttempts</c>). Default 2, like Lambda. Function errors, timeouts and crashes count as failures.
    /// </summary>
    public int EventRetryAttempts { get; set; } = 2;

    /// <summary>
    /// The wait before the first retry of a failed <c>Event</c> invocation; the n-th retry waits n times as long. Default
    /// one minute, so retries come one and then two minutes apart, as in Lambda; tests set a few milliseconds.
    /// </summary>
    public TimeSpan EventRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest asynchronous (<c>Event</c>) request payload, in bytes. Default 1 MB, like Lambda.</summary>
    public int MaxAsyncPayloadBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The largest response a runtime may stream (<c>Lambda-Runtime-Function-Response-Mode: streaming</c>) to a caller of
    /// <c>InvokeWithResponseStream</c>, in bytes. Default 200 MiB, Lambda's documented maximum for streamed responses. A
    /// longer stream ends the invocation with <c>Function.ResponseSizeTooLarge</c> and the runtime's connection is cut.
    /// A buffered <c>Invoke</c> of a streaming function keeps <see cref="MaxSyncPayloadBytes"/>, as in Lambda.
    /// </summary>
    public long MaxStreamedResponseBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>
    /// When true, a streamed response is paced as Lambda documents it: the first 6 MiB as fast as they come, the rest at
    /// most 2 MiB per second. Default false, so large local streams stay quick; turn it on to see how a long stream will
    /// feel in Lambda.
    /// </summary>
    public bool ThrottleStreamedResponses { get; set; }

    /// <summary>
    /// What a caller hanging up mid-stream does to the function. False (the default) is what Lambda documents: a streamed
    /// response is not interrupted when the invoking client's connection breaks, so the function runs on (and is billed)
    /// to its end while its output is dropped. True cuts the function's streamed upload instead: the runtime's next write
    /// fails, and HandlerSdk's runtime cancels the invocation's token and throws an <see cref="IOException"/> from that
    /// write, so a test can drive the function's cancellation path. Either way the invocation's result says
    /// <see cref="LambdaInvocationResult.ClientDisconnected"/> and its log says what happened, before its END line.
    /// </summary>
    public bool EndStreamOnClientDisconnect { get; set; }

    /// <summary>
    /// Lambda's limit on an on-demand Init phase, 10 seconds: an init still running then is ended and retried within the
    /// first invocation, under <see cref="Timeout"/>. Internal so tests can shorten it; not applied without
    /// <see cref="EnforceTimeout"/>.
    /// </summary>
    internal TimeSpan InitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(FunctionName))
        {
            throw new ArgumentException("FunctionName must not be empty.", nameof(FunctionName));
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Timeout must be positive.");
        }

        if (Timeout > MaxTimeout)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Timeout),
                Timeout,
                "Timeout must be at most 49.7 days (4294967294 ms), the longest a .NET timer can wait for the invocation's deadline.");
        }

        if (EventRetryAttempts is < 0 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(EventRetryAttempts), EventRetryAttempts, "EventRetryAttempts must be between 0 and 2, as Lambda's MaximumRetryAttempts.");
        }

        if (EventRetryDelay < TimeSpan.Zero || EventRetryDelay > MaxTimeout / 2)
        {
            throw new ArgumentOutOfRangeException(nameof(EventRetryDelay), EventRetryDelay, "EventRetryDelay must be zero or positive, and at most 24.8 days.");
        }

        if (MaxConcurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "MaxConcurrency must be at least 1.");
        }

        if (MemorySizeMb < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MemorySizeMb), MemorySizeMb, "MemorySizeMb must be positive.");
        }

        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "Port must be between 0 and 65535.");
        }

        if (MaxSyncPayloadBytes < 1 || MaxSyncRequestBytes < 1 || MaxAsyncPayloadBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSyncPayloadBytes), "Payload limits must be positive.");
        }

        if (MaxStreamedResponseBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxStreamedResponseBytes), MaxStreamedResponseBytes, "MaxStreamedResponseBytes must be positive.");
        }

        foreach (var origin in AllowedOrigins)
        {
            if (origin is null || Internal.WebOrigin.TryNormalize(origin) is null)
            {
                throw new ArgumentException(Internal.WebOrigin.InvalidMessage(origin ?? "null"), nameof(AllowedOrigins));
            }
        }

        if (BootstrapPath is not null && ProjectPath is not null)
        {
            throw new ArgumentException("Set either BootstrapPath or ProjectPath, not both.", nameof(BootstrapPath));
        }
    }
}
