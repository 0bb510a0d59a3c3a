namespace HandlerSdk.Tests.Batches;

/// <summary>
/// An invocation whose remaining time the test sets (and a record's work may lower), and whose log lines it reads:
/// the batch runner's clock and logger, with no wall clock involved.
/// </summary>
internal sealed class FakeLambdaContext : ILambdaContext
{
    private readonly RecordingLogger _logger = new();

    public TimeSpan RemainingTime { get; set; } = TimeSpan.FromMinutes(5);

    public IReadOnlyList<(LogLevel Level, string Message)> Lines => _logger.Lines;

    public string AwsRequestId => "request-1";

    public IClientContext? ClientContext => null;

    public string FunctionName => "batch";

    public string FunctionVersion => "$LATEST";

    public ICognitoIdentity? Identity => null;

    public string InvokedFunctionArn => "arn:aws:lambda:us-east-1:123456789012:function:batch";

    public ILambdaLogger Logger => _logger;

    public string LogGroupName => "/aws/lambda/batch";

    public string LogStreamName => "stream";

    public int MemoryLimitInMB => 128;

    public string? TraceId => null;

    public string? TenantId => null;

    private sealed class RecordingLogger : ILambdaLogger
    {
        private readonly Lock _gate = new();
        private readonly List<(LogLevel, string)> _lines = [];

        public IReadOnlyList<(LogLevel Level, string Message)> Lines
        {
            get
            {
                lock (_gate)
                {
                    return [.. _lines];
                }
            }
        }

        public void Log(string message) => Add(LogLevel.Information, message);

        public void LogLine(string message) => Add(LogLevel.Information, message);

        public void Log(LogLevel level, Exception? exception, string message, params object?[] args) =>
            Add(level, Render(message, args) + (exception is null ? string.Empty : " | " + exception.GetType().Name + ": " + exception.Message));

        private static string Render(string template, object?[] args)
        {
            // Enough of the message-template syntax for the runner's lines: each {Name} takes the next argument.
            var text = template;
            foreach (var arg in args)
            {
                var open = text.IndexOf('{', StringComparison.Ordinal);
                var close = text.IndexOf('}', open + 1);
                text = text[..open] + arg + text[(close + 1)..];
            }

            return text;
        }

        private void Add(LogLevel level, string message)
        {
            lock (_gate)
            {
                _lines.Add((level, message));
            }
        }
    }
}
