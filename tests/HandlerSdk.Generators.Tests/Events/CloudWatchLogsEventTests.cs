using System.Text;
using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// CloudWatch Logs subscriptions (issue 10, item 1): the guide's sample read and written back by the generated code,
/// System.Text.Json agreeing; its gzip payload decoded by the hand-written reader, which agrees with System.Text.Json
/// reading the decoded model, and encoded back by <see cref="CloudWatchLogsEvent.From"/>.
/// </summary>
public sealed class CloudWatchLogsEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("cloudwatch-logs.json", nameof(CloudWatchLogsEvent)),
    ];

    private static readonly JsonSerializerOptions Stj = new() { PropertyNameCaseInsensitive = true };

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
    public void The_payload_decodes_into_its_log_events()
    {
        var data = EventSamples.Read<CloudWatchLogsEvent>("cloudwatch-logs.json").Decode();

        Assert.Equal("DATA_MESSAGE", data.MessageType);
        Assert.Equal("123456789123", data.Owner);
        Assert.Equal("testLogGroup", data.LogGroup);
        Assert.Equal("testLogStream", data.LogStream);
        Assert.Equal(["testFilter"], data.SubscriptionFilters);
        Assert.Null(data.PolicyLevel);
        Assert.Equal(2, data.LogEvents.Count);
        Assert.Equal("eventId2", data.LogEvents[1].Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1440442987001), data.LogEvents[1].Timestamp);
        Assert.Equal("[ERROR] Second test message", data.LogEvents[1].Message);
        Assert.Null(data.LogEvents[1].ExtractedFields);
    }

    [Fact]
    public void The_hand_written_reader_agrees_with_system_text_json_and_the_generated_reader()
    {
        var json = EventSamples.Read<CloudWatchLogsEvent>("cloudwatch-logs.json").DecodeJson();
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);

        var ours = CloudWatchLogsDataJsonOf(json);
        var stj = JsonSerializer.Deserialize<CloudWatchLogsData>(json, Stj)!;
        var generated = (CloudWatchLogsData)corpus.Read(typeof(CloudWatchLogsData), Encoding.UTF8.GetString(json))!;

        Assert.Equal(JsonSerializer.Serialize(stj, Stj), JsonSerializer.Serialize(ours, Stj));
        Assert.Equal(JsonSerializer.Serialize(generated, Stj), JsonSerializer.Serialize(ours, Stj));
    }

    [Fact]
    public void An_event_built_from_log_data_decodes_to_the_same_data()
    {
        var data = new CloudWatchLogsData
        {
            MessageType = "DATA_MESSAGE",
            Owner = "111122223333",
            LogGroup = "/aws/lambda/orders",
            LogStream = "2024/01/01/[$LATEST]abc",
            SubscriptionFilters = ["errors", "all"],
            LogEvents =
            [
                new() { Id = "1", Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(1700000000123), Message = "café \"quoted\"\n", ExtractedFields = new Dictionary<string, string> { ["level"] = "ERROR" } },
                new() { Id = "2", Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(1700000000124), Message = "" },
            ],
            PolicyLevel = "ACCOUNT_LEVEL_POLICY",
        };

        var decoded = CloudWatchLogsEvent.From(data).Decode();

        Assert.Equal(JsonSerializer.Serialize(data, Stj), JsonSerializer.Serialize(decoded, Stj));
    }

    [Fact]
    public void A_control_message_and_members_the_reader_does_not_know_read()
    {
        const string json = """
            {"messageType":"CONTROL_MESSAGE","OWNER":"CloudwatchLogs","logGroup":"","logStream":"","subscriptionFilters":[],
             "logEvents":[{"id":"","timestamp":1432826855000,"message":"CWL CONTROL MESSAGE: Checking health of destination Firehose.","extra":{"a":[1,{"b":null}]}}],
             "somethingNew":[true]}
            """;

        var data = CloudWatchLogsDataJsonOf(Encoding.UTF8.GetBytes(json));

        Assert.Equal("CONTROL_MESSAGE", data.MessageType);
        Assert.Equal("CloudwatchLogs", data.Owner);
        Assert.StartsWith("CWL CONTROL MESSAGE", Assert.Single(data.LogEvents).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"logEvents":[{"timestamp":"soon"}]}""", "Path: $.logEvents[0].timestamp")]
    [InlineData("""{"subscriptionFilters":[1]}""", "Expected a string, not Number. Path: $.subscriptionFilters[0]")]
    [InlineData("""{"logEvents":{}}""", "Expected an array, not StartObject. Path: $.logEvents")]
    [InlineData("""{"owner":"a"}{}""", "invalid after a single JSON value")]
    [InlineData("""{"owner":""", "")]
    public void Malformed_log_data_fails_with_the_path(string json, string message)
    {
        var error = Assert.ThrowsAny<JsonException>(() => CloudWatchLogsDataJsonOf(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64!", "not base64")]
    [InlineData("SGVsbG8=", "not gzip")]
    public void A_payload_that_is_not_base64_gzip_fails_saying_which(string data, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => new CloudWatchLogsEvent { AwsLogs = new() { Data = data } }.Decode());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static CloudWatchLogsData CloudWatchLogsDataJsonOf(byte[] json)
    {
        // Through the public surface: gzip and base64 the JSON, then decode the event.
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(json);
        }

        return new CloudWatchLogsEvent { AwsLogs = new() { Data = Convert.ToBase64String(compressed.ToArray()) } }.Decode();
    }
}
