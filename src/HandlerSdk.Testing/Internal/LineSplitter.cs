using System.Buffers;
using System.Text;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// Cuts a byte stream into lines at <c>\n</c> only (dropping one <c>\r</c> before it). A lone <c>\r</c> stays inside the
/// line: runtimes (ours included) join the lines of one multi-line log record with <c>\r</c> so it stays one CloudWatch
/// event, and <see cref="StreamReader.ReadLine"/> would split it.
/// </summary>
internal sealed class LineSplitter
{
    private readonly ArrayBufferWriter<byte> _partial = new(256);

    /// <summary>Takes the next bytes of the stream and reports every line they complete.</summary>
    public void Feed(ReadOnlySpan<byte> bytes, Action<string> onLine)
    {
        while (bytes.IndexOf((byte)'\n') is var newline and >= 0)
        {
            if (_partial.WrittenCount == 0)
            {
                onLine(Decode(bytes[..newline]));
            }
            else
            {
                _partial.Write(bytes[..newline]);
                onLine(Decode(_partial.WrittenSpan));
                _partial.ResetWrittenCount();
            }

            bytes = bytes[(newline + 1)..];
        }

        _partial.Write(bytes);
    }

    /// <summary>The stream ended: a last line without a newline still counts, as it does for ReadLine.</summary>
    public void Flush(Action<string> onLine)
    {
        if (_partial.WrittenCount > 0)
        {
            onLine(Decode(_partial.WrittenSpan));
            _partial.ResetWrittenCount();
        }
    }

    // Decoding whole lines, never pieces of reads, keeps a multi-byte character cut by a read boundary intact.
    private static string Decode(ReadOnlySpan<byte> line) =>
        Encoding.UTF8.GetString(line is [.. var head, (byte)'\r'] ? head : line);
}
