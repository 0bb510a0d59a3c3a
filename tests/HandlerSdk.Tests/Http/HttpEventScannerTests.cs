using System.Text;
using System.Text.Json;
using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>
/// The fast event scanner against the strict reader (<see cref="System.Text.Json.Utf8JsonReader"/>): what the scanner
/// accepts, the strict reader accepts and finds at the same places; what it refuses goes to the strict reader, whose
/// error names the problem.
/// </summary>
public sealed class HttpEventScannerTests
{
    /// <summary>A v2 event with every member the scanner looks at, an escaped body and a JWT authorizer.</summary>
    private const string Full = """
        {"version":"2.0","routeKey":"POST /orders/{id}","rawPath":"/prod/orders/417","rawQueryString":"currency=EUR&expand=lines",
         "cookies":["session=7c1f","theme=dark"],
         "headers":{"accept":"application/json","content-type":"application/json","x-num":"1"},
         "queryStringParameters":{"currency":"EUR","expand":"lines"},"pathParameters":{"id":"417"},
         "requestContext":{"accountId":"123456789012","apiId":"api","domainName":"api.execute-api.us-east-1.amazonaws.com","stage":"prod","requestId":"r-1","timeEpoch":1795772467000,
           "authorizer":{"jwt":{"claims":{"sub":"u-1","scope":["a","b"]},"scopes":null},"principalId":""},
           "http":{"method":"POST","path":"/prod/orders/417","protocol":"HTTP/1.1","sourceIp":"205.255.255.176"},
           "numbers":[0,-1,12.5,1e3,-0.25E-2,true,false,null,{},[]]},
         "body":"{\"customerId\":\"cus-1\",\"note\":\"caf\u00e9 \ud83d\ude00 \\\"q\\\" \/ \\n\",\"lines\":[{\"sku\":\"BK-1\",\"unitPrice\":12.50}]}",
         "isBase64Encoded":false,"stageVariables":null}
        """;

    public static TheoryData<string> Samples => new()
    {
        "alb-lambda-target-request-headers-only.json",
        "alb-lambda-target-request-multivalue-headers.json",
        "apigw-request.json",
        "apigw-v2-request-jwt-authorizer.json",
        "apigw-v2-request-lambda-authorizer.json",
        "lambda-urls-request.json",
    };

