using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: Amazon S3 Batch Operations' Lambda events (schemas 1.0 and 2.0, an encoded key) and the
/// responses a function returns, after the S3 user guide's and the Go SDK's samples, keep every field through the
/// generated reader and writer; the key decodes as S3 encoded it.
/// </summary>
public sealed class S3BatchEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("s3batch-1.0.json", nameof(S3BatchOperationsEvent)),
        ("s3batch-2.0.json", nameof(S3BatchOperationsEvent)),
        ("s3batch-encoded-key.json", nameof(S3BatchOperationsEvent)),
        ("s3batch-2.0-user-arguments.json", nameof(S3BatchOperationsEvent)),
        ("s3batch-response.json", nameof(S3BatchOperationsResponse)),
        ("s3batch-response-failures.json", nameof(S3BatchOperationsResponse)),
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
    public void Schema_1_0_names_the_bucket_by_arn_and_has_no_user_arguments()
    {
        var batch = EventSamples.Read<S3BatchOperationsEvent>("s3batch-1.0.json");

        var task = Assert.Single(batch.Tasks);
        Assert.Equal("1.0", batch.InvocationSchemaVersion);
        Assert.Null(batch.Job.UserArguments);
        Assert.Equal("arn:aws:s3:us-east-1:0123456788:awsexamplebucket", task.S3BucketArn);
        Assert.Null(task.S3Bucket);
        Assert.Equal("awsexamplebucket", task.BucketName);
        Assert.Equal("1", task.S3VersionId);
        Assert.Equal("customerImage1.jpg", task.DecodedS3Key);
    }

    [Fact]
    public void Schema_2_0_names_the_bucket_and_carries_user_arguments()
    {
        var batch = EventSamples.Read<S3BatchOperationsEvent>("s3batch-2.0.json");

        var task = Assert.Single(batch.Tasks);
        Assert.Equal("v2", batch.Job.UserArguments!["k2"]);
        Assert.Equal("powertools-dataset", task.BucketName);
        Assert.Null(task.S3BucketArn);
        Assert.Null(task.S3VersionId);
    }

    [Fact]
    public void An_encoded_key_decodes_plus_signs_and_utf8_escapes()
    {
        var task = EventSamples.Read<S3BatchOperationsEvent>("s3batch-encoded-key.json").Tasks[0];

        Assert.Equal("reports/caf%C3%A9+menu+%2B+prices.pdf", task.S3Key);
        Assert.Equal("reports/café menu + prices.pdf", task.DecodedS3Key);
    }

    [Fact]
    public void A_response_reads_its_results()
    {
        var response = EventSamples.Read<S3BatchOperationsResponse>("s3batch-response-failures.json");

        Assert.Equal("TemporaryFailure", response.TreatMissingKeysAs);
        var result = Assert.Single(response.Results);
        Assert.Equal("TemporaryFailure", result.ResultCode);
        Assert.Equal("dGFzay0y", result.TaskId);
    }

    [Fact]
    public void A_response_built_for_an_event_carries_back_its_version_id_and_task_ids()
    {
        var batch = EventSamples.Read<S3BatchOperationsEvent>("s3batch-2.0.json");
        var task = batch.Tasks[0];

        var response = S3BatchOperationsResponse.For(
            batch,
            S3BatchOperationsResult.Succeeded(task, "done"),
            S3BatchOperationsResult.TemporaryFailure(task),
            S3BatchOperationsResult.PermanentFailure(task, "gone"));
        var written = EventCorpus.Get(EventCorpus.DefaultName).Write(typeof(S3BatchOperationsResponse), response);

        JsonSemantics.AssertSame(
            """
            {"invocationSchemaVersion":"2.0","invocationId":"YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo","results":[
              {"taskId":"dGFza2lkZ29lc2hlcmUK","resultCode":"Succeeded","resultString":"done"},
              {"taskId":"dGFza2lkZ29lc2hlcmUK","resultCode":"TemporaryFailure"},
              {"taskId":"dGFza2lkZ29lc2hlcmUK","resultCode":"PermanentFailure","resultString":"gone"}]}
            """,
            written);
    }

    [Fact]
    public void The_documented_handler_answers_every_task_with_its_decoded_key()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var tag = corpus.Type("ServicesBExamples").GetMethod("Tag")!;
        var batch = EventSamples.Read<S3BatchOperationsEvent>("s3batch-encoded-key.json");

        var response = Assert.IsType<S3BatchOperationsResponse>(tag.Invoke(null, [batch]));

        Assert.Equal(batch.InvocationId, response.InvocationId);
        Assert.Equal("reports/café menu + prices.pdf", Assert.Single(response.Results).ResultString);
    }
}
