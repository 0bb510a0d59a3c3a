namespace HandlerSdk.Cli.Serve;

/// <summary>
/// Signals when the project's sources change (*.cs, *.csproj outside bin/ and obj/), once per burst: an editor's save or a
/// git checkout touches many files within a few milliseconds, and one rebuild covers them all.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    private readonly FileSystemWatcher[] _watchers;
    private readonly Timer _debounce;
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly TimeSpan _quiet;

    public SourceWatcher(string directory, TimeSpan quiet)
    {
        _quiet = quiet;
        _debounce = new Timer(_ => Signal());
        _watchers = [Watch(directory, "*.cs"), Watch(directory, "*.csproj")];
    }

    /// <summary>Completes after the next burst of changes has gone quiet.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _changed.WaitAsync(cancellationToken);

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce.Dispose();
        _changed.Dispose();
    }

    internal static bool IsBuildOutput(string directory, string path)
    {
        var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal);
    }

    private FileSystemWatcher Watch(string directory, string filter)
    {
        var watcher = new FileSystemWatcher(directory, filter) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler onChange = (_, e) =>
        {
            if (!IsBuildOutput(directory, e.FullPath))
            {
                _debounce.Change(_quiet, Timeout.InfiniteTimeSpan);
            }
        };
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (sender, e) => onChange(sender, e);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Signal()
    {
        try
        {
            // At most one pending signal: changes during a rebuild lead to exactly one more rebuild.
            if (_changed.CurrentCount == 0)
            {
                _changed.Release();
            }
        }
        catch (ObjectDisposedException)
        {
        }
        catch (SemaphoreFullException)
        {
        }
    }
}
