using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: AWS AppSync's direct Lambda resolver events (Cognito user pool, IAM, Lambda-authorized and
/// API-key callers; a pipeline step; a batch) and its Lambda authorizer's request and response, after the AppSync
/// developer guide's samples, keep every field through the generated reader and writer.
/// </summary>
public sealed class AppSyncEventTests
{
    private const string Batch = "IReadOnlyList<AppSyncResolverEvent>";
    private const string Typed = "AppSyncResolverEvent<CommentsArguments>";

    private static readonly (string Sample, string Root)[] Samples =
    [
        ("appsync-resolver-cognito.json", nameof(AppSyncResolverEvent)),
        ("appsync-resolver-lambda-authorizer.json", nameof(AppSyncResolverEvent)),
        ("appsync-resolver-iam-pipeline.json", nameof(AppSyncResolverEvent)),
        ("appsync-resolver-api-key.json", nameof(AppSyncResolverEvent)),
        ("appsync-resolver-iam-user.json", nameof(AppSyncResolverEvent)),
        ("appsync-resolver-oidc.json", nameof(AppSyncResolverEvent)),
        ("appsync-resolver-cognito-access-token.json", nameof(AppSyncResolverEvent)),
        ("appsync-resolver-iam-pipeline.json", Typed),
        ("appsync-resolver-batch.json", Batch),
        ("appsync-resolver-batch-no-request.json", Batch),
        ("appsync-authorizer-request.json", nameof(AppSyncAuthorizerRequest)),
        ("appsync-authorizer-request-query-document.json", nameof(AppSyncAuthorizerRequest)),
        ("appsync-authorizer-response.json", nameof(AppSyncAuthorizerResponse)),
        ("appsync-authorizer-response-denied-fields.json", nameof(AppSyncAuthorizerResponse)),
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
    public void A_cognito_caller_reads_its_claims_groups_and_the_query()
    {
        var resolver = EventSamples.Read<AppSyncResolverEvent>("appsync-resolver-cognito.json");

        Assert.Equal("my identifier", resolver.Arguments.GetProperty("id").GetString());
        var identity = resolver.Identity!;
        Assert.Equal("jdoe", identity.Username);
        Assert.Equal("ALLOW", identity.DefaultAuthStrategy);
        Assert.Null(identity.Groups);
        Assert.Equal(["1.1.1.1"], identity.SourceIp);
        Assert.True(identity.Claims!["email_verified"].GetBoolean());
        Assert.Equal(1599154213, identity.Claims["auth_time"].GetInt64());
        Assert.Null(identity.AccountId);
        Assert.Null(resolver.Source);
        Assert.Null(resolver.Prev);
        Assert.Equal("createSomething", resolver.Info!.FieldName);
        Assert.Equal(["id", "field1", "field2"], resolver.Info!.SelectionSetList);
        Assert.Equal("*/*", resolver.Request!.Headers["accept"]);
        Assert.Null(resolver.Request!.DomainName);
        Assert.Empty(resolver.Stash!);
    }

    [Fact]
    public void An_iam_caller_in_a_pipeline_reads_its_source_previous_result_and_stash()
    {
        var resolver = EventSamples.Read<AppSyncResolverEvent>("appsync-resolver-iam-pipeline.json");

        var identity = resolver.Identity!;
        Assert.Equal("012345678901", identity.AccountId);
        Assert.Equal("authenticated", identity.CognitoIdentityAuthType);
        Assert.Equal(["11.215.2.22", "64.44.173.11"], identity.SourceIp);
        Assert.Null(identity.Claims);
        Assert.Equal("author-7", resolver.Source!.Value.GetProperty("authorId").GetString());
        Assert.True(resolver.Prev!.Value.GetProperty("result").GetProperty("allowed").GetBoolean());
        Assert.Equal(2, resolver.Stash!["checks"].GetInt32());
        Assert.Equal("post-1", resolver.Info!.Variables!["postId"].GetString());
        Assert.Equal("api.example.com", resolver.Request!.DomainName);
        Assert.Equal("AIDAAAAAAAAAAAAAAAAAA", EventSamples.Read<AppSyncResolverEvent>("appsync-resolver-iam-user.json").Identity!.User);
    }

    [Fact]
    public void An_api_key_caller_has_no_identity_and_an_oidc_caller_its_groups_and_claims()
    {
        var apiKey = EventSamples.Read<AppSyncResolverEvent>("appsync-resolver-api-key.json");
        var oidc = EventSamples.Read<AppSyncResolverEvent>("appsync-resolver-oidc.json");
        var access = EventSamples.Read<AppSyncResolverEvent>("appsync-resolver-cognito-access-token.json");

        Assert.Null(apiKey.Identity);
        Assert.Equal("Support Ticket Test", apiKey.Arguments.GetProperty("input").GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Object, apiKey.Info!.Variables!["input"].ValueKind);
        Assert.Equal(["admin"], oidc.Identity!.Groups);
        Assert.Null(oidc.Identity.SourceIp);
        Assert.Equal("458vq6091kg88r4qurfnxxxxx", oidc.Identity.Claims!["client_id"].GetString());
        Assert.Equal(JsonValueKind.Array, access.Identity!.Claims!["cognito:groups"].ValueKind);
        Assert.Equal(2, access.Identity.Claims["version"].GetInt32());
    }

    [Fact]
    public void An_authorizer_request_whose_query_comes_as_query_document_reads_the_same_query()
    {
        var request = EventSamples.Read<AppSyncAuthorizerRequest>("appsync-authorizer-request-query-document.json");

        Assert.Null(request.RequestContext.QueryString);
        Assert.StartsWith("mutation MyNewTask", request.RequestContext.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lambda_authorized_caller_reads_its_resolver_context()
    {
        var resolver = EventSamples.Read<AppSyncResolverEvent>("appsync-resolver-lambda-authorizer.json");

        Assert.Equal("123456789", resolver.Identity!.ResolverContext!["userId"].GetString());
        Assert.Null(resolver.Identity.Sub);
        Assert.Null(resolver.Info!.Variables);
    }

    [Fact]
    public void Typed_arguments_read_into_the_users_type()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var type = RootType(corpus, Typed);

        var value = corpus.Read(type, EventSamples.Sample("appsync-resolver-iam-pipeline.json"))!;
        var arguments = type.GetProperty("Arguments")!.GetValue(value)!;

        Assert.Equal(10, arguments.GetType().GetProperty("First")!.GetValue(arguments));
        Assert.Null(arguments.GetType().GetProperty("After")!.GetValue(arguments));
    }

    [Fact]
    public void A_batch_reads_one_event_per_source_object_in_order()
    {
        var batch = Assert.IsAssignableFrom<IReadOnlyList<AppSyncResolverEvent>>(
            EventCorpus.Get(EventCorpus.DefaultName).Read(typeof(IReadOnlyList<AppSyncResolverEvent>), EventSamples.Sample("appsync-resolver-batch.json")));

        Assert.Equal(2, batch.Count);
        Assert.Equal(["post-1", "post-2"], batch.Select(item => item.Source!.Value.GetProperty("id").GetString()));
        Assert.All(batch, item => Assert.Null(item.Identity));
        Assert.Equal(JsonValueKind.Object, batch[0].Arguments.ValueKind);
    }

    [Fact]
    public void Batch_items_without_request_or_source_write_back_without_them()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var batch = Assert.IsAssignableFrom<IReadOnlyList<AppSyncResolverEvent>>(
            corpus.Read(typeof(IReadOnlyList<AppSyncResolverEvent>), EventSamples.Sample("appsync-resolver-batch-no-request.json")));

        var written = System.Text.Json.Nodes.JsonNode.Parse(corpus.Write(typeof(IReadOnlyList<AppSyncResolverEvent>), batch))!;

        Assert.All(batch, item => Assert.Null(item.Request));
        Assert.Equal("jdoe", batch[1].Identity!.Username);
        Assert.False(written[0]!.AsObject().ContainsKey("request"));
        Assert.Equal("2", batch[1].Arguments.GetProperty("user_id").GetString());
    }

    [Fact]
    public void An_authorizer_request_reads_the_operation_and_its_response_the_denied_fields()
    {
        var request = EventSamples.Read<AppSyncAuthorizerRequest>("appsync-authorizer-request.json");
        var allowed = EventSamples.Read<AppSyncAuthorizerResponse>("appsync-authorizer-response.json");
        var limited = EventSamples.Read<AppSyncAuthorizerResponse>("appsync-authorizer-response-denied-fields.json");

        Assert.Equal("ExampleAUTHtoken123123123", request.AuthorizationToken);
        Assert.Equal("MyQuery", request.RequestContext.OperationName);
        Assert.Equal("111122223333", request.RequestContext.AccountId);
        Assert.StartsWith("mutation CreateEvent", request.RequestContext.Query, StringComparison.Ordinal);
        Assert.Null(request.RequestContext.QueryDocument);
        Assert.Empty(request.RequestContext.Variables!);
        Assert.Equal("application/json", request.RequestHeaders!["content-type"]);
        Assert.True(allowed.IsAuthorized);
        Assert.Equal("very yellow", allowed.ResolverContext!["banana"].GetString());
        Assert.Null(allowed.DeniedFields);
        Assert.Null(allowed.TtlOverride);
        Assert.Equal(10, limited.TtlOverride);
        Assert.Equal("Mutation.createEvent", limited.DeniedFields![1]);
    }

    private static Type RootType(EventCorpus corpus, string root) => root switch
    {
        Batch => typeof(IReadOnlyList<AppSyncResolverEvent>),
        Typed => typeof(AppSyncResolverEvent<>).MakeGenericType(corpus.Type("CommentsArguments")),
        _ => EventSamples.EventType(root),
    };
}
