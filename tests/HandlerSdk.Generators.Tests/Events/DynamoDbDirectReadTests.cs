using System.Reflection;
using System.Text;
using HandlerSdk.Serialization;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Types inside DynamoDB JSON payloads are read straight from it (Read…_DynamoDbItem), not through the transform to plain
/// JSON: the same item read both ways gives the same value, or the same error with the same path, for every shape
/// the direct reader takes in place and every case it hands to the transform.
/// </summary>
public sealed class DynamoDbDirectReadTests
{
    private const string Full = """
        {"Id":{"S":"o-1"},"required":{"S":"r"},"text":{"S":"caf\u00e9 \"q\""},"count":{"N":"-42"},"big":{"N":"9007199254740993"},
         "price":{"N":"129.950"},"ratio":{"N":"1.5e-3"},"small":{"N":"-7"},"octet":{"N":"255"},"flag":{"BOOL":true},"maybe":{"N":"3"},
         "at":{"S":"2026-12-05T10:00:00+02:00"},"when":{"S":"2026-12-05T10:00:00Z"},"day":{"S":"2026-12-05"},
         "guid":{"S":"6f9619ff-8b86-d011-b42d-00c04fc964ff"},"color":{"S":"Green"},"level":{"N":"2"},"bytes":{"B":"AQID"},
         "tags":{"SS":["a","b"]},"tagSet":{"SS":["x","y"]},"codes":{"L":[{"S":"c1"},{"NULL":true}]},"numbers":{"NS":["1","2"]},
         "blobs":{"BS":["AQ==","Ag=="]},"lines":{"L":[{"M":{"sku":{"S":"s-1"},"quantity":{"N":"2"}}},{"M":{"sku":{"S":"s-2"},"quantity":{"N":"5"}}}]},
         "counts":{"M":{"a":{"N":"1"},"b":{"N":"2"}}},"byId":{"M":{"7":{"M":{"sku":{"S":"s-7"},"quantity":{"N":"7"}}}}},
         "main":{"M":{"sku":{"S":"m"},"quantity":{"N":"1"},"unknown":{"SS":["z"]}}},"open":{"M":{"id":{"S":"p"},"extra":{"N":"1.50"}}},
         "raw":{"M":{"k":{"L":[{"N":"1"},{"S":"two"}]}}},"nested":{"L":[{"L":[{"N":"1"}]},{"NS":["2","3"]}]},"PolicyNamed":{"S":"p"},
         "ignored":{"M":{"deep":{"L":[{"BOOL":false}]}}}}
        """;

    public static TheoryData<string> Items() =>
    [
        Full,
        // Missing attributes: only what the type requires.
        """{"Id":{"S":"o-2"},"required":{"S":"r"}}""",
        // NULL for everything nullable, and for the key bound to the constructor.
        """{"Id":{"NULL":true},"required":{"S":"r"},"text":{"NULL":true},"maybe":{"NULL":true},"bytes":{"NULL":true},"tags":{"NULL":true},"codes":{"NULL":true},"lines":{"NULL":true},"counts":{"NULL":true},"main":{"NULL":true},"raw":{"NULL":true},"open":{"NULL":true}}""",
        // Lists and sets the other way round: L for what could be a set, strings in L for numbers' lists.
        """{"Id":{"S":"o"},"required":{"S":"r"},"tags":{"L":[{"S":"a"},{"NULL":true}]},"tagSet":{"L":[{"S":"x"}]},"codes":{"SS":["c"]},"numbers":{"L":[{"N":"1"},{"N":"-0"}]},"blobs":{"L":[{"B":"AQ=="}]}}""",
        // Numbers in forms the fast paths leave to the plain reader: exponents, long decimals, escapes.
        """{"Id":{"S":"o"},"required":{"S":"r"},"price":{"N":"1.5E3"},"big":{"N":"-0"},"ratio":{"N":"12345678901234567890.5"},"count":{"N":"\u0031\u0032"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"price":{"N":"0.12345678901234567890123"}}""",
        // Errors: a wrong tag, NULL where null cannot go, numbers out of range or malformed.
        """{"Id":{"S":"o"},"required":{"S":"r"},"count":{"S":"12"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"count":{"NULL":true}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"octet":{"N":"256"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"count":{"N":"99999999999"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"count":{"N":"1.5"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"count":{"N":"+1"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"count":{"N":"012"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"price":{"N":"twelve"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"flag":{"S":"true"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"at":{"S":"yesterday"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"color":{"S":"Blue"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"text":{"X":"?"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"text":{"S":"a","N":"1"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"text":{}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"text":"plain"}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"lines":{"L":[{"M":{"sku":{"S":"s"},"quantity":{"S":"two"}}}]}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"lines":{"L":[{"S":"s"}]}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"tags":{"SS":["a",1]}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"numbers":{"NS":["1","x"]}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"byId":{"M":{"seven":{"M":{}}}}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"counts":{"M":{"a":{"BOOL":true}}}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"nested":{"L":[{"L":[{"N":"1"}]},{"L":[{"S":"2"}]}]}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"unknown":{"Q":"?"}}""",
        """{"Id":{"S":"o"},"required":{"S":"r"},"unknown":{"M":{"deep":{"N":"x"}}}}""",
        """{"Id":{"S":"o"}}""",
        """[]""",
    ];

