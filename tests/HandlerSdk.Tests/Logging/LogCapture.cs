using System.Text;
using HandlerSdk.Logging;

namespace HandlerSdk.Tests.Logging;

/// <summary>A <see cref="LogWriter"/> over memory, and what it wrote, record by record.</summary>
internal sealed class LogCapture : IDisposable
{
    private readonly MemoryStream _stream = new();

    public LogCapture(LogFormat format = LogFormat.Text, LogLevel minimumLevel = LogLevel.Information) =>
        Writer = new LogWriter(_stream, format, minimumLevel);

    public LogWriter Writer { get; }

    public string Text => Encoding.UTF8.GetString(_stream.ToArray());

    /// <summary>The output split after each newline; only meaningful when no record spans lines.</summary>
    public string[] Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Dispose()
    {
        Writer.Dispose();
        _stream.Dispose();
    }
}
