using System.Text;
using System.Text.Json.Nodes;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 11, item 1: the HTTP payload models (API Gateway REST v1 proxy, HTTP API payload formats 1.0 and 2.0, Lambda
/// function URLs, ALB targets in both header modes, WebSocket APIs), after the samples of the API Gateway and Lambda
/// developer guides and the AWS SDKs' test events, keep every field through the generated reader and writer, and
/// their helpers read headers, cookies and bodies as the gateways mean them.
/// </summary>
public sealed class HttpEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("apigw-v1-rest-proxy.json", nameof(ApiGatewayProxyRequest)),
        ("apigw-v1-rest-lambda-authorizer.json", nameof(ApiGatewayProxyRequest)),
        ("apigw-v1-rest-openapi-operation.json", nameof(ApiGatewayProxyRequest)),
        ("apigw-v1-rest-iam.json", nameof(ApiGatewayProxyRequest)),
        ("apigw-v1-rest-cognito-base64.json", nameof(ApiGatewayProxyRequest)),
        ("apigw-v1-http-api-payload-1.json", nameof(ApiGatewayProxyRequest)),
        ("apigw-v1-response.json", nameof(ApiGatewayProxyResponse)),
        ("apigw-v1-response-binary-cookies.json", nameof(ApiGatewayProxyResponse)),
        ("apigw-v2-docs.json", nameof(ApiGatewayHttpApiV2Request)),
        ("apigw-v2-jwt-authorizer.json", nameof(ApiGatewayHttpApiV2Request)),
        ("apigw-v2-iam-authorizer.json", nameof(ApiGatewayHttpApiV2Request)),
        ("apigw-v2-lambda-authorizer.json", nameof(ApiGatewayHttpApiV2Request)),
        ("apigw-v2-no-authorizer.json", nameof(ApiGatewayHttpApiV2Request)),
        ("apigw-v2-base64-body-route.json", nameof(ApiGatewayHttpApiV2Request)),
        ("apigw-v2-response.json", nameof(ApiGatewayHttpApiV2Response)),
        ("apigw-v2-response-binary.json", nameof(ApiGatewayHttpApiV2Response)),
        ("function-url-request.json", nameof(ApiGatewayHttpApiV2Request)),
        ("function-url-request-base64-no-auth.json", nameof(ApiGatewayHttpApiV2Request)),
        ("function-url-response.json", nameof(ApiGatewayHttpApiV2Response)),
        ("function-url-response-multi-value-headers.json", nameof(ApiGatewayHttpApiV2Response)),
        ("alb-request.json", nameof(AlbTargetRequest)),
        ("alb-request-multi-value.json", nameof(AlbTargetRequest)),
        ("alb-request-base64-body.json", nameof(AlbTargetRequest)),
        ("alb-response.json", nameof(AlbTargetResponse)),
        ("alb-response-multi-value-binary.json", nameof(AlbTargetResponse)),
        ("websocket-connect.json", nameof(ApiGatewayWebSocketRequest)),
        ("websocket-message.json", nameof(ApiGatewayWebSocketRequest)),
        ("websocket-message-binary.json", nameof(ApiGatewayWebSocketRequest)),
        ("websocket-disconnect.json", nameof(ApiGatewayWebSocketRequest)),
        ("websocket-response.json", nameof(ApiGatewayWebSocketResponse)),
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
    public void Every_http_sample_has_a_case()
    {
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Events", "Samples"), "*.json")
            .Select(Path.GetFileName)
            .Where(name => name!.StartsWith("apigw-v", StringComparison.Ordinal) || name.StartsWith("function-url-", StringComparison.Ordinal)
                || name.StartsWith("alb-", StringComparison.Ordinal) || name.StartsWith("websocket-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(samples, Samples.Select(s => s.Sample).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rest_request_reads_its_resource_multi_value_query_and_context()
    {
        var request = EventSamples.Read<ApiGatewayProxyRequest>("apigw-v1-rest-proxy.json");

        Assert.Null(request.Version);
        Assert.Equal("/{proxy+}", request.Resource);
        Assert.Equal("/hello/world", request.Path);
        Assert.Equal("POST", request.HttpMethod);
        Assert.Equal("hello/world", request.PathParameters!["proxy"]);
        Assert.Equal("me", request.QueryStringParameters!["multivalueName"]);
        Assert.Equal(["you", "me"], request.GetQueryValues("multivalueName"));
        Assert.Empty(request.GetQueryValues("MultivalueName"));
        Assert.Equal("stageVariableValue", request.StageVariables!["stageVariableName"]);
        Assert.Equal("roq9wj", request.RequestContext.ResourceId);
        Assert.Equal("192.168.196.186", request.RequestContext.Identity.SourceIp);
        Assert.Null(request.RequestContext.Identity.User);
        Assert.Null(request.RequestContext.Authorizer);
        Assert.False(request.IsBase64Encoded);
        Assert.Equal("{\r\n\t\"a\": 1\r\n}", Encoding.UTF8.GetString(request.GetBodyBytes()));
    }

    [Fact]
    public void Rest_headers_are_found_whatever_their_case_and_several_values_are_joined()
    {
        var rest = EventSamples.Read<ApiGatewayProxyRequest>("apigw-v1-rest-proxy.json");
        var http = EventSamples.Read<ApiGatewayProxyRequest>("apigw-v1-http-api-payload-1.json");

        Assert.Equal("application/json", rest.GetHeader("content-type"));
        Assert.Equal("no-cache", rest.GetHeader("Cache-Control"));
        Assert.Null(rest.GetHeader("x-missing"));
        Assert.Empty(rest.GetHeaderValues("x-missing"));
        Assert.Equal("value2", http.Headers!["Header2"]);
        Assert.Equal("value1,value2", http.GetHeader("header2"));
        Assert.Equal(["value1", "value2"], http.GetHeaderValues("HEADER2"));
    }

    [Fact]
    public void A_rest_request_reads_a_lambda_authorizers_principal_and_context_and_its_epoch_time()
    {
        var request = EventSamples.Read<ApiGatewayProxyRequest>("apigw-v1-rest-lambda-authorizer.json");

        var context = request.RequestContext;
        Assert.Equal("admin", context.Authorizer!["principalId"].GetString());
        Assert.Equal(1, context.Authorizer["clientId"].GetInt32());
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1589522469693), context.RequestTimeEpoch);
        Assert.Equal("15/May/2020:06:01:09 +0000", context.RequestTime);
        Assert.Equal("theApiKeyId", context.Identity.ApiKeyId);
        // Older REST payloads leave isBase64Encoded out; it stays out when written back.
        Assert.Null(request.IsBase64Encoded);
        Assert.False(JsonNode.Parse(EventCorpus.Get(EventCorpus.DefaultName).Write(typeof(ApiGatewayProxyRequest), request))!.AsObject().ContainsKey("isBase64Encoded"));
    }

    [Fact]
    public void A_rest_request_reads_its_operation_name_and_a_cognito_user_pools_claims()
    {
        var openApi = EventSamples.Read<ApiGatewayProxyRequest>("apigw-v1-rest-openapi-operation.json");
        var cognito = EventSamples.Read<ApiGatewayProxyRequest>("apigw-v1-rest-cognito-base64.json");

        Assert.Equal("HelloWorld", openApi.RequestContext.OperationName);
        Assert.Equal("HTTP/1.1", openApi.RequestContext.Protocol);
        var claims = cognito.RequestContext.Authorizer!["claims"];
        Assert.Equal("alice", claims.GetProperty("cognito:username").GetString());
        Assert.Equal("admins", claims.GetProperty("cognito:groups").GetString());
        Assert.Equal(["beach", "summer"], cognito.GetQueryValues("tag"));
    }

    [Fact]
    public void A_base64_rest_body_decodes_to_its_bytes()
    {
        var request = EventSamples.Read<ApiGatewayProxyRequest>("apigw-v1-rest-cognito-base64.json");

        var bytes = request.GetBodyBytes();

        Assert.True(request.IsBase64Encoded);
        Assert.Equal("image/png", request.GetHeader("content-type"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(70, bytes.Length);
    }

    [Fact]
    public void An_iam_rest_request_reads_the_callers_identity_and_null_maps()
    {
        var request = EventSamples.Read<ApiGatewayProxyRequest>("apigw-v1-rest-iam.json");

        var identity = request.RequestContext.Identity;
        Assert.Equal("arn:aws:iam::123456789012:user/alice", identity.UserArn);
        Assert.Equal("IAM_user_access_key", identity.AccessKey);
        Assert.Null(identity.CognitoIdentityId);
        Assert.Null(request.QueryStringParameters);
        Assert.Null(request.MultiValueQueryStringParameters);
        Assert.Null(request.Body);
        Assert.Empty(request.GetBodyBytes());
        Assert.Empty(request.GetQueryValues("anything"));
    }

    [Fact]
    public void An_http_api_payload_1_request_reads_its_version_null_authorizer_values_and_client_certificate()
    {
        var request = EventSamples.Read<ApiGatewayProxyRequest>("apigw-v1-http-api-payload-1.json");

        Assert.Equal("1.0", request.Version);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, request.RequestContext.Authorizer!["claims"].ValueKind);
        Assert.Equal("Example issuer", request.RequestContext.Identity.ClientCert!.IssuerDN);
        Assert.Null(request.RequestContext.ResourceId);
        Assert.Null(request.PathParameters);
        Assert.Equal("Hello from Lambda!", Encoding.UTF8.GetString(request.GetBodyBytes()));
    }

    [Fact]
    public void A_v2_request_reads_its_route_raw_path_cookies_and_http_details()
    {
        var request = EventSamples.Read<ApiGatewayHttpApiV2Request>("apigw-v2-docs.json");

        Assert.Equal("2.0", request.Version);
        Assert.Equal("$default", request.RouteKey);
        Assert.Equal("/my/path", request.RawPath);
        Assert.Equal("parameter1=value1&parameter1=value2&parameter2=value", request.RawQueryString);
        Assert.Equal(["cookie1", "cookie2"], request.Cookies);
        Assert.Equal("value1,value2", request.QueryStringParameters!["parameter1"]);
        Assert.Equal("value1,value2", request.GetHeader("header2"));
        Assert.Equal("value1", request.PathParameters!["parameter1"]);
        Assert.Equal("value2", request.StageVariables!["stageVariable2"]);
        var context = request.RequestContext;
        Assert.Equal("POST", context.Http.Method);
        Assert.Equal("12/Mar/2020:19:03:58 +0000", context.Time);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1583348638390), context.TimeEpoch);
        Assert.Equal("CERT_CONTENT", context.Authentication!.ClientCert!.ClientCertPem);
        Assert.Equal("Hello from Lambda", Encoding.UTF8.GetString(request.GetBodyBytes()));
    }

    [Fact]
    public void A_v2_request_reads_jwt_lambda_and_iam_authorizers()
    {
        var jwt = EventSamples.Read<ApiGatewayHttpApiV2Request>("apigw-v2-jwt-authorizer.json").RequestContext.Authorizer!;
        var lambda = EventSamples.Read<ApiGatewayHttpApiV2Request>("apigw-v2-lambda-authorizer.json").RequestContext.Authorizer!;
        var iam = EventSamples.Read<ApiGatewayHttpApiV2Request>("apigw-v2-iam-authorizer.json").RequestContext.Authorizer!;

        Assert.Equal("value1", jwt.Jwt!.Claims!["claim1"]);
        Assert.Equal(["scope1", "scope2"], jwt.Jwt.Scopes);
        Assert.Null(jwt.Lambda);
        Assert.Null(jwt.Iam);
        Assert.Equal("value", lambda.Lambda!["key"].GetString());
        Assert.Null(lambda.Jwt);
        Assert.Equal("ARIA2ZJZYVUEREEIHAKY", iam.Iam!.AccessKey);
        Assert.Equal("AwsOrgId", iam.Iam.PrincipalOrgId);
        Assert.Equal(["foo"], iam.Iam.CognitoIdentity!.Amr);
        Assert.Equal("us-east-1:4f291106-8703-466b-8f2b-3ecee1ca56ce", iam.Iam.CognitoIdentity.IdentityPoolId);
    }

    [Fact]
    public void A_v2_request_without_authorizer_body_or_cookies_reads_them_as_absent()
    {
        var request = EventSamples.Read<ApiGatewayHttpApiV2Request>("apigw-v2-no-authorizer.json");

        Assert.Null(request.RequestContext.Authorizer);
        Assert.Null(request.Cookies);
        Assert.Null(request.Body);
        Assert.Null(request.GetCookie("session"));
        Assert.Empty(request.GetBodyBytes());
        Assert.Equal("", request.RawQueryString);
        Assert.Equal("curl/7.58.0", request.GetHeader("User-Agent"));
    }

    [Fact]
    public void A_v2_request_decodes_its_base64_body_and_finds_cookies_by_exact_name()
    {
        var request = EventSamples.Read<ApiGatewayHttpApiV2Request>("apigw-v2-base64-body-route.json");

        Assert.True(request.IsBase64Encoded);
        Assert.Equal("%PDF-1.4\n%\u00c7\u00ec\u008f\u00a2\n%", Encoding.Latin1.GetString(request.GetBodyBytes()));
        Assert.Equal("abc123", request.GetCookie("session"));
        Assert.Equal("dark", request.GetCookie("theme"));
        Assert.Null(request.GetCookie("Session"));
        Assert.Equal("PUT /orders/{id}/attachment", request.RouteKey);
        Assert.Equal("receipt scan.pdf", request.QueryStringParameters!["name"]);
        Assert.Equal("[admins editors]", request.RequestContext.Authorizer!.Jwt!.Claims!["cognito:groups"]);
        Assert.Null(request.RequestContext.Authorizer.Jwt.Scopes);
    }

    [Fact]
    public void A_function_url_request_reads_the_v2_shape_with_its_iam_caller_and_null_members()
    {
        var signed = EventSamples.Read<ApiGatewayHttpApiV2Request>("function-url-request.json");
        var open = EventSamples.Read<ApiGatewayHttpApiV2Request>("function-url-request-base64-no-auth.json");

        Assert.Null(signed.RequestContext.Authentication);
        Assert.Equal("arn:aws:iam::111122223333:user/example-user", signed.RequestContext.Authorizer!.Iam!.UserArn);
        Assert.Null(signed.RequestContext.Authorizer.Iam.CognitoIdentity);
        Assert.Null(signed.PathParameters);
        Assert.Null(signed.StageVariables);
        Assert.Equal("<url-id>.lambda-url.us-west-2.on.aws", signed.RequestContext.DomainName);
        Assert.Null(open.RequestContext.Authorizer);
        Assert.Equal([0, 1, 2, 3, 0xFE, 0xFF, 0x80, 0x7F], open.GetBodyBytes());
    }

    [Fact]
    public void A_body_marked_base64_that_is_not_fails_naming_the_flag()
    {
        var request = new ApiGatewayHttpApiV2Request { Body = "not base64!", IsBase64Encoded = true };

        var error = Assert.Throws<FormatException>(() => request.GetBodyBytes());

        Assert.Contains("isBase64Encoded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_sent_in_two_cases_is_found_by_its_exact_name_first()
    {
        var request = new ApiGatewayProxyRequest
        {
            Headers = new Dictionary<string, string> { ["Accept"] = "*/*", ["accept"] = "application/json" },
        };

        Assert.Equal("*/*", request.GetHeader("Accept"));
        Assert.Equal("application/json", request.GetHeader("accept"));
        Assert.NotNull(request.GetHeader("ACCEPT"));
    }

    [Fact]
    public void A_cookie_is_found_in_a_list_item_holding_several_and_a_value_may_hold_equals_signs()
    {
        var request = new ApiGatewayHttpApiV2Request { Cookies = ["a=1; token=x=y==", " b = 2 "] };

        Assert.Equal("x=y==", request.GetCookie("token"));
        Assert.Equal("2", request.GetCookie("b"));
        Assert.Equal("1", request.GetCookie("a"));
        Assert.Null(request.GetCookie("x"));
    }

    [Fact]
    public void Responses_read_their_status_headers_cookies_and_bodies()
    {
        var v1 = EventSamples.Read<ApiGatewayProxyResponse>("apigw-v1-response-binary-cookies.json");
        var v2 = EventSamples.Read<ApiGatewayHttpApiV2Response>("function-url-response.json");
        var url = EventSamples.Read<ApiGatewayHttpApiV2Response>("function-url-response-multi-value-headers.json");

        Assert.Equal(201, v1.StatusCode);
        Assert.True(v1.IsBase64Encoded);
        Assert.Equal(2, v1.MultiValueHeaders!["Set-Cookie"].Count);
        Assert.Equal(201, v2.StatusCode);
        Assert.Equal("Cookie_2=Value2; Max-Age=78000", v2.Cookies![1]);
        Assert.Equal("Custom Value", v2.Headers!["My-Custom-Header"]);
        Assert.Empty(url.Cookies!);
        Assert.Equal(["a=1; Path=/", "b=2; Path=/"], url.MultiValueHeaders!["Set-Cookie"]);
    }

    [Fact]
    public void Response_factories_write_what_the_gateways_expect()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);

        JsonSemantics.AssertSame(
            """{"statusCode":201,"headers":{"Content-Type":"application/json"},"body":"{\"id\":1}","isBase64Encoded":false}""",
            corpus.Write(typeof(ApiGatewayHttpApiV2Response), ApiGatewayHttpApiV2Response.Json("""{"id":1}""", 201)));
        JsonSemantics.AssertSame(
            """{"statusCode":200,"headers":{"Content-Type":"image/png"},"body":"AAH/","isBase64Encoded":true}""",
            corpus.Write(typeof(ApiGatewayProxyResponse), ApiGatewayProxyResponse.Binary([0, 1, 255], "image/png")));
        JsonSemantics.AssertSame(
            """{"statusCode":404,"statusDescription":"404 Not Found","headers":{"Content-Type":"text/plain; charset=utf-8"},"body":"no such order","isBase64Encoded":false}""",
            corpus.Write(typeof(AlbTargetResponse), AlbTargetResponse.Text("no such order", 404)));
        JsonSemantics.AssertSame(
            """{"statusCode":299,"statusDescription":"299","multiValueHeaders":{"Content-Type":["application/json"]},"body":"[]","isBase64Encoded":false}""",
            corpus.Write(typeof(AlbTargetResponse), AlbTargetResponse.Json("[]", 299, multiValueHeaders: true)));
    }

    [Fact]
    public void An_alb_request_reads_either_header_mode_and_leaves_query_values_encoded()
    {
        var single = EventSamples.Read<AlbTargetRequest>("alb-request.json");
        var multi = EventSamples.Read<AlbTargetRequest>("alb-request-multi-value.json");

        Assert.Equal("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/lambda-target/abcdefg", single.RequestContext.Elb.TargetGroupArn);
        Assert.False(single.UsesMultiValueHeaders());
        Assert.Equal("123", single.GetHeader("X-MyHeader"));
        Assert.Equal(["hello"], single.GetQueryValues("key"));
        Assert.Empty(single.GetBodyBytes());
        Assert.True(multi.UsesMultiValueHeaders());
        Assert.Null(multi.Headers);
        Assert.Equal("123,456", multi.GetHeader("x-myheader"));
        Assert.Equal(["123", "456"], multi.GetHeaderValues("X-MYHEADER"));
        Assert.Equal(["a%20b", "c"], multi.GetQueryValues("tag"));
    }

    [Fact]
    public void An_alb_request_decodes_its_base64_body()
    {
        var request = EventSamples.Read<AlbTargetRequest>("alb-request-base64-body.json");

        Assert.Equal("""{"orderId":"o1","total":12.5}""", Encoding.UTF8.GetString(request.GetBodyBytes()));
        Assert.Equal("POST", request.HttpMethod);
    }

    [Fact]
    public void An_alb_response_reads_its_status_line_and_both_header_maps()
    {
        var both = EventSamples.Read<AlbTargetResponse>("alb-response.json");
        var multi = EventSamples.Read<AlbTargetResponse>("alb-response-multi-value-binary.json");

        Assert.Equal("200 OK", both.StatusDescription);
        Assert.Equal("cookies", both.Headers!["Set-cookie"]);
        Assert.Equal(2, both.MultiValueHeaders!["Set-cookie"].Count);
        Assert.Equal(404, multi.StatusCode);
        Assert.Null(multi.Headers);
        Assert.True(multi.IsBase64Encoded);
    }

    [Fact]
    public void Websocket_events_read_their_route_event_type_connection_and_message()
    {
        var connect = EventSamples.Read<ApiGatewayWebSocketRequest>("websocket-connect.json");
        var message = EventSamples.Read<ApiGatewayWebSocketRequest>("websocket-message.json");
        var disconnect = EventSamples.Read<ApiGatewayWebSocketRequest>("websocket-disconnect.json");

        Assert.Equal("$connect", connect.RequestContext.RouteKey);
        Assert.Equal("CONNECT", connect.RequestContext.EventType);
        Assert.Equal("CmQ3Ae9PIAMCJiQ=", connect.RequestContext.ConnectionId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1733392800000), connect.RequestContext.ConnectedAt);
        Assert.Equal("chat, superchat", connect.GetHeader("sec-websocket-protocol"));
        Assert.Equal("lobby", connect.QueryStringParameters!["room"]);
        Assert.Null(connect.RequestContext.AccountId);
        Assert.Null(connect.Body);
        Assert.Equal("MESSAGE", message.RequestContext.EventType);
        Assert.Equal("R1knPc2ntjMCFIA=", message.RequestContext.MessageId);
        Assert.Null(message.Headers);
        Assert.Equal("{\r\n\t\"a\": 1\r\n}", Encoding.UTF8.GetString(message.GetBodyBytes()));
        Assert.Equal("DISCONNECT", disconnect.RequestContext.EventType);
        Assert.Equal(1001, disconnect.RequestContext.DisconnectStatusCode);
        Assert.Equal("", disconnect.RequestContext.DisconnectReason);
    }

    [Fact]
    public void A_binary_websocket_message_decodes_and_the_response_reads_its_handshake_header()
    {
        var message = EventSamples.Read<ApiGatewayWebSocketRequest>("websocket-message-binary.json");
        var response = EventSamples.Read<ApiGatewayWebSocketResponse>("websocket-response.json");

        Assert.Equal("sendmessage", message.RequestContext.RouteKey);
        Assert.Equal([0, 1, 2, 255], message.GetBodyBytes());
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("chat", response.Headers!["Sec-WebSocket-Protocol"]);
        Assert.Null(response.IsBase64Encoded);
    }

    [Fact]
    public void Members_a_newer_payload_adds_are_kept_and_written_back()
    {
        var sample = JsonNode.Parse(EventSamples.Sample("apigw-v2-docs.json"))!;
        sample["requestContext"]!["authorizer"]!["newKind"] = new JsonObject { ["a"] = 1 };
        sample["requestContext"]!["http"]!["sourcePort"] = 53124;
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);

        var request = (ApiGatewayHttpApiV2Request)corpus.Read(typeof(ApiGatewayHttpApiV2Request), sample.ToJsonString())!;

        Assert.True(request.RequestContext.Authorizer!.AdditionalProperties!.ContainsKey("newKind"));
        JsonSemantics.AssertSame(sample.ToJsonString(), corpus.Write(typeof(ApiGatewayHttpApiV2Request), request));
    }
}
