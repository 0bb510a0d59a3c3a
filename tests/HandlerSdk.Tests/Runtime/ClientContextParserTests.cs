using HandlerSdk.Runtime;

namespace HandlerSdk.Tests.Runtime;

/// <summary>
/// <c>Lambda-Runtime-Client-Context</c> and <c>Lambda-Runtime-Cognito-Identity</c> carry JSON from the AWS Mobile
/// SDK. A bad header must not fail an invocation that may never look at it, so it reads as empty values.
/// </summary>
public sealed class ClientContextParserTests
{
    [Fact]
    public void A_full_client_context_fills_client_custom_and_environment()
    {
        var context = ClientContextParser.Parse("""
            {
              "client": { "installation_id": "inst-1", "app_title": "Shop", "app_version_name": "1.2", "app_version_code": "12", "app_package_name": "com.example.shop" },
              "custom": { "tenant": "acme", "retries": 3 },
              "env": { "platform": "Android", "platform_version": "14", "make": "Pixel", "model": "8", "locale": "en_GB" }
            }
            """);

        Assert.Equal("inst-1", context.Client.InstallationId);
        Assert.Equal("Shop", context.Client.AppTitle);
        Assert.Equal("1.2", context.Client.AppVersionName);
        Assert.Equal("12", context.Client.AppVersionCode);
        Assert.Equal("com.example.shop", context.Client.AppPackageName);
        Assert.Equal("acme", context.Custom["tenant"]);
        Assert.Equal("3", context.Custom["retries"]);
        Assert.Equal("Android", context.Environment["platform"]);
        Assert.Equal("en_GB", context.Environment["locale"]);
        Assert.Equal(5, context.Environment.Count);
    }

    [Fact]
    public void A_partial_client_context_leaves_the_missing_parts_empty()
    {
        var context = ClientContextParser.Parse("""{"custom":{"k":"v"},"client":{"app_title":"Shop","installation_id":null}}""");

        Assert.Equal("Shop", context.Client.AppTitle);
        Assert.Equal(string.Empty, context.Client.InstallationId);
        Assert.Equal(string.Empty, context.Client.AppPackageName);
        Assert.Equal("v", context.Custom["k"]);
        Assert.Empty(context.Environment);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"client\":")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"client\":\"not an object\",\"custom\":[]}")]
    public void A_malformed_client_context_is_empty(string json)
    {
        var context = ClientContextParser.Parse(json);

        Assert.Equal(string.Empty, context.Client.AppTitle);
        Assert.Empty(context.Custom);
        Assert.Empty(context.Environment);
    }

    [Fact]
    public void A_Cognito_identity_gives_its_id_and_pool()
    {
        var identity = ClientContextParser.ParseIdentity("""{"cognitoIdentityId":"us-east-1:abc","cognitoIdentityPoolId":"us-east-1:pool"}""");

        Assert.Equal("us-east-1:abc", identity.IdentityId);
        Assert.Equal("us-east-1:pool", identity.IdentityPoolId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void A_malformed_or_empty_Cognito_identity_is_empty(string json)
    {
        var identity = ClientContextParser.ParseIdentity(json);

        Assert.Equal(string.Empty, identity.IdentityId);
        Assert.Equal(string.Empty, identity.IdentityPoolId);
    }

    public static TheoryData<string> UnreadableClientContexts => new()
    {
        // Escapes that decode to lone surrogates: valid JSON syntax, but no valid string (keys and values).
        """{"custom":{"k":"\ud800"}}""",
        """{"custom":{"\udc00":"v"}}""",
        """{"env":{"k":"a\udbffb"}}""",
        """{"client":{"app_title":"\ud800"},"custom":{"k":"v"}}""",
        """{"client":{"app_title":"Shop"},"custom":{"k":"v","bad":"\udfff"}}""",
        // Nesting deeper than the reader's limit.
        "{\"custom\":{\"k\":" + new string('[', 10_000) + new string(']', 10_000) + "}}",
        // Invalid JSON of other kinds.
        """{"custom":{"k":"v",}}""",
        """{"custom":{"k":"v"}} trailing""",
        "{\"custom\":{\"k\":\"\u0000\u0001\"}",
    };

    [Theory]
    [MemberData(nameof(UnreadableClientContexts))]
    public void A_client_context_with_any_unreadable_part_is_wholly_empty(string json)
    {
        var context = ClientContextParser.Parse(json);

        Assert.Equal(string.Empty, context.Client.AppTitle);
        Assert.Empty(context.Custom);
        Assert.Empty(context.Environment);
    }

    [Fact]
    public void Members_of_unexpected_types_are_kept_as_their_JSON_text_or_skipped()
    {
        var context = ClientContextParser.Parse("""{"client":{"app_title":42,"app_version_code":null},"custom":{"n":1,"o":{"a":[true]},"z":null},"env":[1]}""");

        Assert.Equal("42", context.Client.AppTitle);
        Assert.Equal(string.Empty, context.Client.AppVersionCode);
        Assert.Equal("1", context.Custom["n"]);
        Assert.Equal("""{"a":[true]}""", context.Custom["o"]);
        Assert.Equal("null", context.Custom["z"]);
        Assert.Empty(context.Environment);
    }

    [Fact]
    public void Invalid_UTF16_in_the_header_string_itself_is_empty_too()
    {
        // The loop decodes header bytes with replacement, so it never hands over a lone surrogate character; built
        // any other way, such a string must not throw either. (Not a theory: xunit would re-encode the argument.)
        var context = ClientContextParser.Parse("{\"custom\":{\"k\":\"\ud800\"}}");
        var identity = ClientContextParser.ParseIdentity("{\"cognitoIdentityId\":\"\udc00\"}");

        Assert.Empty(context.Custom);
        Assert.Equal(string.Empty, identity.IdentityId);
    }

    [Theory]
    [InlineData("""{"cognitoIdentityId":"\ud800","cognitoIdentityPoolId":"pool"}""")]
    [InlineData("""{"cognitoIdentityId":"id","cognitoIdentityPoolId":"\udc00x"}""")]
    [InlineData("""{"cognitoIdentityId":"id",}""")]
    public void A_Cognito_identity_with_any_unreadable_part_is_empty(string json)
    {
        var identity = ClientContextParser.ParseIdentity(json);

        Assert.Equal(string.Empty, identity.IdentityId);
        Assert.Equal(string.Empty, identity.IdentityPoolId);
    }

    [Fact]
    public void A_Cognito_identity_nested_beyond_the_limit_is_empty()
    {
        var identity = ClientContextParser.ParseIdentity("{\"cognitoIdentityId\":" + new string('[', 10_000) + new string(']', 10_000) + "}");

        Assert.Equal(string.Empty, identity.IdentityId);
    }
}
