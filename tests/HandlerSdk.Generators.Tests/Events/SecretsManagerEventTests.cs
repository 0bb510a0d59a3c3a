using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>Issue 10, item 1: Secrets Manager rotation events, with and without a rotation token, read and written back.</summary>
public sealed class SecretsManagerEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("secretsmanager-rotation.json", nameof(SecretsManagerRotationEvent)),
        ("secretsmanager-rotation-token.json", nameof(SecretsManagerRotationEvent)),
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
    public void A_rotation_step_reads_its_secret_token_and_optional_rotation_token()
    {
        var create = EventSamples.Read<SecretsManagerRotationEvent>("secretsmanager-rotation.json");
        var finish = EventSamples.Read<SecretsManagerRotationEvent>("secretsmanager-rotation-token.json");

        Assert.Equal("createSecret", create.Step);
        Assert.Equal("arn:aws:secretsmanager:us-east-1:111122223333:secret:id-ABCD1E", create.SecretId);
        Assert.Equal("1ab23456-cde7-8912-34fg-h56i78j9k12l", create.ClientRequestToken);
        Assert.Null(create.RotationToken);
        Assert.Equal("finishSecret", finish.Step);
        Assert.Equal("EXAMPLE2-90ab-cdef-fedc-ba987ROTATION2", finish.RotationToken);
    }

    [Theory]
    [InlineData("createSecret", SecretsManagerRotationStep.CreateSecret)]
    [InlineData("CreateSecret", SecretsManagerRotationStep.CreateSecret)]
    [InlineData("setSecret", SecretsManagerRotationStep.SetSecret)]
    [InlineData("testSecret", SecretsManagerRotationStep.TestSecret)]
    [InlineData("finishSecret", SecretsManagerRotationStep.FinishSecret)]
    public void The_step_reads_as_an_enum_whatever_its_case(string step, SecretsManagerRotationStep expected) =>
        Assert.Equal(expected, new SecretsManagerRotationEvent { Step = step }.GetRotationStep());

    [Fact]
    public void An_unknown_step_is_named()
    {
        var error = Assert.Throws<FormatException>(() => new SecretsManagerRotationEvent { Step = "rotateSecret" }.GetRotationStep());

        Assert.Contains("'rotateSecret'", error.Message, StringComparison.Ordinal);
    }
}
