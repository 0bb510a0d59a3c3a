using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: Cognito user-pool trigger events (the AWS SDKs' samples for every trigger, as Cognito sends them
/// and with responses filled), read and written back by the generated code; and the answers a handler builds with
/// <c>with</c>, written as Cognito reads them.
/// </summary>
public sealed class CognitoEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("cognito-presignup.json", nameof(CognitoPreSignUpEvent)),
        ("cognito-postconfirmation.json", nameof(CognitoPostConfirmationEvent)),
        ("cognito-preauthentication.json", nameof(CognitoPreAuthenticationEvent)),
        ("cognito-postauthentication.json", nameof(CognitoPostAuthenticationEvent)),
        ("cognito-pretokengeneration.json", nameof(CognitoPreTokenGenerationEvent)),
        ("cognito-pretokengeneration-incoming.json", nameof(CognitoPreTokenGenerationEvent)),
        ("cognito-pretokengeneration-v2.json", nameof(CognitoPreTokenGenerationV2Event)),
        ("cognito-pretokengeneration-v2-mixed-claims.json", nameof(CognitoPreTokenGenerationV2Event)),
        ("cognito-custommessage.json", nameof(CognitoCustomMessageEvent)),
        ("cognito-defineauthchallenge.json", nameof(CognitoDefineAuthChallengeEvent)),
        ("cognito-defineauthchallenge-nulls.json", nameof(CognitoDefineAuthChallengeEvent)),
        ("cognito-createauthchallenge.json", nameof(CognitoCreateAuthChallengeEvent)),
        ("cognito-verifyauthchallenge.json", nameof(CognitoVerifyAuthChallengeEvent)),
        ("cognito-verifyauthchallenge-string-answer.json", nameof(CognitoVerifyAuthChallengeEvent)),
        ("cognito-migrateuser.json", nameof(CognitoUserMigrationEvent)),
        ("cognito-customsmssender.json", nameof(CognitoCustomSmsSenderEvent)),
        ("cognito-customemailsender.json", nameof(CognitoCustomEmailSenderEvent)),
        ("cognito-sync.json", nameof(CognitoSyncEvent)),
        ("cognito-inboundfederation-oidc.json", nameof(CognitoInboundFederationEvent)),
        ("cognito-inboundfederation-saml.json", nameof(CognitoInboundFederationEvent)),
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
    public void The_envelope_and_a_pre_sign_up_request_read_into_the_named_members()
    {
        var signUp = EventSamples.Read<CognitoPreSignUpEvent>("cognito-presignup.json");

        Assert.Equal("1", signUp.Version);
        Assert.Equal("us-east-1_id", signUp.UserPoolId);
        Assert.Equal("username_uuid", signUp.UserName);
        Assert.Equal("client_id", signUp.CallerContext.ClientId);
        Assert.Equal("version", signUp.CallerContext.AwsSdkVersion);
        Assert.Equal("attribute_value_1", signUp.Request.UserAttribute("attribute_1"));
        Assert.Null(signUp.Request.UserAttribute("email"));
        Assert.Equal("validation_value_2", signUp.Request.ValidationData!["validation_2"]);
        Assert.Equal("metadata_value_1", signUp.Request.ClientMetadata!["metadata_1"]);
        Assert.Equal(true, signUp.Response.AutoConfirmUser);
    }

    [Fact]
    public void A_handler_answers_with_the_event_it_got_and_writes_only_what_it_set()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var received = Assert.IsType<CognitoPreSignUpEvent>(corpus.Read(typeof(CognitoPreSignUpEvent), ReplaceResponse("cognito-presignup.json", "{}")));

        var answer = received with { Response = received.Response with { AutoConfirmUser = true } };
        var response = JsonDocument.Parse(corpus.Write(typeof(CognitoPreSignUpEvent), answer)).RootElement.GetProperty("response");

        Assert.Equal("{\"autoConfirmUser\":true}", response.GetRawText());
        Assert.Equal(received.Request, answer.Request);
        Assert.IsType<CognitoPreSignUpEvent>(answer);
    }

    [Theory]
    [InlineData("cognito-pretokengeneration-incoming.json", typeof(CognitoPreTokenGenerationEvent))]
    [InlineData("cognito-defineauthchallenge-nulls.json", typeof(CognitoDefineAuthChallengeEvent))]
    [InlineData("cognito-verifyauthchallenge-string-answer.json", typeof(CognitoVerifyAuthChallengeEvent))]
    public void An_event_returned_unanswered_writes_an_empty_response_not_the_nulls_cognito_sent(string sample, Type type)
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);

        var written = JsonDocument.Parse(corpus.Write(type, corpus.Read(type, EventSamples.Sample(sample)))).RootElement;

        Assert.Equal("{}", written.GetProperty("response").GetRawText());
    }

    [Fact]
    public void Attributes_sent_as_booleans_read_as_text()
    {
        var message = EventSamples.Read<CognitoCustomMessageEvent>("cognito-custommessage.json");
        var sender = EventSamples.Read<CognitoCustomEmailSenderEvent>("cognito-customemailsender.json");

        Assert.Equal("true", message.Request.UserAttribute("phone_number_verified"));
        Assert.Equal("false", message.Request.UserAttribute("email_verified"));
        Assert.Equal("####", message.Request.CodeParameter);
        Assert.Equal("{username}", message.Request.UsernameParameter);
        Assert.Null(message.Request.LinkParameter);
        Assert.Equal("<custom email subject>", message.Response.EmailSubject);
        Assert.Equal("testuser@example.com", sender.Request.UserAttribute("email"));
        Assert.Equal("customEmailSenderRequestV1", sender.Request.Type);
        Assert.Equal("CustomEmailSender_SignUp", sender.TriggerSource);
    }

    [Fact]
    public void Pre_token_generation_v1_reads_groups_and_the_null_response_cognito_sends()
    {
        var incoming = EventSamples.Read<CognitoPreTokenGenerationEvent>("cognito-pretokengeneration-incoming.json");
        var answered = EventSamples.Read<CognitoPreTokenGenerationEvent>("cognito-pretokengeneration.json");

        Assert.Equal(["group-A", "group-B", "group-C"], incoming.Request.GroupConfiguration.GroupsToOverride!);
        Assert.Equal("arn:aws:iam::XXXXXXXXXXX:role/sns_caller", incoming.Request.GroupConfiguration.PreferredRole);
        Assert.Null(incoming.Response.ClaimsOverrideDetails);
        var details = answered.Response.ClaimsOverrideDetails!;
        Assert.Equal("claim_1_value_2", details.ClaimsToAddOrOverride!["claim_2"]);
        Assert.Equal(["suppress1", "suppress2"], details.ClaimsToSuppress!);
        Assert.Equal("role", details.GroupOverrideDetails!.PreferredRole);
    }

    [Fact]
    public void Pre_token_generation_v2_reads_claims_of_every_json_kind_and_scopes()
    {
        var mixed = EventSamples.Read<CognitoPreTokenGenerationV2Event>("cognito-pretokengeneration-v2-mixed-claims.json");
        var real = EventSamples.Read<CognitoPreTokenGenerationV2Event>("cognito-pretokengeneration-v2.json");

        var access = mixed.Response.ClaimsAndScopeOverrideDetails!.AccessTokenGeneration!;
        Assert.Equal(1234, access.ClaimsToAddOrOverride!["access_claim_3"].GetInt32());
        Assert.True(access.ClaimsToAddOrOverride["access_claim_4"].GetBoolean());
        Assert.Equal(3, access.ClaimsToAddOrOverride["access_claim_5"].GetArrayLength());
        Assert.Equal(["add1", "add2"], access.ScopesToAdd!);
        Assert.Equal(["scope_1", "scope_2"], mixed.Request.Scopes!);
        Assert.Equal("2", real.Version);
        Assert.Empty(real.Request.GroupConfiguration.GroupsToOverride!);
        Assert.Null(real.Request.GroupConfiguration.PreferredRole);
        Assert.Null(real.Request.ClientMetadata);
        Assert.Equal(2, real.Response.ClaimsAndScopeOverrideDetails!.IdTokenGeneration!.ClaimsToAddOrOverride!["favorite_number"].GetInt32());
    }

    [Fact]
    public void Claim_values_built_without_reflection_write_as_the_json_kinds_cognito_takes()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var received = EventSamples.Read<CognitoPreTokenGenerationV2Event>("cognito-pretokengeneration-v2.json");
        var answer = received with
        {
            Response = new CognitoPreTokenGenerationV2Response
            {
                ClaimsAndScopeOverrideDetails = new CognitoClaimsAndScopeOverrideDetails
                {
                    AccessTokenGeneration = new CognitoAccessTokenGeneration
                    {
                        ClaimsToAddOrOverride = new Dictionary<string, JsonElement>
                        {
                            ["tenant"] = CognitoClaims.Text("acme"),
                            ["level"] = CognitoClaims.Number(3),
                            ["ratio"] = CognitoClaims.Number(0.25m),
                            ["admin"] = CognitoClaims.Boolean(false),
                            ["roles"] = CognitoClaims.TextArray(["reader", "writer"]),
                            ["address"] = CognitoClaims.Json("{\"city\":\"Oslo\"}"),
                        },
                        ScopesToAdd = ["orders/read"],
                    },
                },
            },
        };

        var response = JsonDocument.Parse(corpus.Write(typeof(CognitoPreTokenGenerationV2Event), answer)).RootElement.GetProperty("response");

        Assert.Equal(
            "{\"claimsAndScopeOverrideDetails\":{\"accessTokenGeneration\":{\"claimsToAddOrOverride\":{\"tenant\":\"acme\",\"level\":3,\"ratio\":0.25,\"admin\":false,\"roles\":[\"reader\",\"writer\"],\"address\":{\"city\":\"Oslo\"}},\"scopesToAdd\":[\"orders/read\"]}}}",
            response.GetRawText());
        Assert.ThrowsAny<JsonException>(() => CognitoClaims.Json("{not json"));
    }

    [Fact]
    public void Custom_auth_challenge_triggers_read_the_session_and_answers()
    {
        var define = EventSamples.Read<CognitoDefineAuthChallengeEvent>("cognito-defineauthchallenge.json");
        var nulls = EventSamples.Read<CognitoDefineAuthChallengeEvent>("cognito-defineauthchallenge-nulls.json");
        var create = EventSamples.Read<CognitoCreateAuthChallengeEvent>("cognito-createauthchallenge.json");

        Assert.Equal(2, define.Request.Session.Count);
        Assert.True(define.Request.Session[0].ChallengeResult);
        Assert.Equal("challenge_metadata2", define.Request.Session[1].ChallengeMetadata);
        Assert.Equal(true, define.Request.UserNotFound);
        Assert.Equal("challenge", define.Response.ChallengeName);
        Assert.Equal(true, define.Response.IssueTokens);
        Assert.Null(nulls.Request.Session[0].ChallengeMetadata);
        Assert.Null(nulls.Response.IssueTokens);
        Assert.Equal("challenge", create.Request.ChallengeName);
        Assert.Equal("public_value_1", create.Response.PublicChallengeParameters!["public_1"]);
        Assert.Equal("private_value_2", create.Response.PrivateChallengeParameters!["private_2"]);
    }

    [Fact]
    public void A_challenge_answer_reads_as_a_string_or_as_the_object_aws_samples_show()
    {
        var text = EventSamples.Read<CognitoVerifyAuthChallengeEvent>("cognito-verifyauthchallenge-string-answer.json");
        var json = EventSamples.Read<CognitoVerifyAuthChallengeEvent>("cognito-verifyauthchallenge.json");

        Assert.Equal("123xxxx", text.Request.ChallengeAnswerText);
        Assert.Equal("11122233", text.Request.PrivateChallengeParameters!["secret"]);
        Assert.Null(text.Response.AnswerCorrect);
        Assert.Equal(JsonValueKind.Object, json.Request.ChallengeAnswer!.Value.ValueKind);
        Assert.Contains("\"answer_1\"", json.Request.ChallengeAnswerText, StringComparison.Ordinal);
        Assert.Equal(true, json.Response.AnswerCorrect);
        Assert.Null(new CognitoVerifyAuthChallengeRequest().ChallengeAnswerText);
    }

    [Fact]
    public void User_migration_reads_the_password_and_answers_with_the_users_attributes()
    {
        var migration = EventSamples.Read<CognitoUserMigrationEvent>("cognito-migrateuser.json");

        Assert.Equal("<password>", migration.Request.Password);
        Assert.Null(migration.Request.UserAttributes);
        Assert.Null(migration.Request.UserAttribute("email"));
        Assert.Equal("<email>", migration.Response.UserAttributes!["email"]);
        Assert.Equal("<final_user_status>", migration.Response.FinalUserStatus);
        Assert.Equal(2, migration.Response.DesiredDeliveryMediums!.Count);
        Assert.Equal(true, migration.Response.ForceAliasCreation);
        Assert.Null(migration.Response.EnableSmsMfa);
    }

    [Fact]
    public void The_other_triggers_read_their_request_members()
    {
        var post = EventSamples.Read<CognitoPostAuthenticationEvent>("cognito-postauthentication.json");
        var pre = EventSamples.Read<CognitoPreAuthenticationEvent>("cognito-preauthentication.json");
        var confirmation = EventSamples.Read<CognitoPostConfirmationEvent>("cognito-postconfirmation.json");
        var sms = EventSamples.Read<CognitoCustomSmsSenderEvent>("cognito-customsmssender.json");

        Assert.Equal(true, post.Request.NewDeviceUsed);
        Assert.Equal("client_value_1", post.Request.ClientMetadata!["client_1"]);
        Assert.Equal(true, pre.Request.UserNotFound);
        Assert.Equal("validation_value_1", pre.Request.ValidationData!["validation_1"]);
        Assert.Equal("attribute_value_2", confirmation.Request.UserAttribute("attribute_2"));
        Assert.Equal("code", sms.Request.Code);
        Assert.Equal("type", sms.Request.Type);
    }

    [Fact]
    public void A_sync_trigger_reads_its_dataset_records_and_answers_with_them_changed()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var sync = EventSamples.Read<CognitoSyncEvent>("cognito-sync.json");

        var answer = sync with
        {
            DatasetRecords = new Dictionary<string, CognitoSyncDatasetRecord>(sync.DatasetRecords)
            {
                ["SampleKey2"] = sync.DatasetRecords["SampleKey2"] with { NewValue = null, Op = "remove" },
            },
        };
        var written = JsonDocument.Parse(corpus.Write(typeof(CognitoSyncEvent), answer)).RootElement.GetProperty("datasetRecords");

        Assert.Equal(2, sync.Version);
        Assert.Equal("SyncTrigger", sync.EventType);
        Assert.Equal("identityPoolId", sync.IdentityPoolId);
        Assert.Equal("datasetName", sync.DatasetName);
        Assert.Equal("newValue1", sync.DatasetRecords["SampleKey1"].NewValue);
        Assert.Equal("oldValue2", sync.DatasetRecords["SampleKey2"].OldValue);
        Assert.Equal("{\"oldValue\":\"oldValue2\",\"op\":\"remove\"}", written.GetProperty("SampleKey2").GetRawText());
    }

    [Fact]
    public void Inbound_federation_reads_what_an_oidc_or_saml_provider_sent()
    {
        var oidc = EventSamples.Read<CognitoInboundFederationEvent>("cognito-inboundfederation-oidc.json");
        var saml = EventSamples.Read<CognitoInboundFederationEvent>("cognito-inboundfederation-saml.json");

        Assert.Equal("OIDC", oidc.Request.ProviderType);
        Assert.Equal("ExampleOIDCProvider", oidc.Request.ProviderName);
        Assert.Equal("user123", oidc.Request.Attributes.IdToken!["sub"].GetString());
        Assert.Equal("Bearer", oidc.Request.Attributes.TokenResponse!["token_type"].GetString());
        Assert.Null(oidc.Request.Attributes.SamlResponse);
        Assert.Equal("Test", oidc.Response.UserAttributesToMap!["given_name"]);
        Assert.Equal("SAML", saml.Request.ProviderType);
        Assert.Equal("User", saml.Request.Attributes.SamlResponse!["http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname"].GetString());
        Assert.Null(saml.Request.Attributes.IdToken);
    }

    private static string ReplaceResponse(string sample, string response)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(EventSamples.Sample(sample))!;
        node["response"] = System.Text.Json.Nodes.JsonNode.Parse(response);
        return node.ToJsonString();
    }
}
