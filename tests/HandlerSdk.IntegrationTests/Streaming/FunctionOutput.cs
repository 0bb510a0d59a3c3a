namespace HandlerSdk.IntegrationTests.Streaming;

/// <summary>The lines a function's environments print (its own and the emulator's START/END/REPORT), awaitable by content.</summary>
public sealed class FunctionOutput
{
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waiters = [];

    public void Add(string line)
    {
        lock (_lines)
        {
            _lines.Add(line);
            foreach (var waiter in _waiters.Where(w => w.Match(line)).ToList())
            {
                waiter.Seen.TrySetResult(line);
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>The first line that contains <paramref name="text"/>, printed already or when it is.</summary>
    public Task<string> LineAsync(string text)
    {
        bool Match(string line) => line.Contains(text, StringComparison.Ordinal);
        lock (_lines)
        {
            if (_lines.FirstOrDefault(Match) is { } line)
            {
                return Task.FromResult(line);
            }

            var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((Match, seen));
            return seen.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
    }

    public int IndexOf(string text)
    {
        lock (_lines)
        {
            return _lines.FindIndex(line => line.Contains(text, StringComparison.Ordinal));
        }
    }
}
