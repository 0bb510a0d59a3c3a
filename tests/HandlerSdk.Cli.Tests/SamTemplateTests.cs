using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Template;

namespace HandlerSdk.Cli.Tests;

public sealed class SamTemplateTests
{
    private const string UserTemplate = """
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Globals:
          Function:
            Tracing: Active
        Parameters:
          Stage:
            Type: String
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Sub "${AWS::StackName}-data"
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              Subscription:
              - Endpoint: !GetAtt Queue.Arn
                Protocol: sqs
              DisplayName: !Ref Stage
        Outputs:
          BucketArn:
            Value: !GetAtt [Bucket, Arn]
        x-unknown-key:
          nested: [1, 2]

        """;

    private static readonly HandlerInfo[] Handlers =
    [
        new("Hello", "HelloWorld.Greeter.HelloAsync", 10, 256),
        new("say-goodbye", "HelloWorld.Greeter.GoodbyeAsync", 0, 0),
    ];

    [Fact]
    public void Keeps_unknown_resources_keys_and_intrinsic_tags()
    {
        var yaml = SamTemplate.Update(UserTemplate, Handlers, TargetArchitecture.X64, "bin/function.zip");

        Assert.Contains("BucketName: !Sub \"${AWS::StackName}-data\"", yaml, StringComparison.Ordinal);
        Assert.Contains("- Endpoint: !GetAtt Queue.Arn", yaml, StringComparison.Ordinal);
        Assert.Contains("DisplayName: !Ref Stage", yaml, StringComparison.Ordinal);
        Assert.Contains("Value: !GetAtt [Bucket, Arn]", yaml, StringComparison.Ordinal);
        Assert.Contains("x-unknown-key:\n  nested: [1, 2]", yaml, StringComparison.Ordinal);
        Assert.Contains("Globals:\n  Function:\n    Tracing: Active", yaml, StringComparison.Ordinal);
        Assert.StartsWith("AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_one_marked_function_per_handler_with_attribute_values_and_leaves_unset_ones_to_globals()
    {
        var yaml = SamTemplate.Update(null, Handlers, TargetArchitecture.Arm64, "bin/function.zip");

        Assert.Equal(
            """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: provided.al2023
                  Handler: Hello
                  CodeUri: bin/function.zip
                  Architectures:
                  - arm64
                  MemorySize: 256
                  Timeout: 10
                Metadata:
                  HandlerSdk: true
              SayGoodbye:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: provided.al2023
                  Handler: say-goodbye
                  CodeUri: bin/function.zip
                  Architectures:
                  - arm64
                Metadata:
                  HandlerSdk: true

            """.ReplaceLineEndings("\n"),
            yaml.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Updates_its_own_functions_keeps_user_added_properties_and_drops_functions_of_removed_handlers()
    {
        var first = SamTemplate.Update(UserTemplate, Handlers, TargetArchitecture.X64, "old.zip");
        var edited = first.Replace("      Handler: Hello\n", "      Handler: Hello\n      Environment:\n        Variables:\n          TABLE: !Ref Table\n", StringComparison.Ordinal);

        var second = SamTemplate.Update(edited, [Handlers[0] with { TimeoutSeconds = 30 }], TargetArchitecture.Arm64, "new.zip");

        Assert.Contains("TABLE: !Ref Table", second, StringComparison.Ordinal);
        Assert.Contains("Timeout: 30", second, StringComparison.Ordinal);
        Assert.Contains("CodeUri: new.zip", second, StringComparison.Ordinal);
        Assert.DoesNotContain("old.zip", second, StringComparison.Ordinal);
        Assert.DoesNotContain("SayGoodbye", second, StringComparison.Ordinal);
        Assert.Contains("  Bucket:\n", second, StringComparison.Ordinal);
        Assert.Equal(2, second.Split("Type: AWS::Serverless::Function").Length);
    }

    [Fact]
    public void A_resource_of_the_same_name_that_hsdk_did_not_create_is_not_overwritten()
    {
        var template = "Resources:\n  Hello:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: mine\n";

        var error = Assert.Throws<UserErrorException>(() => SamTemplate.Update(template, Handlers, TargetArchitecture.X64, "f.zip"));

        Assert.Contains("'Hello'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_is_a_user_error()
    {
        var error = Assert.Throws<UserErrorException>(() => SamTemplate.Update("Resources: [unclosed", Handlers, TargetArchitecture.X64, "f.zip"));

        Assert.StartsWith("the template is not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello", "Hello")]
    [InlineData("say-goodbye", "SayGoodbye")]
    [InlineData("orders.place_order", "OrdersPlaceOrder")]
    [InlineData("2fa", "Function2fa")]
    public void Logical_ids_are_pascal_case_alphanumeric(string handler, string id) =>
        Assert.Equal(id, LogicalIds.FromHandlerName(handler));
}
