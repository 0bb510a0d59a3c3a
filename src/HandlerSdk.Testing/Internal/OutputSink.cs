using System.Collections.Concurrent;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// Collects every line (function output and the emulator's START/END/REPORT lines) and files function output under the
/// invocation it belongs to.
/// </summary>
internal sealed class OutputSink(Action<string>? onOutput)
{
    private readonly List<string> _lines = [];
    private readonly ConcurrentDictionary<string, Invocation> _open = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Snapshot()
    {
        lock (_lines)
        {
            return [.. _lines];
        }
    }

    /// <summary>Lines printed from now on may belong to this invocation (called right after its START line).</summary>
    public void Open(Invocation invocation) => _open[invocation.RequestId] = invocation;

    public void Close(Invocation invocation) => _open.TryRemove(invocation.RequestId, out _);

    /// <summary>An emulator line (START/END/REPORT) that belongs to a known invocation.</summary>
    public void WriteFor(Invocation invocation, string line)
    {
        invocation.AppendLog(line);
        Publish(line);
    }

    /// <summary>An emulator line that belongs to no invocation (INIT_START).</summary>
    public void WriteLine(string line) => Publish(line);

    /// <summary>A line the function printed.</summary>
    public void WriteFunctionLine(string line)
    {
        var owner = FindOwner(line);
        owner?.AppendLog(line);
        Publish(line);
    }

    private Invocation? FindOwner(string line)
    {
        // With one invocation in flight, everything printed is its output, as in Lambda. With several (Managed
        // Instances), only the request id in the line (which Lambda's log formats include) can tell them apart.
        Invocation? only = null;
        var count = 0;
        foreach (var (requestId, invocation) in _open)
        {
            if (line.Contains(requestId, StringComparison.Ordinal))
            {
                return invocation;
            }

            only = invocation;
            count++;
        }

        return count == 1 ? only : null;
    }

    private void Publish(string line)
    {
        // The callback runs under the lock so it sees lines one at a time and in the same order as Output.
        lock (_lines)
        {
            _lines.Add(line);
            onOutput?.Invoke(line);
        }
    }
}
