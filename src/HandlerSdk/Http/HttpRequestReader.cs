using System.Text.Json;

namespace HandlerSdk.Http;

/// <summary>
/// Reads an HTTP event in one pass: detects the format, keeps the method and path as strings and the position of
/// everything else. Properties may come in any order, so the format is decided at the end. The pass is
/// <see cref="HttpEventScanner"/>'s; whatever it does not expect (malformed JSON, a member of the wrong type, an escaped
/// name) is read again here with <see cref="Utf8JsonReader"/>, whose errors name what is wrong.
/// </summary>
internal static class HttpRequestReader
{
    private const string Expected =
        "expected an API Gateway HTTP API event (\"version\": \"2.0\" with requestContext.http.method), a REST API proxy event " +
        "(\"httpMethod\" and \"path\") or an Application Load Balancer event (requestContext.elb)";

    public static HttpRequestLayout Read(ReadOnlySpan<byte> payload)
    {
        try
        {
            if (!HttpEventScanner.TryScan(payload, out var members))
            {
                members = ReadStrict(payload);
            }

            return Complete(payload, ref members);
        }
        catch (JsonException e)
        {
            throw new HttpPayloadException($"The event is not valid JSON ({e.Message}); {Expected}.", e);
        }
    }

    /// <summary>The members with <see cref="Utf8JsonReader"/>: slower than the scanner, and says what is wrong.</summary>
    internal static HttpEventMembers ReadStrict(ReadOnlySpan<byte> payload)
    {
        var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new HttpPayloadException($"The event is not a JSON object; {Expected}.");
        }

