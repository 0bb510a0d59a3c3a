using System.Diagnostics;

namespace HandlerSdk.Testing.Internal;

/// <summary>One invocation from enqueue to result: queued, then dispatched to the runtime, then finished exactly once.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "The deadline timer is disposed when the invocation finishes, which every invocation does exactly once.")]
internal sealed class Invocation(string requestId, byte[] payload, LambdaInvokeOptions? options, bool isAsync)
{
    private const int Queued = 0;
    private const int Dispatched = 1;
    private const int Finished = 2;

    private readonly List<string> _logs = [];
    private int _state = Queued;
    private Timer? _deadlineTimer;
    private int _streaming;
    private string? _streamContentType;
    private volatile bool _clientDisconnected;
    private long _droppedResponseBytes;
    private CancellationTokenSource? _streamEnded;

    public string RequestId { get; } = requestId;

    public byte[] Payload { get; } = payload;

    public LambdaInvokeOptions? Options { get; } = options;

    /// <summary>Event invocations have no waiting caller; their result only reaches the output.</summary>
    public bool IsAsync { get; } = isAsync;

    /// <summary>0 for the first run of an event; 1 and 2 for Lambda's retries of a failed Event invocation.</summary>
    public int Attempt { get; private init; }

    /// <summary>The same event run again, under the same request id, as Lambda retries a failed Event invocation.</summary>
    public Invocation Retry() => new(RequestId, Payload, Options, IsAsync) { Attempt = Attempt + 1 };

    /// <summary>Set for a caller that reads the response as it is streamed (<c>InvokeWithResponseStream</c>).</summary>
    public ResponseChunks? Chunks { get; init; }

    /// <summary>The content type of the runtime's streamed answer; null until it starts one (and for a buffered answer).</summary>
    public string? StreamContentType
    {
        get => Volatile.Read(ref _streamContentType);
        set => Volatile.Write(ref _streamContentType, value);
    }

    /// <summary>True once the runtime started a streamed <c>/response</c> for it; a second answer is then refused.</summary>
    public bool IsStreaming => Volatile.Read(ref _streaming) != 0;

    /// <summary>
    /// The streaming caller hung up mid-stream. As in Lambda the function runs on, and its output is dropped; the
    /// invocation's result says so.
    /// </summary>
    public bool ClientDisconnected
    {
        get => _clientDisconnected;
        set => _clientDisconnected = value;
    }

    /// <summary>Bytes of the runtime's stream read after the caller hung up, and dropped (Lambda drops them too).</summary>
    public long DroppedResponseBytes => Interlocked.Read(ref _droppedResponseBytes);

    /// <summary>Counts <paramref name="bytes"/> more streamed bytes that no caller will read.</summary>
    public void Drop(int bytes) => Interlocked.Add(ref _droppedResponseBytes, bytes);

    /// <summary>
    /// Marks the runtime's streamed answer as begun, once; the token is cancelled when the invocation ends another way
    /// (its deadline, its process exiting), so the reading of the stream stops too. Null when already streaming.
    /// </summary>
    public CancellationToken? TryBeginStream()
    {
        if (Interlocked.CompareExchange(ref _streaming, 1, 0) != 0)
        {
            return null;
        }

        var ended = new CancellationTokenSource();

        // The same fence pattern as the deadline timer: one of this and TryFinish sees the other.
        Interlocked.Exchange(ref _streamEnded, ended);
        if (Volatile.Read(ref _state) == Finished)
        {
            ended.Cancel();
        }

        return ended.Token;
    }

    public string TraceId { get; } = options?.TraceId ?? FunctionIdentity.NewTraceId();

    public TaskCompletionSource<LambdaInvocationResult> Completion { get; } = CreateCompletion();

    public long DispatchedAt { get; private set; }

    public DateTimeOffset Deadline { get; private set; }

    /// <summary>The process the event went to, in launch mode; its exit fails this invocation.</summary>
    public FunctionProcess? Process { get; private set; }

    /// <summary>Set on the first invocation a process receives (a cold start).</summary>
    public TimeSpan? InitDuration { get; private set; }

    public bool TryDispatch(TimeSpan timeout, FunctionProcess? process)
    {
        if (Interlocked.CompareExchange(ref _state, Dispatched, Queued) != Queued)
        {
            return false;
        }

        DispatchedAt = Stopwatch.GetTimestamp();
        Deadline = DateTimeOffset.UtcNow + timeout;
        Process = process;
        InitDuration = process?.TakeInitDuration(DispatchedAt);
        return true;
    }

    /// <summary>Claims the right to produce the result; returns whether the event had reached the runtime, or null if already finished.</summary>
    public bool? TryFinish()
    {
        var previous = Interlocked.Exchange(ref _state, Finished);
        if (previous == Finished)
        {
            return null;
        }

        Volatile.Read(ref _deadlineTimer)?.Dispose();
        Volatile.Read(ref _streamEnded)?.Cancel();
        Chunks?.Complete();
        return previous == Dispatched;
    }

    /// <summary>Takes back an invocation no runtime has received yet (the caller gave up waiting); true when it was taken back.</summary>
    public bool TryWithdraw()
    {
        if (Interlocked.CompareExchange(ref _state, Finished, Queued) != Queued)
        {
            return false;
        }

        Chunks?.Complete();
        Completion.TrySetCanceled();
        return true;
    }

    /// <returns>False when the invocation had already finished: no timer was made.</returns>
    public bool StartDeadlineTimer(TimeSpan timeout, Action<Invocation> onDeadline)
    {
        if (Volatile.Read(ref _state) == Finished)
        {
            return false;
        }

        var timer = new Timer(static state => ((Action)state!)(), (Action)(() => onDeadline(this)), timeout, Timeout.InfiniteTimeSpan);

        // Both this and TryFinish write their own field with a full fence before reading the other's, so when the
        // invocation finishes before its timer exists, one of the two sees it and disposes the timer.
        Interlocked.Exchange(ref _deadlineTimer, timer);
        if (Volatile.Read(ref _state) == Finished)
        {
            timer.Dispose();
        }

        return true;
    }

    // A result nobody waits for any more (an Event invocation, a caller that gave up) may still end in an exception, at
    // disposal for instance; it is observed here so it never surfaces as an UnobservedTaskException.
    private static TaskCompletionSource<LambdaInvocationResult> CreateCompletion()
    {
        var completion = new TaskCompletionSource<LambdaInvocationResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        completion.Task.ContinueWith(
            static task => _ = task.Exception,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return completion;
    }

    public void AppendLog(string line)
    {
        lock (_logs)
        {
            _logs.Add(line);
        }
    }

    public string LogsText()
    {
        lock (_logs)
        {
            return string.Join('\n', _logs);
        }
    }
}
