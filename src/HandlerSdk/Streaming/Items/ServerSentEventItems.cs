using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HandlerSdk.Serialization;

namespace HandlerSdk.Streaming;

/// <summary>
/// Streams the items of an <see cref="IAsyncEnumerable{T}"/> as server-sent events (<c>text/event-stream</c>): each
/// item one event (its JSON on <c>data:</c> lines, one per line of the JSON text as the SSE format requires, then a
/// blank line), written to the response in one write so that it leaves at once. Called by generated code; not for
/// direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ServerSentEventItems
{
    /// <summary>The content type of a server-sent event stream.</summary>
    public const string ContentType = "text/event-stream";

    /// <summary>Writes every item of <paramref name="items"/> as one <c>data:</c> event, as it is produced.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="destination">The response stream.</param>
    /// <param name="items">The handler's items; enumerated with <paramref name="cancellationToken"/>.</param>
    /// <param name="write">The generated JSON writer of <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">The invocation's token: handed to the enumerator and to every write.</param>
    /// <returns>A task that completes when the last event was written.</returns>
    public static async ValueTask WriteAsync<T>(Stream destination, IAsyncEnumerable<T> items, Action<Utf8JsonWriter, T> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);

        using var buffer = new ItemBuffer();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            buffer.Clear();
            WriteData(buffer, item, write);
            buffer.Write((byte)'\n');
            await destination.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes every event of <paramref name="events"/> with its <c>event:</c>, <c>id:</c> and <c>retry:</c> fields.</summary>
    /// <typeparam name="T">The data's type.</typeparam>
    /// <param name="destination">The response stream.</param>
    /// <param name="events">The handler's events; enumerated with <paramref name="cancellationToken"/>.</param>
    /// <param name="write">The generated JSON writer of <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">The invocation's token: handed to the enumerator and to every write.</param>
    /// <returns>A task that completes when the last event was written.</returns>
    /// <exception cref="ArgumentException">An event's type or id contains a line break (or the id a NUL), or its retry is negative.</exception>
    public static async ValueTask WriteEventsAsync<T>(Stream destination, IAsyncEnumerable<ServerSentEvent<T>> events, Action<Utf8JsonWriter, T> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(write);

        using var buffer = new ItemBuffer();
        await foreach (var item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (item is null)
            {
                throw new ArgumentException("The stream produced a null ServerSentEvent; produce an event with null Data instead.", nameof(events));
            }

            buffer.Clear();
            if (item.Event is { } type)
            {
                WriteField(buffer, "event: "u8, type, nameof(ServerSentEvent<T>.Event));
            }

            if (item.Id is { } id)
            {
                if (id.Contains('\0', StringComparison.Ordinal))
                {
                    // Clients ignore an id with a NUL (the SSE format's rule): sending one would silently lose it.
                    throw new ArgumentException($"A server-sent event's Id must not contain NUL: \"{id.Replace("\0", "\\0", StringComparison.Ordinal)}\".", nameof(events));
                }

                WriteField(buffer, "id: "u8, id, nameof(ServerSentEvent<T>.Id));
            }

            if (item.RetryMilliseconds is { } retry)
            {
                if (retry < 0)
                {
                    throw new ArgumentException($"A server-sent event's RetryMilliseconds must not be negative: {retry.ToString(CultureInfo.InvariantCulture)}.", nameof(events));
                }

                buffer.Write("retry: "u8);
                var span = buffer.GetSpan(11);
                retry.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
                buffer.Advance(written);
                buffer.Write((byte)'\n');
            }

            WriteData(buffer, item.Data, write);
            buffer.Write((byte)'\n');
            await destination.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// <c>data: &lt;json&gt;</c> and a line feed. Compact JSON has no line breaks; JSON from a user's context with
    /// indentation does, and a line break inside a <c>data:</c> line would end the field, so such text is split into one
    /// <c>data:</c> line per line (the client joins them back with line feeds).
    /// </summary>
    private static void WriteData<T>(ItemBuffer buffer, T value, Action<Utf8JsonWriter, T> write)
    {
        var start = buffer.Length;
        buffer.Write("data: "u8);
        var json = buffer.Length;
        JsonWrite.Root(buffer, value, write);
        if (buffer.WrittenSpan[json..].IndexOfAny((byte)'\r', (byte)'\n') < 0)
        {
            buffer.Write((byte)'\n');
            return;
        }

        var text = buffer.WrittenSpan[json..].ToArray();
        buffer.Truncate(start);
        WriteLines(buffer, "data: "u8, text);
    }

    private static void WriteField(ItemBuffer buffer, ReadOnlySpan<byte> name, string value, string member)
    {
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException($"A server-sent event's {member} must not contain a line break: \"{value.ReplaceLineEndings("\\n")}\".", nameof(value));
        }

        buffer.Write(name);
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length));
        buffer.Advance(Encoding.UTF8.GetBytes(value, span));
        buffer.Write((byte)'\n');
    }

    /// <summary>One <paramref name="prefix"/> line per line of <paramref name="text"/> (CRLF, CR and LF all end a line).</summary>
    private static void WriteLines(ItemBuffer buffer, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> text)
    {
        while (true)
        {
            var end = text.IndexOfAny((byte)'\r', (byte)'\n');
            buffer.Write(prefix);
            buffer.Write(end < 0 ? text : text[..end]);
            buffer.Write((byte)'\n');
            if (end < 0)
            {
                return;
            }

            var next = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
            text = text[next..];
        }
    }
}
