using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: API Gateway's Lambda authorizer events (REST TOKEN and REQUEST, HTTP API payload formats 1.0
/// and 2.0) and the responses an authorizer returns (IAM policy, HTTP API simple), after the API Gateway developer
/// guide's samples, keep every field through the generated reader and writer.
/// </summary>
public sealed class ApiGatewayAuthorizerEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("apigateway-authorizer-token.json", nameof(ApiGatewayTokenAuthorizerRequest)),
        ("apigateway-authorizer-request.json", nameof(ApiGatewayRequestAuthorizerRequest)),
        ("apigateway-authorizer-request-mtls.json", nameof(ApiGatewayRequestAuthorizerRequest)),
        ("apigateway-authorizer-request-full-context.json", nameof(ApiGatewayRequestAuthorizerRequest)),
        ("apigateway-authorizer-http-v1.json", nameof(ApiGatewayRequestAuthorizerRequest)),
        ("apigateway-authorizer-http-v1-header-case.json", nameof(ApiGatewayRequestAuthorizerRequest)),
        ("apigateway-authorizer-websocket-connect.json", nameof(ApiGatewayRequestAuthorizerRequest)),
        ("apigateway-authorizer-http-v2.json", nameof(ApiGatewayHttpAuthorizerRequest)),
        ("apigateway-authorizer-http-v2-no-mtls.json", nameof(ApiGatewayHttpAuthorizerRequest)),
        ("apigateway-authorizer-response-usage-key.json", nameof(ApiGatewayAuthorizerResponse)),
        ("apigateway-authorizer-response-condition.json", nameof(ApiGatewayAuthorizerResponse)),
        ("apigateway-authorizer-response.json", nameof(ApiGatewayAuthorizerResponse)),
        ("apigateway-authorizer-response-lists.json", nameof(ApiGatewayAuthorizerResponse)),
        ("apigateway-authorizer-simple-response.json", nameof(ApiGatewayHttpSimpleAuthorizerResponse)),
        ("apigateway-authorizer-simple-response-denied.json", nameof(ApiGatewayHttpSimpleAuthorizerResponse)),
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
    public void A_token_request_reads_its_token_and_method()
    {
        var request = EventSamples.Read<ApiGatewayTokenAuthorizerRequest>("apigateway-authorizer-token.json");

        Assert.Equal("TOKEN", request.Type);
        Assert.Equal("allow", request.AuthorizationToken);
        Assert.Equal("arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/", request.MethodArn);
    }

    [Fact]
    public void A_rest_request_reads_headers_query_strings_and_its_context()
    {
        var request = EventSamples.Read<ApiGatewayRequestAuthorizerRequest>("apigateway-authorizer-request.json");

        Assert.Null(request.Version);
        Assert.Equal("GET", request.HttpMethod);
        Assert.Equal("headerValue1", request.Headers!["HeaderAuth1"]);
        Assert.Equal(["no-cache"], request.MultiValueHeaders!["cache-control"]);
        Assert.Equal("queryValue1", request.QueryStringParameters!["QueryString1"]);
        Assert.Equal(["queryValue1"], request.MultiValueQueryStringParameters!["QueryString1"]);
        Assert.Empty(request.PathParameters!);
        Assert.Equal("stageValue1", request.StageVariables!["StageVar1"]);
        Assert.Equal("s4x3opwd6i", request.RequestContext.ApiId);
        Assert.Equal("05c7jb", request.RequestContext.ResourceId);
        Assert.Equal("...", request.RequestContext.Identity.ApiKey);
        Assert.Null(request.RequestContext.Identity.ClientCert);
        Assert.Null(request.RequestContext.RequestTimeEpoch);
    }

    [Fact]
    public void A_rest_request_reads_its_full_context_its_epoch_time_and_null_maps()
    {
        var request = EventSamples.Read<ApiGatewayRequestAuthorizerRequest>("apigateway-authorizer-request-full-context.json");

        var context = request.RequestContext;
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1796455680000), context.RequestTimeEpoch);
        Assert.Equal("05/Dec/2026:07:28:00 +0000", context.RequestTime);
        Assert.Equal("HTTP/1.1", context.Protocol);
        Assert.Equal("/prod/orders/42", context.Path);
        Assert.Equal("curl/8.5.0", context.Identity.UserAgent);
        Assert.Null(context.Identity.CognitoIdentityId);
        Assert.Null(request.QueryStringParameters);
        Assert.Null(request.StageVariables);
        Assert.Equal("42", request.PathParameters!["id"]);
        Assert.Equal(["Bearer token-123"], request.MultiValueHeaders!["Authorization"]);
    }

    [Fact]
    public void Members_a_newer_payload_adds_are_kept_and_written_back()
    {
        var sample = System.Text.Json.Nodes.JsonNode.Parse(EventSamples.Sample("apigateway-authorizer-http-v2.json"))!;
        sample["requestContext"]!["http"]!["sourcePort"] = 53124;
        sample["newTopLevel"] = new System.Text.Json.Nodes.JsonObject { ["a"] = true };
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);

        var request = (ApiGatewayHttpAuthorizerRequest)corpus.Read(typeof(ApiGatewayHttpAuthorizerRequest), sample.ToJsonString())!;

        Assert.Equal(53124, request.RequestContext.Http.AdditionalProperties!["sourcePort"].GetInt32());
        JsonSemantics.AssertSame(sample.ToJsonString(), corpus.Write(typeof(ApiGatewayHttpAuthorizerRequest), request));
    }

    [Fact]
    public void A_websocket_connect_request_reads_its_connection_and_writes_back_no_rest_members()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var request = EventSamples.Read<ApiGatewayRequestAuthorizerRequest>("apigateway-authorizer-websocket-connect.json");

        var written = System.Text.Json.Nodes.JsonNode.Parse(corpus.Write(typeof(ApiGatewayRequestAuthorizerRequest), request))!;

        var context = request.RequestContext;
        Assert.Equal("$connect", context.RouteKey);
        Assert.Equal("CONNECT", context.EventType);
        Assert.Equal("FDmBIeapIAMCIQg=", context.ConnectionId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1737995987617), context.ConnectedAt);
        Assert.Null(request.Resource);
        Assert.Null(context.ResourcePath);
        Assert.False(written.AsObject().ContainsKey("resource"));
        Assert.False(written["requestContext"]!.AsObject().ContainsKey("accountId"));
    }

    [Fact]
    public void Headers_that_differ_only_in_case_keep_both_values()
    {
        var v1 = EventSamples.Read<ApiGatewayRequestAuthorizerRequest>("apigateway-authorizer-http-v1-header-case.json");
        var v2 = EventSamples.Read<ApiGatewayHttpAuthorizerRequest>("apigateway-authorizer-http-v2-no-mtls.json");

        Assert.Equal("*/*", v1.Headers!["Accept"]);
        Assert.Equal("application/json", v1.Headers["accept"]);
        Assert.Equal("value1", v2.Headers!["header1"]);
        Assert.Equal("Value1", v2.Headers["Header1"]);
        Assert.Null(v2.RequestContext.Authentication);
    }

    [Fact]
    public void An_http_api_v1_request_reads_its_version_identity_source_and_client_certificate()
    {
        var request = EventSamples.Read<ApiGatewayRequestAuthorizerRequest>("apigateway-authorizer-http-v1.json");

        Assert.Equal("1.0", request.Version);
        Assert.Equal("user1,123", request.IdentitySource);
        Assert.Equal("user1,123", request.AuthorizationToken);
        Assert.Null(request.MultiValueHeaders);
        var certificate = request.RequestContext.Identity.ClientCert;
        Assert.NotNull(certificate);
        Assert.Equal("www.example.com", certificate.SubjectDN);
        Assert.Equal("Aug  5 09:36:04 2021 GMT", certificate.Validity.NotAfter);
    }

    [Fact]
    public void An_http_api_v2_request_reads_its_route_identity_sources_and_http_details()
    {
        var request = EventSamples.Read<ApiGatewayHttpAuthorizerRequest>("apigateway-authorizer-http-v2.json");

        Assert.Equal("2.0", request.Version);
        Assert.Equal(["user1", "123"], request.IdentitySource);
        Assert.Equal("$default", request.RouteKey);
        Assert.Equal(["cookie1", "cookie2"], request.Cookies);
        Assert.Equal("value1,value2", request.QueryStringParameters!["parameter1"]);
        Assert.Equal("value1", request.PathParameters!["parameter1"]);
        var context = request.RequestContext;
        Assert.Equal("POST", context.Http.Method);
        Assert.Equal("HTTP/1.1", context.Http.Protocol);
        Assert.Equal("agent", context.Http.UserAgent);
        Assert.Equal("CERT_CONTENT", context.Authentication!.ClientCert!.ClientCertPem);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1583348638390), context.TimeEpoch);
    }

    [Fact]
    public void A_policy_reads_action_and_resource_as_lists_from_a_string_or_an_array()
    {
        var response = EventSamples.Read<ApiGatewayAuthorizerResponse>("apigateway-authorizer-response-lists.json");

        var allow = response.PolicyDocument.Statement[0];
        var deny = response.PolicyDocument.Statement[1];
        Assert.Equal(["execute-api:Invoke"], allow.GetActions());
        Assert.Equal(2, allow.GetResources().Count);
        Assert.Equal(JsonValueKind.Array, allow.Resource.ValueKind);
        Assert.Equal(["execute-api:Invoke"], deny.GetActions());
        Assert.Equal(["arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/DELETE/*"], deny.GetResources());
        Assert.Equal(123, response.Context!["numberKey"].GetInt32());
        Assert.True(response.Context["booleanKey"].GetBoolean());
        Assert.Null(response.UsageIdentifierKey);
    }

    [Fact]
    public void A_statement_reads_its_condition()
    {
        var statement = EventSamples.Read<ApiGatewayAuthorizerResponse>("apigateway-authorizer-response-condition.json").PolicyDocument.Statement[0];

        Assert.Equal("Deny", statement.Effect);
        Assert.Equal("xxx", statement.Condition!.Value.GetProperty("StringEquals").GetProperty("aws:SourceIp")[0].GetString());
        Assert.Null(statement.Sid);
    }

    [Fact]
    public void A_statement_built_for_one_resource_writes_strings_and_for_several_an_array()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var response = new ApiGatewayAuthorizerResponse
        {
            PrincipalId = "user-1",
            PolicyDocument = new()
            {
                Statement =
                [
                    ApiGatewayPolicyStatement.Create("Allow", "arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/orders"),
                    ApiGatewayPolicyStatement.Create("Deny", "arn:a", "arn:b"),
                ],
            },
        };

        var written = corpus.Write(typeof(ApiGatewayAuthorizerResponse), response);

        JsonSemantics.AssertSame(
            """
            {"principalId":"user-1","policyDocument":{"Version":"2012-10-17","Statement":[
              {"Action":"execute-api:Invoke","Effect":"Allow","Resource":"arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/orders"},
              {"Action":"execute-api:Invoke","Effect":"Deny","Resource":["arn:a","arn:b"]}]}}
            """,
            written);
    }

    [Fact]
    public void A_statement_refuses_an_effect_IAM_does_not_know_and_no_resources()
    {
        Assert.Contains("Allow or Deny", Assert.Throws<ArgumentException>(() => ApiGatewayPolicyStatement.Create("allow", "arn:a")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ApiGatewayPolicyStatement.Create("Deny"));
    }

    [Fact]
    public void An_action_that_is_neither_a_string_nor_strings_fails_clearly()
    {
        var statement = new ApiGatewayPolicyStatement { Action = JsonDocument.Parse("[\"execute-api:Invoke\", 3]").RootElement };

        Assert.Contains("Number", Assert.Throws<FormatException>(() => statement.GetActions()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_simple_response_reads_its_decision_and_context()
    {
        var allowed = EventSamples.Read<ApiGatewayHttpSimpleAuthorizerResponse>("apigateway-authorizer-simple-response.json");
        var denied = EventSamples.Read<ApiGatewayHttpSimpleAuthorizerResponse>("apigateway-authorizer-simple-response-denied.json");

        Assert.True(allowed.IsAuthorized);
        Assert.Equal("exampleValue", allowed.Context!["exampleKey"].GetString());
        Assert.False(denied.IsAuthorized);
        Assert.Null(denied.Context);
    }
}
