using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// DynamoDB Streams (issue 10, item 1): the samples of the AWS SDKs' event tests (every attribute type, explicit
/// <c>null</c> tags, time to live deletes, tumbling windows, the batch response) read and written back by the generated
/// code, System.Text.Json agreeing; the values a handler reads; <see cref="AttributeValue"/>'s accessors.
/// </summary>
public sealed class DynamoDbEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("dynamodb-insert-modify-remove.json", nameof(DynamoDbStreamEvent)),
        ("dynamodb-all-types-ttl-delete.json", nameof(DynamoDbStreamEvent)),
        ("dynamodb-explicit-null-tags.json", nameof(DynamoDbStreamEvent)),
        ("dynamodb-milliseconds.json", nameof(DynamoDbStreamEvent)),
        ("dynamodb-time-window.json", nameof(DynamoDbTimeWindowEvent)),
        ("dynamodb-batch-response.json", nameof(StreamBatchResponse)),
    ];

    public static TheoryData<string, string, string> Cases() => EventSamples.Cases(Samples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_reader_and_writer_keep_every_field_of_the_sample(string corpusName, string sample, string root) =>
        EventSamples.AssertRoundTrip(corpusName, sample, EventSamples.EventType(root));

    [Theory]
    [MemberData(nameof(Cases))]
    public void System_Text_Json_reads_the_sample_to_the_values_ours_reads(string corpusName, string sample, string root) =>
        EventSamples.AssertSystemTextJsonAgrees(corpusName, sample, EventSamples.EventType(root));

    [Fact]
    public void Insert_modify_and_remove_read_their_keys_images_and_sequence_numbers()
    {
        var records = EventSamples.Read<DynamoDbStreamEvent>("dynamodb-insert-modify-remove.json").Records;

        Assert.Equal(["INSERT", "MODIFY", "REMOVE"], records.Select(r => r.EventName));
        var insert = records[0];
        Assert.Equal("c4ca4238a0b923820dcc509a6f75849b", insert.EventId);
        Assert.Equal("aws:dynamodb", insert.EventSource);
        Assert.Equal("eu-central-1", insert.AwsRegion);
        Assert.EndsWith("/stream/2015-06-27T00:48:05.899", insert.EventSourceArn, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1428537600), insert.DynamoDb.ApproximateCreationDateTime);
        Assert.Equal(101, insert.DynamoDb.Keys["Id"].AsInt64());
        Assert.Equal("New item!", insert.DynamoDb.NewImage!["Message"].AsString());
        Assert.Null(insert.DynamoDb.OldImage);
        Assert.Equal("4421584500000000017450439091", insert.DynamoDb.SequenceNumber);
        Assert.Equal(26, insert.DynamoDb.SizeBytes);
        Assert.Equal("NEW_AND_OLD_IMAGES", insert.DynamoDb.StreamViewType);
        Assert.Equal("New item!", records[1].DynamoDb.OldImage!["Message"].S);
        Assert.Equal("This item has changed", records[1].DynamoDb.NewImage!["Message"].S);
        Assert.Null(records[2].DynamoDb.NewImage);
        Assert.All(records, r => Assert.Null(r.UserIdentity));
        Assert.All(records, r => Assert.False(r.IsTimeToLiveDelete));
    }

    [Fact]
    public void Every_attribute_type_reads_into_its_member()
    {
        var image = EventSamples.Read<DynamoDbStreamEvent>("dynamodb-all-types-ttl-delete.json").Records[0].DynamoDb.NewImage!;

        Assert.Equal(AttributeValueKind.S, image["val"].GetKind());
        Assert.Equal([0x00, 0x01, 0x2A, 0x41], image["asdf1"].AsBinary());
        Assert.Equal(AttributeValueKind.BS, image["asdf2"].GetKind());
        Assert.Equal([[0x00, 0x01, 0x2A, 0x41], [0x41, 0x2A, 0x01, 0x00]], image["asdf2"].BS!);
        Assert.Empty(image["misc1"].AsList());
        var map = image["misc2"].AsMap();
        Assert.Equal(["Cookies", "Coffee"], map["ItemsNonEmpty"].AsList().Take(2).Select(v => v.AsString()));
        Assert.Equal(3.14159m, map["ItemsNonEmpty"].AsList()[2].AsDecimal());
        Assert.False(map["ItemBoolean"].AsBoolean());
        Assert.Equal(AttributeValueKind.BOOL, map["ItemBoolean"].GetKind());
        Assert.Equal(["0", "50", "150"], map["ItemNumberSet"].NS!);
        Assert.True(map["ItemNull"].IsNull);
        Assert.Equal(AttributeValueKind.NULL, map["ItemNull"].GetKind());
        Assert.Equal(["Hippo", "Zebra"], map["ItemStringSet"].SS!);
        Assert.Equal(AttributeValueKind.M, image["misc2"].GetKind());
    }

    [Fact]
    public void A_time_to_live_delete_reads_its_service_identity()
    {
        var remove = EventSamples.Read<DynamoDbStreamEvent>("dynamodb-all-types-ttl-delete.json").Records[1];

        Assert.Equal(new DynamoDbUserIdentity { Type = "Service", PrincipalId = "dynamodb.amazonaws.com" }, remove.UserIdentity);
        Assert.True(remove.IsTimeToLiveDelete);
        Assert.Equal("OLD_IMAGE", remove.DynamoDb.StreamViewType);
        Assert.Equal(3, remove.DynamoDb.OldImage!["asdf2"].BS!.Count);
    }

    [Fact]
    public void Explicit_null_tags_are_not_values_and_are_not_written_back()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var read = EventSamples.Read<DynamoDbStreamEvent>("dynamodb-explicit-null-tags.json");
        var image = read.Records[1].DynamoDb.NewImage!;

        Assert.Equal(AttributeValueKind.B, image["b2"].GetKind());
        Assert.Equal(AttributeValueKind.N, image["FloatNumber"].GetKind());
        Assert.Equal("123.45", image["FloatNumber"].N);
        Assert.Equal(35, image["Map"].AsMap()["Age"].AsInt64());
        Assert.Empty(image["EmptyStringSet"].SS!);
        var written = corpus.Write(typeof(DynamoDbStreamEvent), read);
        Assert.DoesNotContain("null", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_window_event_reads_its_window_state_and_records_without_creation_times()
    {
        var window = EventSamples.Read<DynamoDbTimeWindowEvent>("dynamodb-time-window.json");

        Assert.Equal(new DateTimeOffset(2020, 7, 30, 17, 0, 0, TimeSpan.Zero), window.Window.Start);
        Assert.Equal(new DateTimeOffset(2020, 7, 30, 17, 5, 0, TimeSpan.Zero), window.Window.End);
        Assert.Equal("state1", window.State["1"].GetString());
        Assert.Equal("shard123456789", window.ShardId);
        Assert.Equal("stream-ARN", window.EventSourceArn);
        Assert.False(window.IsFinalInvokeForWindow);
        Assert.False(window.IsWindowTerminatedEarly);
        Assert.Equal(3, window.Records.Count);
        Assert.All(window.Records, r => Assert.Null(r.DynamoDb.ApproximateCreationDateTime));
        Assert.DoesNotContain("ApproximateCreationDateTime", EventCorpus.Get(EventCorpus.DefaultName).Write(typeof(DynamoDbTimeWindowEvent), window), StringComparison.Ordinal);
    }

    [Fact]
    public void The_batch_response_names_the_failed_sequence_number()
    {
        var response = EventSamples.Read<StreamBatchResponse>("dynamodb-batch-response.json");

        Assert.Equal("1405400000000002063282832", Assert.Single(response.BatchItemFailures).ItemIdentifier);
    }

    [Theory]
    [InlineData("1480642020", 1480642020_0000000L)]
    [InlineData("1480642020.5", 1480642020_5000000L)]
    [InlineData("1571849028.348366", 1571849028_3483660L)]
    [InlineData("1480642020000", 1480642020_0000000L)]
    [InlineData("1480642020123", 1480642020_1230000L)]
    [InlineData("1686935093658123", 1686935093_6581230L)]
    public void The_creation_time_reads_seconds_and_the_milliseconds_or_microseconds_of_kinesis_delivered_records(string json, long unixTicks)
    {
        var change = ReadChange($$"""{"ApproximateCreationDateTime": {{json}}, "Keys": {}, "SequenceNumber": "1", "SizeBytes": 1, "StreamViewType": "KEYS_ONLY"}""");

        Assert.Equal(new DateTimeOffset(DateTimeOffset.UnixEpoch.Ticks + unixTicks, TimeSpan.Zero), change.ApproximateCreationDateTime);
    }

    [Theory]
    [InlineData("1480642020")]
    [InlineData("1480642020.5")]
    [InlineData("1571849028.348366")]
    [InlineData("1480642020000")]
    [InlineData("1480642020123")]
    [InlineData("1686935093658123")]
    public void A_creation_time_is_written_back_in_the_unit_and_precision_it_came_in(string json)
    {
        var change = ReadChange($$"""{"ApproximateCreationDateTime": {{json}}, "Keys": {}, "SequenceNumber": "1", "SizeBytes": 1, "StreamViewType": "KEYS_ONLY"}""");
        var written = EventCorpus.Get(EventCorpus.DefaultName).Write(typeof(DynamoDbStreamEvent), new DynamoDbStreamEvent { Records = [new DynamoDbStreamRecord { DynamoDb = change }] });

        Assert.Equal(decimal.Parse(json, System.Globalization.CultureInfo.InvariantCulture), change.ApproximateCreationDateTimeNumber);
        Assert.Contains($"\"ApproximateCreationDateTime\":{json},", written, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kinesis_delivered_sample_keeps_its_milliseconds_and_a_set_time_is_written_in_seconds()
    {
        var read = EventSamples.Read<DynamoDbStreamEvent>("dynamodb-milliseconds.json");
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1480642020), read.Records[0].DynamoDb.ApproximateCreationDateTime);
        Assert.Equal(1480642020000m, read.Records[0].DynamoDb.ApproximateCreationDateTimeNumber);
        Assert.Contains("\"ApproximateCreationDateTime\":1480642020000,", corpus.Write(typeof(DynamoDbStreamEvent), read), StringComparison.Ordinal);

        var set = read.Records[0].DynamoDb with { ApproximateCreationDateTime = DateTimeOffset.FromUnixTimeMilliseconds(1480642020500) };
        Assert.Equal(1480642020.5m, set.ApproximateCreationDateTimeNumber);
        Assert.Null((set with { ApproximateCreationDateTime = null }).ApproximateCreationDateTimeNumber);
    }

    [Theory]
    [InlineData("\"1480642020\"", "not the string")]
    [InlineData("1e25", "outside the range")]
    [InlineData("1e30", "too large")]
    public void A_creation_time_that_is_no_time_fails_with_the_member_path(string json, string reason)
    {
        var error = Assert.ThrowsAny<Exception>(() => ReadChange($$$"""{"Records": [{"dynamodb": {"ApproximateCreationDateTime": {{{json}}}}}]}""", wrap: false));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("ApproximateCreationDateTime", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_accessors_fail_naming_the_type_the_value_has()
    {
        var number = new AttributeValue { N = "12.5" };

        var error = Assert.Throws<InvalidOperationException>(() => number.AsString());
        Assert.Equal("The attribute value is a number (N), not a string (S).", error.Message);
        Assert.Equal("The attribute value is empty, not a map (M).", Assert.Throws<InvalidOperationException>(() => new AttributeValue().AsMap()).Message);
        Assert.Equal("The attribute value is null, not a Boolean (BOOL).", Assert.Throws<InvalidOperationException>(() => new AttributeValue { NULL = true }.AsBoolean()).Message);
        Assert.Equal(12.5, number.AsDouble());
        Assert.Contains("12.5", Assert.Throws<FormatException>(() => number.AsInt64()).Message, StringComparison.Ordinal);
        Assert.Equal(AttributeValueKind.None, new AttributeValue().GetKind());
    }

    [Fact]
    public void A_value_with_two_types_has_no_kind()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new AttributeValue { S = "a", BOOL = true }.GetKind());

        Assert.Equal("The attribute value has 2 types (S, BOOL); DynamoDB sends exactly one.", error.Message);
    }

    [Fact]
    public void Numbers_keep_every_digit_dynamodb_sent()
    {
        var value = ReadChange("""{"Keys": {"id": {"N": "12345678901234567890123456789012345678"}}, "SequenceNumber": "1", "SizeBytes": 1, "StreamViewType": "KEYS_ONLY"}""").Keys["id"];

        Assert.Equal("12345678901234567890123456789012345678", value.N);
        Assert.Throws<OverflowException>(() => value.AsDecimal());
    }

    private static DynamoDbChangeRecord ReadChange(string change, bool wrap = true)
    {
        var json = wrap ? $$$"""{"Records": [{"dynamodb": {{{change}}}}]}""" : change;
        var read = EventCorpus.Get(EventCorpus.DefaultName).Read(typeof(DynamoDbStreamEvent), json);
        return Assert.IsType<DynamoDbStreamEvent>(read).Records[0].DynamoDb;
    }
}