        var members = default(HttpEventMembers);
        ref var layout = ref members.Layout;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("version"u8))
            {
                reader.Read();
                members.Version2 = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("2.0"u8);
                reader.Skip();
            }
            else if (reader.ValueTextEquals("httpMethod"u8))
            {
                members.HttpMethod = StringRange(ref reader, "httpMethod");
            }
            else if (reader.ValueTextEquals("path"u8))
            {
                members.Path = StringRange(ref reader, "path");
            }
            else if (reader.ValueTextEquals("rawPath"u8))
            {
                members.RawPath = StringRange(ref reader, "rawPath");
            }
            else if (reader.ValueTextEquals("rawQueryString"u8))
            {
                layout.RawQueryString = StringRange(ref reader, "rawQueryString");
            }
            else if (reader.ValueTextEquals("headers"u8))
            {
                layout.Headers = ContainerRange(ref reader, "headers", JsonTokenType.StartObject);
            }
            else if (reader.ValueTextEquals("multiValueHeaders"u8))
            {
                layout.MultiValueHeaders = ContainerRange(ref reader, "multiValueHeaders", JsonTokenType.StartObject);
            }
            else if (reader.ValueTextEquals("queryStringParameters"u8))
            {
                layout.QueryStringParameters = ContainerRange(ref reader, "queryStringParameters", JsonTokenType.StartObject);
            }
            else if (reader.ValueTextEquals("multiValueQueryStringParameters"u8))
            {
                layout.MultiValueQueryStringParameters = ContainerRange(ref reader, "multiValueQueryStringParameters", JsonTokenType.StartObject);
            }
            else if (reader.ValueTextEquals("cookies"u8))
            {
                layout.Cookies = ContainerRange(ref reader, "cookies", JsonTokenType.StartArray);
            }
            else if (reader.ValueTextEquals("body"u8))
            {
                layout.Body = StringRange(ref reader, "body");
            }
            else if (reader.ValueTextEquals("isBase64Encoded"u8))
            {
                reader.Read();
                layout.IsBase64Encoded = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False or JsonTokenType.Null => false,
                    _ => throw new HttpPayloadException("The event's \"isBase64Encoded\" is not true or false."),
                };
            }
            else if (reader.ValueTextEquals("requestContext"u8))
            {
                ReadRequestContext(ref reader, ref members);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return members;
    }

    /// <summary>Decides the format from what was found, and materializes the method and path.</summary>
    private static HttpRequestLayout Complete(ReadOnlySpan<byte> payload, ref HttpEventMembers members)
    {
        var layout = members.Layout;
        if (members.Version2)
        {
            layout.Format = HttpPayloadFormat.ApiGatewayV2;
            layout.Method = members.ContextHttpMethod.Exists
                ? Method(payload, members.ContextHttpMethod)
                : throw new HttpPayloadException($"The event says \"version\": \"2.0\" but has no requestContext.http.method; {Expected}.");
            var path = members.RawPath.Exists ? members.RawPath : members.ContextHttpPath;
            layout.Path = HttpStagePath.RoutePath(
                path.Exists
                    ? StringAt(payload, path)
                    : throw new HttpPayloadException("The HTTP API event has neither \"rawPath\" nor requestContext.http.path."),
                Utf8At(payload, members.Stage),
                Utf8At(payload, members.DomainName));
            layout.SourceIp = members.ContextHttpSourceIp;
        }
        else if (members.IsAlb)
        {
            layout.Format = HttpPayloadFormat.ApplicationLoadBalancer;
            layout.Method = members.HttpMethod.Exists
                ? Method(payload, members.HttpMethod)
                : throw new HttpPayloadException("The Application Load Balancer event has no \"httpMethod\".");
            layout.Path = members.Path.Exists
                ? StringAt(payload, members.Path)
                : throw new HttpPayloadException("The Application Load Balancer event has no \"path\".");
        }
        else if (members.HttpMethod.Exists)
        {
            layout.Format = HttpPayloadFormat.ApiGatewayV1;
            layout.Method = Method(payload, members.HttpMethod);
            layout.Path = members.Path.Exists
                ? StringAt(payload, members.Path)
                : throw new HttpPayloadException("The REST API proxy event has \"httpMethod\" but no \"path\".");
            layout.SourceIp = members.IdentitySourceIp;
        }
        else
        {
            throw new HttpPayloadException($"The event is not an HTTP request: {Expected}.");
        }

        return layout;
    }

    private static void ReadRequestContext(ref Utf8JsonReader reader, ref HttpEventMembers members)
    {
        if (!StartObject(ref reader, "requestContext"))
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("requestId"u8))
            {
                members.Layout.RequestId = StringRange(ref reader, "requestContext.requestId");
            }
            else if (reader.ValueTextEquals("elb"u8))
            {
                reader.Read();
                members.IsAlb = reader.TokenType == JsonTokenType.StartObject;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("http"u8))
            {
                ReadHttp(ref reader, ref members);
            }
            else if (reader.ValueTextEquals("identity"u8))
            {
                ReadIdentity(ref reader, ref members);
            }
            else if (reader.ValueTextEquals("authorizer"u8))
            {
                ReadAuthorizer(ref reader, ref members.Layout);
            }
            else if (reader.ValueTextEquals("stage"u8))
            {
                members.Stage = StringRange(ref reader, "requestContext.stage");
            }
            else if (reader.ValueTextEquals("domainName"u8))
            {
                members.DomainName = StringRange(ref reader, "requestContext.domainName");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static void ReadHttp(ref Utf8JsonReader reader, ref HttpEventMembers members)
    {
        if (!StartObject(ref reader, "requestContext.http"))
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("method"u8))
            {
                members.ContextHttpMethod = StringRange(ref reader, "requestContext.http.method");
            }
            else if (reader.ValueTextEquals("path"u8))
            {
                members.ContextHttpPath = StringRange(ref reader, "requestContext.http.path");
            }
            else if (reader.ValueTextEquals("sourceIp"u8))
            {
                members.ContextHttpSourceIp = StringRange(ref reader, "requestContext.http.sourceIp");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static void ReadIdentity(ref Utf8JsonReader reader, ref HttpEventMembers members)
    {
        if (!StartObject(ref reader, "requestContext.identity"))
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("sourceIp"u8))
            {
                members.IdentitySourceIp = StringRange(ref reader, "requestContext.identity.sourceIp");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    /// <summary>
    /// Claims live in <c>authorizer.jwt.claims</c> (HTTP API JWT authorizer) or <c>authorizer.claims</c> (REST API Cognito
    /// authorizer, HTTP API 1.0 JWT); an HTTP API Lambda authorizer's context in <c>authorizer.lambda</c>, kept apart so
    /// that an event carrying both is looked up in a fixed order (claims first) whatever the order of its members. A REST
    /// API Lambda authorizer puts its context straight into <c>authorizer</c>, which is kept as the last fallback.
    /// </summary>
    private static void ReadAuthorizer(ref Utf8JsonReader reader, ref HttpRequestLayout layout)
    {
        if (!StartObject(ref reader, "requestContext.authorizer"))
        {
            return;
        }

        var start = (int)reader.TokenStartIndex;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("claims"u8) || reader.ValueTextEquals("lambda"u8))
            {
                var isClaims = reader.ValueTextEquals("claims"u8);

                // Only an object holds claims: a REST API Lambda authorizer may name a plain context value "claims".
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    var from = (int)reader.TokenStartIndex;
                    reader.Skip();
                    var range = new JsonValueRange(from, (int)reader.TokenStartIndex + 1 - from, false);
                    if (isClaims)
                    {
                        layout.Claims = range;
                    }
                    else
                    {
                        layout.AuthorizerContext = range;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("jwt"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("claims"u8))
                    {
                        layout.Claims = ContainerRange(ref reader, "requestContext.authorizer.jwt.claims", JsonTokenType.StartObject);
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        layout.Authorizer = new JsonValueRange(start, (int)reader.TokenStartIndex + 1 - start, false);
    }

    /// <summary>Moves to a property's value; true at an object, false at null, an error otherwise.</summary>
    private static bool StartObject(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => true,
            JsonTokenType.Null => false,
            _ => throw new HttpPayloadException($"The event's \"{name}\" is not an object."),
        };
    }

    private static JsonValueRange ContainerRange(ref Utf8JsonReader reader, string name, JsonTokenType start)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return JsonValueRange.None;
        }

        if (reader.TokenType != start)
        {
            throw new HttpPayloadException($"The event's \"{name}\" is not {(start == JsonTokenType.StartObject ? "an object" : "an array")}.");
        }

        var from = (int)reader.TokenStartIndex;
        reader.Skip();
        return new JsonValueRange(from, (int)reader.TokenStartIndex + 1 - from, false);
    }

    private static JsonValueRange StringRange(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => JsonValueRange.None,
            JsonTokenType.String => new JsonValueRange((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped),
            _ => throw new HttpPayloadException($"The event's \"{name}\" is not a string."),
        };
    }

    /// <summary>The string at a range, unescaped.</summary>
    internal static string StringAt(ReadOnlySpan<byte> payload, JsonValueRange range)
    {
        var raw = range.In(payload);
        if (!range.Escaped)
        {
            return System.Text.Encoding.UTF8.GetString(raw);
        }

        // The range is a string's content; read it again as a JSON string to unescape it.
        var reader = new Utf8JsonReader(payload.Slice(range.Start - 1, range.Length + 2));
        reader.Read();
        return reader.GetString()!;
    }

    /// <summary>A short string's UTF-8 bytes: the payload's own unless escaped (rare: then unescaped into a new array).</summary>
    private static ReadOnlySpan<byte> Utf8At(ReadOnlySpan<byte> payload, JsonValueRange range) =>
        range.Escaped ? System.Text.Encoding.UTF8.GetBytes(StringAt(payload, range)) : range.In(payload);

    /// <summary>The method in upper case; the common ones without allocating.</summary>
    private static string Method(ReadOnlySpan<byte> payload, JsonValueRange range)
    {
        var raw = range.In(payload);
        return raw switch
        {
            _ when range.Escaped => StringAt(payload, range).ToUpperInvariant(),
            _ when raw.SequenceEqual("GET"u8) => "GET",
            _ when raw.SequenceEqual("POST"u8) => "POST",
            _ when raw.SequenceEqual("PUT"u8) => "PUT",
            _ when raw.SequenceEqual("PATCH"u8) => "PATCH",
            _ when raw.SequenceEqual("DELETE"u8) => "DELETE",
            _ when raw.SequenceEqual("HEAD"u8) => "HEAD",
            _ when raw.SequenceEqual("OPTIONS"u8) => "OPTIONS",
            _ => System.Text.Encoding.UTF8.GetString(raw).ToUpperInvariant(),
        };
    }
}
