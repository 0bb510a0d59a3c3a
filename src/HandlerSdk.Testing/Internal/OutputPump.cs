using System.Diagnostics;
using System.IO.Pipes;
using Microsoft.Win32.SafeHandles;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// Reads a function process's stdout and stderr into lines. <see cref="Drain"/> takes in everything already written to
/// the pipes, so an invocation's logs can be closed as soon as its answer arrives: a line printed before the answer is in
/// the pipe by then, whether or not the background reader has got to it.
/// </summary>
/// <remarks>
/// On Unix one thread waits in poll(2) outside the lock, and both it and <see cref="Drain"/> read only under the lock and
/// only while poll says a read will not block. Whoever holds the lock has therefore seen every byte that was in the pipe
/// when it took it. Elsewhere (Windows) streams are read asynchronously and Drain has nothing to add.
/// </remarks>
internal sealed class OutputPump
{
    private const int ReadBufferBytes = 64 * 1024;

    // How often the waiting thread looks at the stop flag: it only matters when a child keeps the pipes open after exit.
    private const int PollTimeoutMs = 250;

    private readonly Lock _gate = new();
    private readonly Source[] _sources;
    private readonly Action<string> _onLine;
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly byte[] _buffer = new byte[ReadBufferBytes];
    private volatile bool _stopping;

    private OutputPump(Source[] sources, Action<string> onLine)
    {
        _sources = sources;
        _onLine = onLine;
    }

    /// <summary>Completes when both streams have ended (or <see cref="Stop"/> gave up on them) and every line was reported.</summary>
    public Task Completed => _completed.Task;

    public static OutputPump Start(Process process, Action<string> onLine)
    {
        Stream[] streams = [process.StandardOutput.BaseStream, process.StandardError.BaseStream];
        if (OperatingSystem.IsWindows() || streams.Any(stream => stream is not PipeStream))
        {
            var asyncPump = new OutputPump([.. streams.Select(stream => new Source(stream, null, -1))], onLine);
            _ = asyncPump.RunAsync();
            return asyncPump;
        }

        var sources = new Source[streams.Length];
        for (var i = 0; i < streams.Length; i++)
        {
            // A reference of our own keeps the descriptor open until the reader thread is done with it, even if the
            // Process (which owns the stream) is disposed first: a closed and reused descriptor number is never polled.
            var handle = ((PipeStream)streams[i]).SafePipeHandle;
            var added = false;
            handle.DangerousAddRef(ref added);
            sources[i] = new Source(streams[i], handle, (int)handle.DangerousGetHandle());
        }

        var pump = new OutputPump(sources, onLine);
        var thread = new Thread(pump.RunPolling) { IsBackground = true, Name = "hsdk function output" };
        thread.Start();
        return pump;
    }

    /// <summary>Reports every complete line already written to the pipes, on the calling thread.</summary>
    public void Drain()
    {
        if (_completed.Task.IsCompleted || _sources[0].Handle is null)
        {
            return;
        }

        lock (_gate)
        {
            ReadAvailableLocked();
        }
    }

    /// <summary>Stops waiting for the streams to end (a child of the function may hold them open forever).</summary>
    public void Stop() => _stopping = true;

    private void RunPolling()
    {
        try
        {
            Span<NativeMethods.PollFd> fds = stackalloc NativeMethods.PollFd[_sources.Length];
            while (!_stopping)
            {
                var count = 0;
                foreach (var source in _sources)
                {
                    if (!source.Ended)
                    {
                        fds[count++] = new NativeMethods.PollFd { Fd = source.Fd, Events = NativeMethods.PollIn };
                    }
                }

                if (count == 0 || NativeMethods.Poll(fds[..count], PollTimeoutMs) < 0)
                {
                    break;
                }

                lock (_gate)
                {
                    ReadAvailableLocked();
                }
            }
        }
#pragma warning disable CA1031 // A failing OnOutput callback must not leave Completed pending forever.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        finally
        {
            lock (_gate)
            {
                foreach (var source in _sources)
                {
                    source.End(_onLine);
                    source.Handle!.DangerousRelease();
                }
            }

            _completed.TrySetResult();
        }
    }

    private void ReadAvailableLocked()
    {
        Span<NativeMethods.PollFd> fd = stackalloc NativeMethods.PollFd[1];
        foreach (var source in _sources)
        {
            while (!source.Ended)
            {
                fd[0] = new NativeMethods.PollFd { Fd = source.Fd, Events = NativeMethods.PollIn };
                if (NativeMethods.Poll(fd, 0) <= 0)
                {
                    break; // nothing to read now
                }

                if ((fd[0].Revents & NativeMethods.PollIn) != 0)
                {
                    var read = NativeMethods.Read(source.Fd, _buffer);
                    if (read > 0)
                    {
                        source.Splitter.Feed(_buffer.AsSpan(0, read), _onLine);
                        continue;
                    }
                }

                // End of stream: hang-up with nothing left, a read of 0, or an error.
                source.End(_onLine);
            }
        }
    }

    private async Task RunAsync()
    {
        try
        {
            await Task.WhenAll(_sources.Select(PumpStreamAsync)).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // See RunPolling.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        finally
        {
            _completed.TrySetResult();
        }
    }

    private async Task PumpStreamAsync(Source source)
    {
        var buffer = new byte[ReadBufferBytes];
        int read;
        while (!_stopping && (read = await source.Stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            lock (_gate)
            {
                source.Splitter.Feed(buffer.AsSpan(0, read), _onLine);
            }
        }

        lock (_gate)
        {
            source.End(_onLine);
        }
    }

    private sealed class Source(Stream stream, SafePipeHandle? handle, int fd)
    {
        public Stream Stream { get; } = stream;

        public SafePipeHandle? Handle { get; } = handle;

        public int Fd { get; } = fd;

        public LineSplitter Splitter { get; } = new();

        public bool Ended { get; private set; }

        public void End(Action<string> onLine)
        {
            if (!Ended)
            {
                Ended = true;
                Splitter.Flush(onLine);
            }
        }
    }
}