    public static TheoryData<string> Events => new()
    {
        Full,
        HttpSamples.V1,
        HttpSamples.V2,
        HttpSamples.AlbSingle,
        HttpSamples.AlbMulti,
        // Members in another order: the format is decided at the end.
        """{"body":"x","requestContext":{"http":{"sourceIp":"1.2.3.4","method":"GET"},"stage":"$default"},"rawPath":"/a","version":"2.0"}""",
        // Duplicate members: the last one counts, as with the strict reader.
        """{"version":"1.0","rawPath":"/a","version":"2.0","rawPath":"/b","body":"1","body":null,"requestContext":{"http":{"method":"GET"}}}""",
        """{"httpMethod":"GET","path":"/a","requestContext":{"elb":{}},"requestContext":{"elb":null}}""",
        // Nulls where objects and strings may be, an absent body, an empty body, a base64 body.
        """{"httpMethod":"GET","path":"/","headers":null,"cookies":null,"requestContext":null,"body":null,"isBase64Encoded":null}""",
        """{"httpMethod":"GET","path":"/","requestContext":{"http":null,"identity":null,"authorizer":null}}""",
        """{"httpMethod":"POST","path":"/","body":""}""",
        """{"httpMethod":"POST","path":"/","body":"eyJhIjoxfQ==","isBase64Encoded":true}""",
        // Escapes everywhere: names of skipped members, values, \uXXXX with a surrogate pair, and a path with escapes.
        """{"httpMethod":"GET","path":"\/caf\u00e9\/\ud83d\ude00","headers":{"x-\u0041":"a\"b\\c\/d\b\f\n\r\t\u0000"},"body":"\ud83d\ude00"}""",
        // Whitespace of every kind between tokens.
        " \r\n\t{ \"httpMethod\" :\t\"GET\" ,\n\"path\"\r: \"/\" , \"x\" : [ 1 , { \"y\" : [ ] } ] }",
        // Authorizer shapes: REST claims, an HTTP API Lambda authorizer's context, claims that are not an object.
        """{"httpMethod":"GET","path":"/","requestContext":{"authorizer":{"claims":{"sub":"1"},"lambda":{"k":1}}}}""",
        """{"httpMethod":"GET","path":"/","requestContext":{"authorizer":{"claims":"x","jwt":"y","lambda":[1]}}}""",
        """{"httpMethod":"GET","path":"/","requestContext":{"authorizer":{}}}""",
        """{"httpMethod":"GET","path":"/","requestContext":{"authorizer":{"jwt":{"claims":null}}}}""",
        // Trailing text after the event is not read, by either reader.
        """{"httpMethod":"GET","path":"/"} trailing""",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void AWS_samples_scan_to_what_the_strict_reader_finds(string name) =>
        AssertSameAsStrict(HttpSamples.Sample(name).ToArray());

    [Theory]
    [MemberData(nameof(Events))]
    public void Events_scan_to_what_the_strict_reader_finds(string json) =>
        AssertSameAsStrict(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Nesting_up_to_the_reader_limit_scans_and_one_deeper_is_refused()
    {
        AssertSameAsStrict(Encoding.UTF8.GetBytes(Nested(63)));

        var tooDeep = Encoding.UTF8.GetBytes(Nested(64));
        Assert.False(HttpEventScanner.TryScan(tooDeep, out _));
        Assert.Contains("not valid JSON", Assert.Throws<HttpPayloadException>(() => HttpRequest.Read(tooDeep)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"httpMethod":"GET","path":"/",""")]
    [InlineData("""{"httpMethod":"GET","path":"/",}""")]
    [InlineData("{\"httpMethod\":\"GET\",\"path\":\"/\"")]
    [InlineData("""{"httpMethod":"GET" "path":"/"}""")]
    [InlineData("""{"httpMethod":"GET","path"}""")]
    [InlineData("""{'httpMethod':'GET','path':'/'}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","body":"\x"}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","body":"\u12G4"}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","body":"\u12"}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","headers":{"a":"b\"}}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","x":01}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","x":1.}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","x":-}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","x":1e}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","x":+1}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","x":tru}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","x":nulls}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","x":[1,]}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","x":[1 2]}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","x":{"a" 1}}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","x":{1:1}}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","x":[}""")]
    [InlineData("""{"httpMethod":"GET","path":"/" /* comment */}""")]
    [InlineData("""{"httpMethod":"GET","path":"/","requestContext":{"http":{"method":"GET",}}}""")]
    public void Malformed_JSON_is_refused_and_fails_with_the_strict_readers_error(string json)
    {
        var payload = Encoding.UTF8.GetBytes(json);

        Assert.False(HttpEventScanner.TryScan(payload, out _));
        var error = Assert.Throws<HttpPayloadException>(() => HttpRequest.Read(payload));
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_of_every_length_around_one_vector_end_where_their_quote_is_and_refuse_a_control_character()
    {
        for (var length = 0; length < 40; length++)
        {
            var value = new string('v', length);
            AssertSameAsStrict(Encoding.UTF8.GetBytes("{\"httpMethod\":\"GET\",\"path\":\"/" + value + "\",\"x\":\"" + value + "\\\"" + value + "\"}"));

            for (var at = 0; at < length; at++)
            {
                var bad = value[..at] + "\u0001" + value[(at + 1)..];
                var payload = Encoding.UTF8.GetBytes("{\"httpMethod\":\"GET\",\"path\":\"/\",\"x\":\"" + bad + "\"}");
                Assert.False(HttpEventScanner.TryScan(payload, out _), bad);
            }
        }
    }

    [Fact]
    public void A_control_character_inside_a_string_is_refused() =>
        Malformed_JSON_is_refused_and_fails_with_the_strict_readers_error("{\"httpMethod\":\"GET\",\"path\":\"/\",\"body\":\"a\nb\"}");

    [Theory]
    [InlineData("""{"httpMethod":5,"path":"/"}""", "\"httpMethod\" is not a string")]
    [InlineData("""{"httpMethod":"GET","path":"/","headers":[]}""", "\"headers\" is not an object")]
    [InlineData("""{"httpMethod":"GET","path":"/","requestContext":[]}""", "\"requestContext\" is not an object")]
    [InlineData("""{"httpMethod":"GET","path":"/","isBase64Encoded":1}""", "\"isBase64Encoded\" is not true or false")]
    [InlineData("""{"version":"2.0","rawPath":"/","requestContext":{"http":{"method":{}}}}""", "requestContext.http.method\" is not a string")]
    [InlineData("""{"httpMethod":"GET","path":"/","requestContext":{"authorizer":{"jwt":{"claims":[]}}}}""", "jwt.claims\" is not an object")]
    public void A_member_of_the_wrong_type_is_refused_and_the_strict_reader_names_it(string json, string expected)
    {
        var payload = Encoding.UTF8.GetBytes(json);

        Assert.False(HttpEventScanner.TryScan(payload, out _));
        Assert.Contains(expected, Assert.Throws<HttpPayloadException>(() => HttpRequest.Read(payload)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"version":"2\u002e0","rawPath":"/a","requestContext":{"http":{"method":"GET"}}}""")]
    [InlineData("""{"http\u004dethod":"GET","path":"/a"}""")]
    [InlineData("""{"httpMethod":"GET","path":"/a","requestContext":{"\u0065lb":{}}}""")]
    public void Escaped_names_and_versions_go_to_the_strict_reader_which_reads_them(string json)
    {
        var payload = Encoding.UTF8.GetBytes(json);

        Assert.False(HttpEventScanner.TryScan(payload, out _));
        Assert.Equal("/a", HttpRequest.Read(payload).Path);
    }

    [Fact]
    public void Invalid_UTF8_goes_to_the_strict_reader()
    {
        byte[] payload = [.. """{"httpMethod":"GET","path":"/","x":" """u8, 0xC3, 0x28, .. "\"}"u8];

        Assert.False(HttpEventScanner.TryScan(payload, out _));
        Assert.Equal("/", HttpRequest.Read(payload).Path);
    }

    [Fact]
    public void Escaped_bodies_unescape_as_JSON_says_including_unicode_escapes_and_surrogate_pairs()
    {
        var request = HttpRequest.Read(Encoding.UTF8.GetBytes(Full));

        Assert.Equal(
            "{\"customerId\":\"cus-1\",\"note\":\"caf\u00e9 \U0001F600 \\\"q\\\" / \\n\",\"lines\":[{\"sku\":\"BK-1\",\"unitPrice\":12.50}]}",
            Encoding.UTF8.GetString(request.Body.Span));
        Assert.Equal("/orders/417", request.Path);
        Assert.Equal("u-1", request.GetClaim("sub"));
        Assert.Equal("dark", request.GetCookie("theme"));
        Assert.Equal("EUR", request.GetQuery("currency"));
    }

    [Theory]
    [InlineData("""{"httpMethod":"POST","path":"/"}""", "")]
    [InlineData("""{"httpMethod":"POST","path":"/","body":null}""", "")]
    [InlineData("""{"httpMethod":"POST","path":"/","body":""}""", "")]
    [InlineData("""{"httpMethod":"POST","path":"/","body":"eyJhIjoxfQ==","isBase64Encoded":true}""", """{"a":1}""")]
    [InlineData("""{"isBase64Encoded":true,"body":"eyJhIjoxfQ==","path":"/","httpMethod":"POST"}""", """{"a":1}""")]
    [InlineData("""{"httpMethod":"POST","path":"/","body":"\u0041\u00e9\u20ac\ud83d\ude00"}""", "A\u00e9\u20ac\U0001F600")]
    public void Bodies_absent_null_empty_base64_and_escaped_read_as_the_gateway_meant(string json, string expected) =>
        Assert.Equal(expected, Encoding.UTF8.GetString(HttpSamples.Read(json).Body.Span));

    [Fact]
    public void Random_one_byte_changes_are_either_refused_or_scanned_as_the_strict_reader_reads_them()
    {
        var original = Encoding.UTF8.GetBytes(Full);
        ReadOnlySpan<byte> alphabet = "{}[]\":,\\/ 0123456789-+.eEtrufalsn\u00e9x\n"u8;
        var random = new Random(11);
        var scanned = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var payload = new List<byte>(original);
            var at = random.Next(payload.Count);
            switch (random.Next(3))
            {
                case 0:
                    payload.RemoveAt(at);
                    break;
                case 1:
                    payload.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
                default:
                    payload[at] = alphabet[random.Next(alphabet.Length)];
                    break;
            }

            var bytes = payload.ToArray();
            if (HttpEventScanner.TryScan(bytes, out var members))
            {
                scanned++;
                AssertSame(bytes, HttpRequestReader.ReadStrict(bytes), members);
            }
        }

        // Most changes land inside strings and keep the event valid: the comparison above ran on them.
        Assert.True(scanned > 5_000, $"only {scanned} changed events scanned");
    }

    private static void AssertSameAsStrict(byte[] payload)
    {
        Assert.True(HttpEventScanner.TryScan(payload, out var members));
        AssertSame(payload, HttpRequestReader.ReadStrict(payload), members);
    }

    /// <summary>
    /// The same members; a body the scanner unescaped on the way holds what the reader's own unescaping gives, or, where
    /// the reader refuses to unescape it (a lone surrogate escape), the replacement character the request uses.
    /// </summary>
    private static void AssertSame(byte[] payload, HttpEventMembers strict, HttpEventMembers scanned)
    {
        var unescaped = scanned.Layout.UnescapedBody;
        var length = scanned.Layout.UnescapedBodyLength;
        scanned.Layout.UnescapedBody = null;
        scanned.Layout.UnescapedBodyLength = 0;
        Assert.Equal(strict, scanned);
        Assert.Equal(scanned.Layout.Body.Escaped, unescaped is not null);
        if (unescaped is null)
        {
            return;
        }

        var body = scanned.Layout.Body;
        var reader = new Utf8JsonReader(payload.AsSpan(body.Start - 1, body.Length + 2));
        reader.Read();
        var expected = new byte[body.Length * 3];
        try
        {
            expected = expected.AsSpan(0, reader.CopyString(expected)).ToArray();
        }
        catch (InvalidOperationException)
        {
            expected = new byte[body.Length];
            expected = expected.AsSpan(0, JsonStringUnescaper.Unescape(body.In(payload), expected)).ToArray();
        }

        Assert.Equal(expected, unescaped.AsSpan(0, length).ToArray());
    }

    /// <summary>An event holding a member nested in <paramref name="depth"/> arrays (the event itself is one level more).</summary>
    private static string Nested(int depth) =>
        "{\"httpMethod\":\"GET\",\"path\":\"/\",\"x\":" + new string('[', depth) + new string(']', depth) + "}";
}
