using System.Text;

namespace HandlerSdk.Tests.RuntimeApi;

/// <summary>HTTP is bytes; tests write it as Latin-1 text so that every char is exactly one byte.</summary>
internal static class Bytes
{
    public static byte[] Of(string text) => Encoding.Latin1.GetBytes(text);

    public static string Text(ReadOnlyMemory<byte> bytes) => Encoding.Latin1.GetString(bytes.Span);
}
