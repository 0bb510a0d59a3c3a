using System.Buffers;
using System.Text;

namespace HandlerSdk.Http;

/// <summary>
/// Decodes percent-encoded UTF-8 (query strings as a browser sends them: <c>+</c> is a space there). Invalid escapes
/// stay as they are, as ASP.NET Core leaves them, rather than failing the request.
/// </summary>
internal static class PercentDecoding
{
    public static bool NeedsDecoding(ReadOnlySpan<byte> text, bool plusIsSpace) =>
        plusIsSpace ? text.IndexOfAny((byte)'%', (byte)'+') >= 0 : text.Contains((byte)'%');

    public static string Decode(ReadOnlySpan<byte> text, bool plusIsSpace)
    {
        if (!NeedsDecoding(text, plusIsSpace))
        {
            return Encoding.UTF8.GetString(text);
        }

        var rented = ArrayPool<byte>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var b = text[i];
                if (b == (byte)'+' && plusIsSpace)
                {
                    b = (byte)' ';
                }
                else if (b == (byte)'%' && i + 2 < text.Length && HexValue(text[i + 1]) is var high and >= 0 && HexValue(text[i + 2]) is var low and >= 0)
                {
                    b = (byte)((high << 4) | low);
                    i += 2;
                }

                rented[length++] = b;
            }

            return Encoding.UTF8.GetString(rented, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static string Decode(string text, bool plusIsSpace)
    {
        if (text.AsSpan().IndexOfAny('%', plusIsSpace ? '+' : '%') < 0)
        {
            return text;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        return Decode(bytes, plusIsSpace);
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
