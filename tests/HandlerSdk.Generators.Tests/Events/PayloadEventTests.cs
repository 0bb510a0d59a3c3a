using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HandlerSdk.Events;
using HandlerSdk.Serialization;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 2: payloads decoded in place. SQS bodies, SNS messages and SNS notifications inside SQS bodies are
/// read into typed values in the same pass as the event, written back as AWS sends them, and a bad payload fails with
/// the whole path through it. A user type's members marked <c>[JsonPayload]</c> read every encoding.
/// </summary>
public sealed class PayloadEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("sqs-json-orders.json", "SqsEvent<PayloadOrder>"),
        ("sqs-json-fifo-pretty.json", "SqsEvent<PayloadOrder>"),
        ("sns-json-order.json", "SnsEvent<PayloadOrder>"),
        ("sqs-sns-orders.json", "SqsEvent<SnsNotification<PayloadOrder>>"),
        ("sqs-sns-text.json", "SqsEvent<SnsNotification>"),
    ];

    public static TheoryData<string, string, string> Cases() => EventSamples.Cases(Samples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_reader_and_writer_keep_every_field_of_the_sample_and_its_payloads(string corpusName, string sample, string root)
    {
        var corpus = EventCorpus.Get(corpusName);
        var json = EventSamples.Sample(sample);
        var type = RootType(corpus, root);

        var written = corpus.Write(type, corpus.Read(type, json));

        // Payloads compare by what they hold: the writer need not repeat the sender's spacing or escapes.
        JsonSemantics.AssertSame(ExpandPayloads(json), ExpandPayloads(written));
        Assert.Equal(Payloads(json), Payloads(written));
    }

    [Theory]
    [InlineData("sqs-json-orders.json")]
    [InlineData("sqs-json-fifo-pretty.json")]
    public void Orders_read_in_one_pass_equal_system_text_json_reading_each_body_after_the_event(string sample)
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var orderType = corpus.Type("PayloadOrder");
        var json = EventSamples.Sample(sample);

        dynamic ours = corpus.Read(RootType(corpus, "SqsEvent<PayloadOrder>"), json)!;
        var twoPass = JsonSerializer.Deserialize<SqsEvent>(json)!;

        Assert.Equal(twoPass.Records.Count, (int)ours.Records.Count);
        for (var i = 0; i < twoPass.Records.Count; i++)
        {
            var expected = JsonSerializer.Deserialize(twoPass.Records[i].Body, orderType);
            Assert.Equal(JsonSerializer.Serialize(expected, orderType), JsonSerializer.Serialize((object)ours.Records[i].Body, orderType));
            Assert.Equal(twoPass.Records[i].MessageId, (string)ours.Records[i].MessageId);
        }
    }

    [Fact]
    public void An_sqs_batch_reads_typed_orders_with_the_message_members()
    {
        dynamic sqs = Read("SqsEvent<PayloadOrder>", "sqs-json-orders.json");

        Assert.Equal(4, (int)sqs.Records.Count);
        var second = sqs.Records[1];
        Assert.Equal("2e1424d4-f796-459a-8184-9c92662be6da", (string)second.MessageId);
        Assert.Equal("o-2", (string)second.Body.OrderId);
        Assert.Null((string?)second.Body.Customer);
        Assert.Equal(129.95m, (decimal)second.Body.Total);
        Assert.Equal(4, (int)second.Body.Lines[1].Quantity);
        Assert.Equal("2", (string)second.MessageAttributes["retries"].StringValue);
        Assert.Equal("c-\u00e9l\u00e8ne \"quoted\"", (string)sqs.Records[3].Body.Customer);
        Assert.Equal(0, (int)sqs.Records[2].Body.Lines.Count);
    }

    [Fact]
    public void A_fifo_message_with_a_pretty_printed_body_reads_its_order()
    {
        dynamic sqs = Read("SqsEvent<PayloadOrder>", "sqs-json-fifo-pretty.json");

        Assert.True((bool)sqs.Records[0].IsFromFifoQueue);
        Assert.Equal("customer-17", (string)sqs.Records[0].Attributes.MessageGroupId);
        Assert.Equal("BULB-9", (string)sqs.Records[0].Body.Lines[1].Sku);
    }

    [Fact]
    public void An_sns_event_reads_its_typed_message_and_the_notification_members()
    {
        dynamic sns = Read("SnsEvent<PayloadOrder>", "sns-json-order.json");

        var notification = sns.Records[0].Sns;
        Assert.Equal("o-2", (string)notification.Message.OrderId);
        Assert.Equal(new DateTimeOffset(2019, 1, 2, 12, 45, 7, TimeSpan.Zero), (DateTimeOffset)notification.Timestamp);
        Assert.Null((string?)notification.Subject);
        Assert.Equal("42", (string)notification.MessageAttributes["Count"].Value);
        Assert.Equal("aws:sns", (string)sns.Records[0].EventSource);
    }

    [Fact]
    public void An_sns_fan_out_to_sqs_reads_the_notification_then_the_order_inside_it()
    {
        dynamic sqs = Read("SqsEvent<SnsNotification<PayloadOrder>>", "sqs-sns-orders.json");

        var first = sqs.Records[0].Body;
        Assert.Equal("Notification", (string)first.Type);
        Assert.Equal("arn:aws:sns:us-west-2:123456789012:MyTopic", (string)first.TopicArn);
        Assert.Null((string?)first.Subject);
        Assert.Equal("web", (string)first.MessageAttributes["source"].Value);
        Assert.Equal(new DateTimeOffset(2012, 3, 29, 5, 12, 16, 901, TimeSpan.Zero), (DateTimeOffset)first.Timestamp);
        Assert.StartsWith("https://sns.us-west-2.amazonaws.com/SimpleNotificationService-", (string)first.SigningCertUrl, StringComparison.Ordinal);
        Assert.Contains("Action=Unsubscribe", (string)first.UnsubscribeUrl, StringComparison.Ordinal);
        Assert.Equal("BOOK-1", (string)first.Message.Lines[0].Sku);
        var second = sqs.Records[1].Body;
        Assert.Equal("Order placed", (string)second.Subject);
        Assert.Null(second.MessageAttributes);
        Assert.Equal(129.95m, (decimal)second.Message.Total);
    }

    [Fact]
    public void An_sns_fan_out_with_a_text_message_keeps_the_text()
    {
        var sqs = EventSamples.Read<SqsEvent<SnsNotification>>("sqs-sns-text.json");

        Assert.Equal("Hello world!", sqs.Records[0].Body.Message);
        Assert.Equal("Testing publish to subscribed queues", sqs.Records[0].Body.Subject);
        Assert.Equal("1", sqs.Records[0].Body.SignatureVersion);
    }

    [Theory]
    [InlineData("SqsEvent<PayloadOrder>", "sqs-json-orders.json", "Records", 3, "body", "lines[0].quantity", "$.Records[3].body.lines[0].quantity")]
    [InlineData("SqsEvent<PayloadOrder>", "sqs-json-orders.json", "Records", 1, "body", "total", "$.Records[1].body.total")]
    [InlineData("SnsEvent<PayloadOrder>", "sns-json-order.json", "Records", 0, "Sns.Message", "lines[1].quantity", "$.Records[0].Sns.Message.lines[1].quantity")]
    [InlineData("SqsEvent<SnsNotification<PayloadOrder>>", "sqs-sns-orders.json", "Records", 1, "body.Message", "lines[0].quantity", "$.Records[1].body.Message.lines[0].quantity")]
    public void A_bad_value_inside_a_payload_fails_with_the_whole_path(string root, string sample, string records, int index, string payloadPath, string valuePath, string expected)
    {
        var json = JsonNode.Parse(EventSamples.Sample(sample))!;
        SetInPayload(json[records]![index]!, payloadPath, valuePath, "\"two\"");

        var error = Assert.Throws<LambdaJsonException>(() => Read(root, json.ToJsonString()));

        Assert.Equal(expected, error.JsonPath);
        Assert.Contains("Path: " + expected + ".", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "$.Records[2].body", "'not json' is an invalid JSON literal")]
    [InlineData("", "$.Records[2].body", "The payload is empty; expected the JSON of EventCorpus.PayloadOrder.")]
    [InlineData("{\"orderId\":\"o-3\"} trailing", "$.Records[2].body", "'t' is invalid after a single JSON value")]
    [InlineData("[1]", "$.Records[2].body", "expected an object, found an array")]
    public void A_body_that_is_not_json_of_the_type_fails_at_the_body(string body, string path, string message)
    {
        var json = JsonNode.Parse(EventSamples.Sample("sqs-json-orders.json"))!;
        json["Records"]![2]!["body"] = body;

        var error = Assert.Throws<LambdaJsonException>(() => Read("SqsEvent<PayloadOrder>", json.ToJsonString()));

        Assert.Equal(path, error.JsonPath);
        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void A_body_that_is_an_object_instead_of_json_text_is_a_clear_error()
    {
        var json = JsonNode.Parse(EventSamples.Sample("sqs-json-orders.json"))!;
        json["Records"]![0]!["body"] = JsonNode.Parse("{\"orderId\":\"o-1\"}");

        var error = Assert.Throws<LambdaJsonException>(() => Read("SqsEvent<PayloadOrder>", json.ToJsonString()));

        Assert.Equal("$.Records[0].body", error.JsonPath);
        Assert.Contains("expected a string holding JSON text, found an object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_null_body_reads_as_a_null_order_and_writes_back_as_null()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var type = RootType(corpus, "SqsEvent<PayloadOrder>");
        var json = JsonNode.Parse(EventSamples.Sample("sqs-json-orders.json"))!;
        json["Records"]![0]!["body"] = null;

        dynamic sqs = corpus.Read(type, json.ToJsonString())!;
        var written = JsonNode.Parse(corpus.Write(type, (object)sqs))!;

        Assert.Null(sqs.Records[0].Body);
        Assert.Null(written["Records"]![0]!["body"]);
        Assert.True(written["Records"]!.AsArray()[0]!.AsObject().ContainsKey("body"));
    }

    [Fact]
    public void Writing_an_event_puts_each_body_back_as_json_text()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var type = RootType(corpus, "SqsEvent<SnsNotification<PayloadOrder>>");

        var written = JsonNode.Parse(corpus.Write(type, corpus.Read(type, EventSamples.Sample("sqs-sns-orders.json"))))!;

        var body = written["Records"]![0]!["body"]!.GetValue<string>();
        var message = JsonNode.Parse(body)!["Message"]!.GetValue<string>();
        Assert.Equal("""{"orderId":"o-1","customer":"c-17","total":12.5,"lines":[{"sku":"BOOK-1","quantity":1}]}""", message);
        Assert.Contains(""","Type":"Notification","MessageId":"63a3f6b6-d533-4a47-aef9-fcf5cf758c76",""", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_type_reads_and_writes_every_encoding()
    {
        var order = """{"orderId":"o-9","customer":"c-1","total":3.5,"lines":[{"sku":"A","quantity":2}]}""";
        var envelope = new JsonObject
        {
            ["data"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(order)),
            ["zipped"] = Convert.ToBase64String(Gzip(order)),
            ["item"] = JsonNode.Parse("""{"orderId":{"S":"o-10"},"total":{"N":"99.99"},"lines":{"L":[{"M":{"sku":{"S":"B"},"quantity":{"N":"7"}}}]},"customer":{"NULL":true}}"""),
            ["image"] = JsonNode.Parse("""{"tags":{"SS":["x","y"]},"n":{"N":"12345678901234567890.5"}}"""),
            ["count"] = "42",
            ["maybe"] = null,
            ["lines"] = """[{"sku":"C","quantity":1}]""",
            ["text"] = "\"hello\"",
        };
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var type = corpus.Type("PayloadEnvelope");

        dynamic read = corpus.Read(type, envelope.ToJsonString())!;
        var written = corpus.Write(type, (object)read);
        dynamic again = corpus.Read(type, written)!;

        foreach (var value in new[] { read, again })
        {
            Assert.Equal("o-9", (string)value.Data.OrderId);
            Assert.Equal(2, (int)value.Data.Lines[0].Quantity);
            Assert.Equal(3.5m, (decimal)value.Zipped.Total);
            Assert.Equal("o-10", (string)value.Item.OrderId);
            Assert.Equal(99.99m, (decimal)value.Item.Total);
            Assert.Equal(7, (int)value.Item.Lines[0].Quantity);
            Assert.Null((string?)value.Item.Customer);
            Assert.Equal("12345678901234567890.5", ((JsonElement)value.Image["n"]).GetRawText());
            Assert.Equal("[\"x\",\"y\"]", ((JsonElement)value.Image["tags"]).GetRawText());
            Assert.Equal(42, (int)value.Count);
            Assert.Null((int?)value.Maybe);
            Assert.Equal("C", (string)value.Lines[0].Sku);
            Assert.Equal("hello", (string)value.Text);
        }

        var output = JsonNode.Parse(written)!;
        Assert.Equal("42", output["count"]!.GetValue<string>());
        Assert.Equal("\"hello\"", output["text"]!.GetValue<string>());
        Assert.Equal("o-9", JsonNode.Parse(Convert.FromBase64String(output["data"]!.GetValue<string>()))!["orderId"]!.GetValue<string>());
        Assert.Equal(
            """{"orderId":{"S":"o-10"},"customer":{"NULL":true},"total":{"N":"99.99"},"lines":{"L":[{"M":{"sku":{"S":"B"},"quantity":{"N":"7"}}}]}}""",
            output["item"]!.ToJsonString());
        // A set comes back as a list: plain JSON does not say it was one.
        Assert.Equal("""{"tags":{"L":[{"S":"x"},{"S":"y"}]},"n":{"N":"12345678901234567890.5"}}""", output["image"]!.ToJsonString());
    }

    [Theory]
    [InlineData("data", "\"bm90IGpzb24=\"", "$.data", "'not json' is an invalid JSON literal")]
    [InlineData("data", "\"%%%\"", "$.data", "the string is not valid base64")]
    [InlineData("zipped", "\"eyJhIjoxfQ==\"", "$.zipped", "the base64 data is not gzip-compressed")]
    [InlineData("item", """{"orderId":{"S":"o"},"lines":{"L":[{"M":{"quantity":{"N":"x"}}}]}}""", "$.item.lines[0].quantity", "\"x\" is not a number")]
    [InlineData("item", """{"orderId":{"S":"o"},"lines":{"L":[{"M":{"quantity":{"S":"7"}}}]}}""", "$.item.lines[0].quantity", "could not be converted to System.Int32")]
    [InlineData("item", """{"orderId":{"Q":"o"}}""", "$.item.orderId", "'Q' is not a DynamoDB type tag")]
    [InlineData("item", "\"o-1\"", "$.item", "expected an object of DynamoDB attribute values")]
    [InlineData("count", "null", "$.count", "expected a string holding JSON text, found null")]
    [InlineData("count", "\"4.5\"", "$.count", "4.5 is out of range or not whole")]
    public void A_bad_payload_in_a_user_type_names_its_path(string member, string value, string path, string message)
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var json = $$"""{"{{member}}":{{value}}}""";

        var error = Assert.Throws<LambdaJsonException>(() => corpus.Read(corpus.Type("PayloadEnvelope"), json));

        Assert.Equal(path, error.JsonPath);
        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), error.Message);
    }

    private static object Read(string root, string sampleOrJson)
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var json = sampleOrJson.EndsWith(".json", StringComparison.Ordinal) ? EventSamples.Sample(sampleOrJson) : sampleOrJson;
        return corpus.Read(RootType(corpus, root), json)!;
    }

    private static Type RootType(EventCorpus corpus, string root)
    {
        var order = corpus.Type("PayloadOrder");
        return root switch
        {
            "SqsEvent<PayloadOrder>" => typeof(SqsEvent<>).MakeGenericType(order),
            "SnsEvent<PayloadOrder>" => typeof(SnsEvent<>).MakeGenericType(order),
            "SqsEvent<SnsNotification<PayloadOrder>>" => typeof(SqsEvent<>).MakeGenericType(typeof(SnsNotification<>).MakeGenericType(order)),
            "SqsEvent<SnsNotification>" => typeof(SqsEvent<SnsNotification>),
            _ => throw new ArgumentException(root, nameof(root)),
        };
    }

    /// <summary>Sets <paramref name="valuePath"/> inside the JSON text at <paramref name="payloadPath"/> (dotted members; <c>body.Message</c> is a payload in a payload).</summary>
    private static void SetInPayload(JsonNode record, string payloadPath, string valuePath, string value)
    {
        if (payloadPath == "body.Message")
        {
            // An SNS notification inside an SQS body: the message is a payload inside the body's payload.
            var body = JsonNode.Parse(record["body"]!.GetValue<string>())!;
            var message = JsonNode.Parse(body["Message"]!.GetValue<string>())!;
            Set(message, valuePath, value);
            body["Message"] = message.ToJsonString();
            record["body"] = body.ToJsonString();
            return;
        }

        var steps = payloadPath.Split('.');
        var holder = record;
        for (var i = 0; i < steps.Length - 1; i++)
        {
            holder = holder[steps[i]]!;
        }

        var payload = JsonNode.Parse(holder[steps[^1]]!.GetValue<string>())!;
        Set(payload, valuePath, value);
        holder[steps[^1]] = payload.ToJsonString();
    }

    private static void Set(JsonNode node, string path, string value)
    {
        var parts = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var isLast = i == parts.Length - 1;
            if (part.StartsWith('['))
            {
                var index = int.Parse(part[1..^1], System.Globalization.CultureInfo.InvariantCulture);
                if (isLast)
                {
                    node[index] = JsonNode.Parse(value);
                }
                else
                {
                    node = node[index]!;
                }
            }
            else if (isLast)
            {
                node[part] = JsonNode.Parse(value);
            }
            else
            {
                node = node[part]!;
            }
        }
    }

    /// <summary>The document with every string that holds a JSON object or array replaced by that JSON, recursively.</summary>
    private static string ExpandPayloads(string json) => Expand(JsonNode.Parse(json))!.ToJsonString();

    private static JsonNode? Expand(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in o.Select(p => p.Key).ToList())
                {
                    o[name] = Expand(o[name]?.DeepClone());
                }

                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    a[i] = Expand(a[i]?.DeepClone());
                }

                return a;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().TrimStart() is ['{' or '[', ..] text:
                return Expand(JsonNode.Parse(text));
            default:
                return node;
        }
    }

    /// <summary>How many payloads the document holds, so an expanded comparison cannot pass by losing one.</summary>
    private static int Payloads(string json) => Count(JsonNode.Parse(json));

    private static int Count(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => Count(p.Value)),
        JsonArray a => a.Sum(Count),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().TrimStart() is ['{' or '[', ..] text => 1 + Count(JsonNode.Parse(text)),
        _ => 0,
    };

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
