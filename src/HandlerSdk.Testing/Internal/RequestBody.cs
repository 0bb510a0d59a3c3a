using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace HandlerSdk.Testing.Internal;

/// <summary>A request body read up to a size limit; <paramref name="Length"/> is the whole body's size, even past the limit.</summary>
internal readonly record struct RequestBody(byte[] Bytes, long Length, bool TooLarge)
{
    /// <summary>
    /// Reads the whole body (Content-Length or chunked, trailers included). Past the limit the rest is still consumed, so
    /// the connection stays usable for the follow-up request a runtime sends after a 413.
    /// </summary>
    public static async Task<RequestBody> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > limit)
        {
            await DrainAsync(request.Body, cancellationToken).ConfigureAwait(false);
            return new RequestBody([], declared, TooLarge: true);
        }

        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is { } length ? (int)Math.Max(1, length) : 4096);
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await request.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return new RequestBody(buffer.WrittenSpan.ToArray(), buffer.WrittenCount, TooLarge: false);
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                var rest = await DrainAsync(request.Body, cancellationToken).ConfigureAwait(false);
                return new RequestBody([], buffer.WrittenCount + rest, TooLarge: true);
            }
        }
    }

    private static async Task<long> DrainAsync(Stream body, CancellationToken cancellationToken)
    {
        var scratch = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(scratch, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }
}