    [Theory]
    [MemberData(nameof(Items))]
    public void An_item_read_straight_from_DynamoDB_JSON_is_the_item_the_transform_gives(string item)
    {
        var paths = Corpus.Type("DdbPaths");
        var json = Encoding.UTF8.GetBytes(item);

        var direct = Outcome(paths, "Direct", json);
        var transformed = Outcome(paths, "Transformed", json);

        Assert.Equal(transformed, direct);
    }

    [Fact]
    public void The_full_item_reads_every_attribute()
    {
        dynamic item = Corpus.Type("DdbPaths").GetMethod("Direct")!.Invoke(null, [Encoding.UTF8.GetBytes(Full)])!;

        Assert.Equal("café \"q\"", (string)item.Text);
        Assert.Equal(129.950m, (decimal)item.Price);
        Assert.Equal("129.950", ((decimal)item.Price).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(9007199254740993L, (long)item.Big);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(2)), (DateTimeOffset)item.At);
        Assert.Equal(new byte[] { 1, 2, 3 }, (byte[])item.Bytes);
        Assert.Equal(5, (int)item.Lines[1].Quantity);
        Assert.Equal(7, (int)item.ById[7].Quantity);
        Assert.Equal("1.50", item.Open.Rest["extra"].GetRawText());
        Assert.Equal(3, (int)item.Nested[1][1]);
    }

    [Theory]
    [InlineData("""{"Records":[{"dynamodb":{"NewImage":{"Id":{"S":"a"},"required":{"S":"r"}}}},{"dynamodb":{"NewImage":{"Id":{"S":"b"},"required":{"S":"r"},"lines":{"L":[{"M":{"quantity":{"N":"1.5"}}}]}}}}]}""", "$.Records[1].dynamodb.NewImage.lines[0].quantity")]
    [InlineData("""{"Records":[{"dynamodb":{"Keys":{"Id":{"S":"a"},"required":{"S":"r"},"counts":{"M":{"k":{"BOOL":true}}}}}}]}""", "$.Records[0].dynamodb.Keys.counts.k")]
    [InlineData("""{"Records":[{"dynamodb":{"OldImage":{"Id":{"S":"a"},"required":{"S":"r"},"tags":{"SS":["a",2]}}}}]}""", "$.Records[0].dynamodb.OldImage.tags[1]")]
    public void An_error_in_a_stream_image_names_the_attribute_through_the_event(string json, string path)
    {
        var type = EventSamples.EventType("DynamoDbStreamEvent`1").MakeGenericType(Corpus.Type("DdbShapes"));

        var error = Assert.Throws<LambdaJsonException>(() => Corpus.Read(type, json));

        Assert.Equal(path, error.JsonPath);
    }

    [Fact]
    public void A_payload_member_reads_its_item_straight_and_writes_it_back_as_DynamoDB_JSON()
    {
        var type = Corpus.Type("DdbHolder");
        const string Json = """{"item":{"Id":{"S":"o"},"required":{"S":"r"},"count":{"N":"3"},"tags":{"SS":["a"]}}}""";

        var read = Corpus.Read(type, Json);
        var written = Corpus.Write(type, read);

        Assert.Contains("\"count\":{\"N\":\"3\"}", written, StringComparison.Ordinal);
        Assert.Contains("\"tags\":{\"L\":[{\"S\":\"a\"}]}", written, StringComparison.Ordinal);
        Assert.Equal(written, Corpus.Write(type, Corpus.Read(type, written)));
    }

    [Fact]
    public void A_naming_policy_applies_to_attribute_names_as_to_plain_JSON()
    {
        var corpus = EventCorpus.Get(EventCorpus.SnakeCaseName);
        var paths = corpus.Type("DdbPaths");
        var json = Encoding.UTF8.GetBytes("""{"id":{"S":"o"},"required":{"S":"r"},"policy_named":{"S":"snake"},"PolicyNamed":{"S":"pascal"}}""");

        dynamic item = paths.GetMethod("Direct")!.Invoke(null, [json])!;

        Assert.Equal("snake", (string)item.PolicyNamed);
        Assert.Equal(Outcome(paths, "Transformed", json), Outcome(paths, "Direct", json));
    }

    private static EventCorpus Corpus => EventCorpus.Get(EventCorpus.DefaultName);

    /// <summary>The value as the generated writer writes it, or the error: its type, message and path.</summary>
    private static string Outcome(Type paths, string method, byte[] json)
    {
        object? value;
        try
        {
            value = paths.GetMethod(method)!.Invoke(null, [json]);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            return $"error {inner.GetType().Name} at {(inner as LambdaJsonException)?.JsonPath}: {inner.Message}";
        }

        // Outside the try: a value the writer cannot write is a broken test, not an outcome.
        return "value " + (string)paths.GetMethod("Write")!.Invoke(null, [value])!;
    }
}
