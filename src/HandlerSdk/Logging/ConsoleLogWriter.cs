using System.Text;
using HandlerSdk.Runtime;

namespace HandlerSdk.Logging;

/// <summary>
/// Replaces <see cref="Console.Out"/> and <see cref="Console.Error"/> so that plain <c>Console.WriteLine</c> calls
/// become Lambda log records of the current invocation. <c>WriteLine(text)</c> is one record even when the text
/// spans lines; <c>Write</c> calls gather until a newline.
/// </summary>
internal sealed class ConsoleLogWriter(LogWriter writer, LogLevel level) : TextWriter
{
    private readonly StringBuilder _pending = new();
    private readonly Lock _gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate)
        {
            if (value == '\n')
            {
                EmitPending();
            }
            else if (value != '\r')
            {
                _pending.Append(value);
            }
        }
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        lock (_gate)
        {
            var start = 0;
            int newline;
            while ((newline = value.IndexOf('\n', start)) >= 0)
            {
                _pending.Append(value, start, newline - start);
                EmitPending();
                start = newline + 1;
            }

            _pending.Append(value, start, value.Length - start);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            if (_pending.Length == 0)
            {
                Emit(value ?? string.Empty);
                return;
            }

            _pending.Append(value);
            EmitPending();
        }
    }

    public override void WriteLine() => Write('\n');

    public override void Flush()
    {
        lock (_gate)
        {
            if (_pending.Length > 0)
            {
                EmitPending();
            }
        }
    }

    private void EmitPending()
    {
        var line = _pending.ToString();
        _pending.Clear();
        Emit(line);
    }

    private void Emit(string line)
    {
        var invocation = CurrentInvocation.Value;
        writer.Write(level, line.EndsWith('\r') ? line[..^1] : line, null, invocation?.AwsRequestId, invocation?.TraceId);
    }
}
