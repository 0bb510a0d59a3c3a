using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text.Unicode;

namespace HandlerSdk.Http;

/// <summary>
/// Finds the members of an HTTP event the request view needs, in one pass that does less than
/// <see cref="System.Text.Json.Utf8JsonReader"/>: no tokens, no state machine, and a string's end found with a vectorized
/// search for the next quote, backslash or control character instead of byte by byte (an event's body is one long
/// string; the reader validated it byte by byte, a tenth of a request's time).
/// </summary>
/// <remarks>
/// It accepts only what the reader accepts: the structure, numbers, literals, escapes and control characters are checked
/// as it checks them, the whole event is checked to be UTF-8 first (vectorized, and stricter than the reader, which lets
/// invalid UTF-8 through in strings without escapes), and nesting deeper than the reader's limit is refused. It never
/// explains: on anything it does not expect (malformed JSON, a member of the wrong type, an escaped member name) it gives
/// up, and <see cref="HttpRequestReader"/> reads the event again with the reader, whose error says what is wrong.
/// </remarks>
internal ref struct HttpEventScanner
{
    private const int MaxDepth = 64;

    /// <summary>What ends a run of plain string content: a quote, a backslash, or a control character (invalid there).</summary>
    private static readonly SearchValues<byte> StringSpecials = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

    private readonly ReadOnlySpan<byte> _json;
    private int _position;

    private HttpEventScanner(ReadOnlySpan<byte> json)
    {
        _json = json;
        _position = 0;
    }

    /// <summary>Scans the event; false when the strict reader must read it instead.</summary>
    public static bool TryScan(ReadOnlySpan<byte> payload, out HttpEventMembers members)
    {
        members = default;
        if (!Utf8.IsValid(payload))
        {
            return false;
        }

        var scanner = new HttpEventScanner(payload);
        if (scanner.Event(ref members))
        {
            return true;
        }

        ReturnUnescapedBody(ref members.Layout);
        return false;
    }

    private bool Event(ref HttpEventMembers members)
    {
        SkipWhitespace();
        if (!Take((byte)'{'))
        {
            return false;
        }

        if (TakeEmptyEnd((byte)'}'))
        {
            return true;
        }

        int separator;
        do
        {
            if (!Name(out var name) || !EventMember(name, ref members))
            {
                return false;
            }
        }
        while ((separator = Separator((byte)'}')) > 0);

        return separator == 0;
    }

    private bool EventMember(ReadOnlySpan<byte> name, ref HttpEventMembers members)
    {
        ref var layout = ref members.Layout;
        if (name.SequenceEqual("body"u8))
        {
            return Body(ref layout);
        }

        if (name.SequenceEqual("headers"u8))
        {
            return ContainerMember((byte)'{', out layout.Headers);
        }

        if (name.SequenceEqual("requestContext"u8))
        {
            return RequestContext(ref members);
        }

        if (name.SequenceEqual("rawPath"u8))
        {
            return StringMember(out members.RawPath);
        }

        if (name.SequenceEqual("rawQueryString"u8))
        {
            return StringMember(out layout.RawQueryString);
        }

        if (name.SequenceEqual("cookies"u8))
        {
            return ContainerMember((byte)'[', out layout.Cookies);
        }

        if (name.SequenceEqual("version"u8))
        {
            return Version(out members.Version2);
        }

        if (name.SequenceEqual("isBase64Encoded"u8))
        {
            return Boolean(out layout.IsBase64Encoded);
        }

        if (name.SequenceEqual("httpMethod"u8))
        {
            return StringMember(out members.HttpMethod);
        }

        if (name.SequenceEqual("path"u8))
        {
            return StringMember(out members.Path);
        }

        if (name.SequenceEqual("multiValueHeaders"u8))
        {
            return ContainerMember((byte)'{', out layout.MultiValueHeaders);
        }

        if (name.SequenceEqual("queryStringParameters"u8))
        {
            return ContainerMember((byte)'{', out layout.QueryStringParameters);
        }

        if (name.SequenceEqual("multiValueQueryStringParameters"u8))
        {
            return ContainerMember((byte)'{', out layout.MultiValueQueryStringParameters);
        }

        return SkipValue(1);
    }

    private bool RequestContext(ref HttpEventMembers members)
    {
        if (!StartObject(out var present))
        {
            return false;
        }

        if (!present || TakeEmptyEnd((byte)'}'))
        {
            return true;
        }

        int separator;
        do
        {
            if (!Name(out var name))
            {
                return false;
            }

            var read = name switch
            {
                _ when name.SequenceEqual("requestId"u8) => StringMember(out members.Layout.RequestId),
                _ when name.SequenceEqual("http"u8) => Http(ref members),
                _ when name.SequenceEqual("stage"u8) => StringMember(out members.Stage),
                _ when name.SequenceEqual("domainName"u8) => StringMember(out members.DomainName),
                _ when name.SequenceEqual("elb"u8) => Elb(out members.IsAlb),
                _ when name.SequenceEqual("identity"u8) => Identity(ref members),
                _ when name.SequenceEqual("authorizer"u8) => Authorizer(ref members.Layout),
                _ => SkipValue(2),
            };
            if (!read)
            {
                return false;
            }
        }
        while ((separator = Separator((byte)'}')) > 0);

        return separator == 0;
    }

    private bool Http(ref HttpEventMembers members)
    {
        if (!StartObject(out var present))
        {
            return false;
        }

        if (!present || TakeEmptyEnd((byte)'}'))
        {
            return true;
        }

        int separator;
        do
        {
            if (!Name(out var name))
            {
                return false;
            }

            var read = name switch
            {
                _ when name.SequenceEqual("method"u8) => StringMember(out members.ContextHttpMethod),
                _ when name.SequenceEqual("path"u8) => StringMember(out members.ContextHttpPath),
                _ when name.SequenceEqual("sourceIp"u8) => StringMember(out members.ContextHttpSourceIp),
                _ => SkipValue(3),
            };
            if (!read)
            {
                return false;
            }
        }
        while ((separator = Separator((byte)'}')) > 0);

        return separator == 0;
    }

    private bool Identity(ref HttpEventMembers members)
    {
        if (!StartObject(out var present))
        {
            return false;
        }

        if (!present || TakeEmptyEnd((byte)'}'))
        {
            return true;
        }

        int separator;
        do
        {
            if (!Name(out var name))
            {
                return false;
            }

            var read = name.SequenceEqual("sourceIp"u8) ? StringMember(out members.IdentitySourceIp) : SkipValue(3);
            if (!read)
            {
                return false;
            }
        }
        while ((separator = Separator((byte)'}')) > 0);

        return separator == 0;
    }

    /// <summary>The same ranges as <see cref="HttpRequestReader"/>'s reading of <c>requestContext.authorizer</c>.</summary>
    private bool Authorizer(ref HttpRequestLayout layout)
    {
        var start = _position;
        if (!StartObject(out var present))
        {
            return false;
        }

        if (!present)
        {
            return true;
        }

        int separator = 0;
        if (!TakeEmptyEnd((byte)'}'))
        {
            do
            {
                if (!Name(out var name))
                {
                    return false;
                }

                var read = name switch
                {
                    _ when name.SequenceEqual("claims"u8) => ObjectOrSkip(3, ref layout.Claims),
                    _ when name.SequenceEqual("lambda"u8) => ObjectOrSkip(3, ref layout.AuthorizerContext),
                    _ when name.SequenceEqual("jwt"u8) => Jwt(ref layout),
                    _ => SkipValue(3),
                };
                if (!read)
                {
                    return false;
                }
            }
            while ((separator = Separator((byte)'}')) > 0);
        }

        layout.Authorizer = new JsonValueRange(start, _position - start, false);
        return separator == 0;
    }

    private bool Jwt(ref HttpRequestLayout layout)
    {
        if (Peek() != (byte)'{')
        {
            return SkipValue(3);
        }

        _position++;
        if (TakeEmptyEnd((byte)'}'))
        {
            return true;
        }

        int separator;
        do
        {
            if (!Name(out var name))
            {
                return false;
            }

            var read = name.SequenceEqual("claims"u8) ? ContainerMember((byte)'{', out layout.Claims, depth: 4) : SkipValue(4);
            if (!read)
            {
                return false;
            }
        }
        while ((separator = Separator((byte)'}')) > 0);

        return separator == 0;
    }

    /// <summary>An object's range into <paramref name="range"/>; anything else is skipped and leaves it as it was.</summary>
    private bool ObjectOrSkip(int depth, ref JsonValueRange range)
    {
        if (Peek() != (byte)'{')
        {
            return SkipValue(depth);
        }

        var start = _position;
        if (!SkipValue(depth))
        {
            return false;
        }

        range = new JsonValueRange(start, _position - start, false);
        return true;
    }

    private bool Elb(out bool isAlb)
    {
        isAlb = Peek() == (byte)'{';
        return SkipValue(2);
    }

    private bool Version(out bool version2)
    {
        version2 = false;
        if (Peek() != (byte)'"')
        {
            return SkipValue(1);
        }

        if (!StringValue(out var range))
        {
            return false;
        }

        // An escaped "2.0" is still "2.0" to the strict reader; rare enough to leave to it.
        version2 = range.In(_json).SequenceEqual("2.0"u8);
        return !range.Escaped;
    }

    private bool Boolean(out bool value)
    {
        value = false;
        return Peek() switch
        {
            (byte)'t' => value = Literal("true"u8),
            (byte)'f' => Literal("false"u8),
            (byte)'n' => Literal("null"u8),
            _ => false,
        };
    }

    /// <summary>
    /// The body's range; when it has escapes (a JSON body always has: every quote is <c>\"</c>), its end is found by
    /// unescaping it into a pooled buffer, which the request then reads instead of unescaping it a second time.
    /// </summary>
    private bool Body(ref HttpRequestLayout layout)
    {
        // A repeated "body": the last one counts.
        ReturnUnescapedBody(ref layout);
        if (Peek() != (byte)'"')
        {
            return StringMember(out layout.Body);
        }

        var start = _position + 1;
        var run = _json[start..].IndexOfAny(StringSpecials);
        if (run < 0)
        {
            return false;
        }

        if (_json[start + run] == (byte)'"')
        {
            layout.Body = new JsonValueRange(start, run, false);
            _position = start + run + 1;
            return true;
        }

        // Unescaping never lengthens: the rest of the event is room enough.
        var buffer = ArrayPool<byte>.Shared.Rent(_json.Length - start);
        layout.UnescapedBody = buffer;
        _json.Slice(start, run).CopyTo(buffer);
        if (!JsonStringUnescaper.TryUnescapeToQuote(_json[(start + run)..], buffer.AsSpan(run), out var consumed, out var written))
        {
            return false;
        }

        layout.Body = new JsonValueRange(start, run + consumed, true);
        layout.UnescapedBodyLength = run + written;
        _position = start + run + consumed + 1;
        return true;
    }

    private static void ReturnUnescapedBody(ref HttpRequestLayout layout)
    {
        if (layout.UnescapedBody is { } buffer)
        {
            layout.UnescapedBody = null;
            layout.UnescapedBodyLength = 0;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A string's range, or none for null; any other value is left to the strict reader's error.</summary>
    private bool StringMember(out JsonValueRange range)
    {
        range = JsonValueRange.None;
        return Peek() switch
        {
            (byte)'"' => StringValue(out range),
            (byte)'n' => Literal("null"u8),
            _ => false,
        };
    }

    /// <summary>An object's or array's range from bracket to bracket, or none for null.</summary>
    private bool ContainerMember(byte open, out JsonValueRange range, int depth = 1)
    {
        range = JsonValueRange.None;
        var first = Peek();
        if (first == (byte)'n')
        {
            return Literal("null"u8);
        }

        if (first != open)
        {
            return false;
        }

        var start = _position;
        if (!SkipValue(depth))
        {
            return false;
        }

        range = new JsonValueRange(start, _position - start, false);
        return true;
    }

    /// <summary>Enters an object (true, <paramref name="present"/>) or reads null (true, not present).</summary>
    private bool StartObject(out bool present)
    {
        present = Peek() == (byte)'{';
        if (present)
        {
            _position++;
            return true;
        }

        return Literal("null"u8);
    }

    /// <summary>A member's name (without escapes: an escaped one goes to the strict reader) and its colon.</summary>
    private bool Name(out ReadOnlySpan<byte> name)
    {
        name = default;
        SkipWhitespace();
        if (Peek() != (byte)'"' || !StringValue(out var range) || range.Escaped)
        {
            return false;
        }

        name = range.In(_json);
        SkipWhitespace();
        if (!Take((byte)':'))
        {
            return false;
        }

        SkipWhitespace();
        return true;
    }

    /// <summary>After a value: 1 for a comma (another member follows), 0 for the closing bracket, -1 for anything else.</summary>
    private int Separator(byte close)
    {
        SkipWhitespace();
        var next = Peek();
        if (next == (byte)',')
        {
            _position++;
            return 1;
        }

        if (next == close)
        {
            _position++;
            return 0;
        }

        return -1;
    }

    /// <summary>Skips one value whose container is at <paramref name="depth"/>, checking it as the reader would.</summary>
    private bool SkipValue(int depth)
    {
        switch (Peek())
        {
            case (byte)'"':
                return StringValue(out _);
            case (byte)'{':
                return SkipContainer(depth + 1, (byte)'}', isObject: true);
            case (byte)'[':
                return SkipContainer(depth + 1, (byte)']', isObject: false);
            case (byte)'t':
                return Literal("true"u8);
            case (byte)'f':
                return Literal("false"u8);
            case (byte)'n':
                return Literal("null"u8);
            default:
                return Number();
        }
    }

    private bool SkipContainer(int depth, byte close, bool isObject)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        _position++;
        if (TakeEmptyEnd(close))
        {
            return true;
        }

        int separator;
        do
        {
            SkipWhitespace();
            if (isObject)
            {
                if (Peek() != (byte)'"' || !StringValue(out _))
                {
                    return false;
                }

                SkipWhitespace();
                if (!Take((byte)':'))
                {
                    return false;
                }

                SkipWhitespace();
            }

            if (!SkipValue(depth))
            {
                return false;
            }
        }
        while ((separator = Separator(close)) > 0);

        return separator == 0;
    }

    /// <summary>
    /// A string from its opening quote: the range of its content, and whether it has escapes (each one checked, as the
    /// unescaper relies on them being well formed).
    /// </summary>
    private bool StringValue(out JsonValueRange range)
    {
        range = default;
        var start = _position + 1;
        var position = start;
        var escaped = false;
        while (true)
        {
            var run = IndexOfSpecial(_json, position);
            if (run < 0)
            {
                return false;
            }

            position += run;
            var special = _json[position];
            if (special == (byte)'"')
            {
                break;
            }

            if (special != (byte)'\\' || !Escape(ref position))
            {
                // A control character, or a malformed escape.
                return false;
            }

            escaped = true;
        }

        range = new JsonValueRange(start, position - start, escaped);
        _position = position + 1;
        return true;
    }

    /// <summary>
    /// The first quote, backslash or control character from <paramref name="from"/>. Most strings of an event are
    /// shorter than 16 bytes: one vector compare, inline, finds their end without the search's call and setup.
    /// </summary>
    private static int IndexOfSpecial(ReadOnlySpan<byte> json, int from)
    {
        if (!Vector128.IsHardwareAccelerated || from + Vector128<byte>.Count > json.Length)
        {
            return json[from..].IndexOfAny(StringSpecials);
        }

        var block = Vector128.Create(json.Slice(from, Vector128<byte>.Count));
        var specials = Vector128.Equals(block, Vector128.Create((byte)'"')) |
            Vector128.Equals(block, Vector128.Create((byte)'\\')) |
            Vector128.LessThan(block, Vector128.Create((byte)0x20));
        var mask = specials.ExtractMostSignificantBits();
        if (mask != 0)
        {
            return BitOperations.TrailingZeroCount(mask);
        }

        var rest = json[(from + Vector128<byte>.Count)..].IndexOfAny(StringSpecials);
        return rest < 0 ? -1 : rest + Vector128<byte>.Count;
    }

    /// <summary>Checks the escape at <paramref name="position"/> (a backslash) and moves past it.</summary>
    private readonly bool Escape(ref int position)
    {
        if (position + 1 >= _json.Length)
        {
            return false;
        }

        switch (_json[position + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                position += 2;
                return true;
            case (byte)'u':
                if (position + 6 > _json.Length || !IsHex(_json[position + 2]) || !IsHex(_json[position + 3]) ||
                    !IsHex(_json[position + 4]) || !IsHex(_json[position + 5]))
                {
                    return false;
                }

                position += 6;
                return true;
            default:
                return false;
        }
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    /// <summary>A number as JSON writes them: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    private bool Number()
    {
        var json = _json;
        var position = _position;
        if (position < json.Length && json[position] == (byte)'-')
        {
            position++;
        }

        if (position >= json.Length || !char.IsAsciiDigit((char)json[position]))
        {
            return false;
        }

        if (json[position++] != (byte)'0')
        {
            position = Digits(json, position);
        }

        if (position < json.Length && json[position] == (byte)'.')
        {
            var fraction = position + 1;
            position = Digits(json, fraction);
            if (position == fraction)
            {
                return false;
            }
        }

        if (position < json.Length && (json[position] | 0x20) == (byte)'e')
        {
            position++;
            if (position < json.Length && json[position] is (byte)'+' or (byte)'-')
            {
                position++;
            }

            var exponent = position;
            position = Digits(json, exponent);
            if (position == exponent)
            {
                return false;
            }
        }

        _position = position;
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> json, int position)
    {
        while (position < json.Length && char.IsAsciiDigit((char)json[position]))
        {
            position++;
        }

        return position;
    }

    private bool Literal(ReadOnlySpan<byte> literal)
    {
        if (!_json[_position..].StartsWith(literal))
        {
            return false;
        }

        _position += literal.Length;
        return true;
    }

    /// <summary>Whitespace, then the container's closing bracket if it comes at once (an empty container).</summary>
    private bool TakeEmptyEnd(byte close)
    {
        SkipWhitespace();
        return Take(close);
    }

    private bool Take(byte expected)
    {
        if (Peek() != expected)
        {
            return false;
        }

        _position++;
        return true;
    }

    /// <summary>The byte at the position; 0 at the end, which no caller expects.</summary>
    private readonly byte Peek() => _position < _json.Length ? _json[_position] : (byte)0;

    private void SkipWhitespace()
    {
        while (_position < _json.Length && _json[_position] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            _position++;
        }
    }
}
