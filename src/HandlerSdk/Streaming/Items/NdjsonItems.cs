using System.ComponentModel;
using System.Text.Json;
using HandlerSdk.Serialization;

namespace HandlerSdk.Streaming;

/// <summary>
/// Streams the items of an <see cref="IAsyncEnumerable{T}"/> as NDJSON (<c>application/x-ndjson</c>): one JSON value
/// and a line feed per item, each item one write to the response (so it leaves at once). Called by generated code;
/// not for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class NdjsonItems
{
    /// <summary>The content type of an NDJSON stream.</summary>
    public const string ContentType = "application/x-ndjson";

    /// <summary>Writes every item of <paramref name="items"/> as it is produced.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="destination">The response stream.</param>
    /// <param name="items">The handler's items; enumerated with <paramref name="cancellationToken"/>.</param>
    /// <param name="write">The generated JSON writer of <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">The invocation's token: handed to the enumerator and to every write.</param>
    /// <returns>A task that completes when the last item was written.</returns>
    public static async ValueTask WriteAsync<T>(Stream destination, IAsyncEnumerable<T> items, Action<Utf8JsonWriter, T> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);

        using var buffer = new ItemBuffer();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            buffer.Clear();
            JsonWrite.Root(buffer, item, write);
            buffer.Write((byte)'\n');
            await destination.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
    }
}
