using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using HandlerSdk.Serialization;

namespace HandlerSdk.Http;

/// <summary>
/// Writes the JSON of HTTP bodies (results and problem details) the way ASP.NET Core does: with
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, so that <c>'</c>, <c>&lt;</c>, <c>&amp;</c> and non-ASCII
/// text stay readable (<c>"No order 'x'."</c>, not <c>"No order \u0027x\u0027."</c>). The output is still valid JSON
/// (quotes, backslashes and control characters are escaped); it is unsafe only to paste unencoded into HTML or a
/// script, which a response body with a JSON content type never is.
/// </summary>
internal static class HttpBodyJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        MaxDepth = JsonRead.MaxDepth,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Writes <paramref name="value"/> with the generated <paramref name="write"/>, reusing this thread's writer.</summary>
    public static void Root<T>(IBufferWriter<byte> output, T value, Action<Utf8JsonWriter, T> write)
    {
        var writer = t_writer;
        if (writer is null)
        {
            writer = t_writer = new Utf8JsonWriter(output, Options);
        }
        else
        {
            // Reset also clears what a write that threw left half done.
            writer.Reset(output);
        }

        write(writer, value);
        writer.Flush();
    }
}
