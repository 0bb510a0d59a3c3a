using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: CloudFormation custom resource requests (create, update, delete; properties as JSON and as the
/// user's record) and responses, read and written back by the generated code.
/// </summary>
public sealed class CloudFormationEventTests
{
    private const string Typed = "CloudFormationCustomResourceRequest<ResourceKeys>";

    private static readonly (string Sample, string Root)[] Samples =
    [
        ("cloudformation-create.json", nameof(CloudFormationCustomResourceRequest)),
        ("cloudformation-update.json", nameof(CloudFormationCustomResourceRequest)),
        ("cloudformation-delete.json", nameof(CloudFormationCustomResourceRequest)),
        ("cloudformation-update.json", Typed),
        ("cloudformation-delete.json", Typed),
        ("cloudformation-response-success.json", nameof(CloudFormationCustomResourceResponse)),
        ("cloudformation-response-failed.json", nameof(CloudFormationCustomResourceResponse)),
        ("cloudformation-provider-update.json", nameof(CloudFormationCustomResourceRequest)),
        ("cloudformation-provider-update.json", Typed),
        ("cloudformation-provider-response.json", nameof(CloudFormationCustomResourceResponse)),
    ];

    public static TheoryData<string, string, string> Cases() => EventSamples.Cases(Samples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_reader_and_writer_keep_every_field_of_the_sample(string corpusName, string sample, string root) =>
        EventSamples.AssertRoundTrip(corpusName, sample, RootType(EventCorpus.Get(corpusName), root));

    [Theory]
    [MemberData(nameof(Cases))]
    public void System_Text_Json_reads_the_sample_to_the_values_ours_reads(string corpusName, string sample, string root) =>
        EventSamples.AssertSystemTextJsonAgrees(corpusName, sample, RootType(EventCorpus.Get(corpusName), root));

    [Fact]
    public void A_create_request_reads_its_ids_and_properties_and_has_no_physical_id_yet()
    {
        var create = EventSamples.Read<CloudFormationCustomResourceRequest>("cloudformation-create.json");

        Assert.Equal("Create", create.RequestType);
        Assert.Equal("http://pre-signed-S3-url-for-response", create.ResponseUrl);
        Assert.Equal("Custom::TestResource", create.ResourceType);
        Assert.Equal("MyTestResource", create.LogicalResourceId);
        Assert.Null(create.PhysicalResourceId);
        Assert.Null(create.ServiceToken);
        Assert.Equal("Value", create.ResourceProperties.GetProperty("Name").GetString());
        Assert.Equal(JsonValueKind.Undefined, create.OldResourceProperties.ValueKind);
    }

    [Fact]
    public void An_update_request_reads_old_and_new_properties_into_the_users_type()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var type = RootType(corpus, Typed);

        var update = corpus.Read(type, EventSamples.Sample("cloudformation-update.json"))!;

        dynamic typed = update;
        Assert.Equal("Update", (string)typed.RequestType);
        Assert.Equal("custom-resource-f4bd5382-3de3-4caf-b7ad-1be06b899647", (string)typed.PhysicalResourceId);
        Assert.Equal("arn:aws:lambda:eu-west-2:123456789012:function:custom-resource-handler", (string)typed.ServiceToken);
        Assert.Equal("new-string", (string)typed.ResourceProperties.Key1);
        Assert.Equal("map", (string)typed.OldResourceProperties.Key3["Key4"]);
        Assert.Equal("list", (string)typed.OldResourceProperties.Key2[0]);
    }

    [Fact]
    public void A_delete_request_has_no_old_properties_and_writes_none()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var delete = EventSamples.Read<CloudFormationCustomResourceRequest>("cloudformation-delete.json");

        var written = JsonDocument.Parse(corpus.Write(typeof(CloudFormationCustomResourceRequest), delete)).RootElement;

        Assert.Equal("Delete", delete.RequestType);
        Assert.False(written.TryGetProperty("OldResourceProperties", out _));
        Assert.Equal("string", written.GetProperty("ResourceProperties").GetProperty("Key1").GetString());
    }

    [Fact]
    public void Succeed_and_fail_answer_with_the_requests_ids()
    {
        var update = EventSamples.Read<CloudFormationCustomResourceRequest>("cloudformation-update.json");
        var create = EventSamples.Read<CloudFormationCustomResourceRequest>("cloudformation-create.json");

        var success = update.Succeed(update.PhysicalResourceId!, new Dictionary<string, string> { ["Endpoint"] = "db.example.com" }, noEcho: true);
        var failure = create.Fail("quota exceeded");

        Assert.Equal(CloudFormationCustomResourceResponse.Success, success.Status);
        Assert.Equal(update.StackId, success.StackId);
        Assert.Equal(update.RequestId, success.RequestId);
        Assert.Equal("CustomResource", success.LogicalResourceId);
        Assert.Equal("custom-resource-f4bd5382-3de3-4caf-b7ad-1be06b899647", success.PhysicalResourceId);
        Assert.Equal(true, success.NoEcho);
        Assert.Equal("db.example.com", success.Data!["Endpoint"]);
        Assert.Equal(CloudFormationCustomResourceResponse.Failed, failure.Status);
        Assert.Equal("quota exceeded", failure.Reason);
        Assert.Equal("MyTestResource", failure.PhysicalResourceId);
        Assert.Null(update.Succeed("id").NoEcho);
    }

    [Fact]
    public void A_response_reads_its_status_reason_and_data()
    {
        var failed = EventSamples.Read<CloudFormationCustomResourceResponse>("cloudformation-response-failed.json");
        var succeeded = EventSamples.Read<CloudFormationCustomResourceResponse>("cloudformation-response-success.json");

        Assert.Equal("FAILED", failed.Status);
        Assert.Equal("This is a test failure.", failed.Reason);
        Assert.Equal(false, failed.NoEcho);
        Assert.Equal("c", failed.Data!["Key3"]);
        Assert.Null(succeeded.Reason);
        Assert.Null(succeeded.NoEcho);
        Assert.Equal("Value2", succeeded.Data!["OutputName2"]);
    }

    [Fact]
    public void The_cdk_provider_framework_shapes_have_no_response_url_and_answer_with_the_id_and_data_only()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var request = EventSamples.Read<CloudFormationCustomResourceRequest>("cloudformation-provider-update.json");
        var answer = new CloudFormationCustomResourceResponse
        {
            PhysicalResourceId = request.PhysicalResourceId,
            Data = new Dictionary<string, string> { ["Key1"] = "a" },
        };

        var written = corpus.Write(typeof(CloudFormationCustomResourceResponse), answer);

        Assert.Null(request.ResponseUrl);
        Assert.Equal("Update", request.RequestType);
        Assert.Equal("{\"PhysicalResourceId\":\"custom-resource-f4bd5382-3de3-4caf-b7ad-1be06b899647\",\"Data\":{\"Key1\":\"a\"}}", written);
    }

    private static Type RootType(EventCorpus corpus, string root) => root switch
    {
        Typed => typeof(CloudFormationCustomResourceRequest<>).MakeGenericType(corpus.Type("ResourceKeys")),
        _ => EventSamples.EventType(root),
    };
}
