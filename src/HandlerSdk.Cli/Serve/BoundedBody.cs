using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace HandlerSdk.Cli.Serve;

/// <summary>
/// An Invoke request body read only as far as Lambda's payload limit: a declared Content-Length over the limit is refused
/// without reading a byte, and a chunked body is read no further than one byte past it, so an oversized request costs
/// no memory beyond the limit itself. <see cref="Length"/> is the declared size, or what was read before stopping.
/// </summary>
internal readonly record struct BoundedBody(byte[] Bytes, long Length, bool TooLarge)
{
    public static async Task<BoundedBody> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > limit)
        {
            return new BoundedBody([], declared, TooLarge: true);
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Clamp(request.ContentLength ?? 16 * 1024, 1, limit + 1L));
        while (true)
        {
            // Never ask for more than one byte past the limit: that byte is all it takes to know the body is too large.
            var room = (int)Math.Min(64 * 1024, limit + 1L - buffer.WrittenCount);
            var read = await request.Body.ReadAsync(buffer.GetMemory(room)[..room], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return new BoundedBody(buffer.WrittenSpan.ToArray(), buffer.WrittenCount, TooLarge: false);
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return new BoundedBody([], buffer.WrittenCount, TooLarge: true);
            }
        }
    }
}
