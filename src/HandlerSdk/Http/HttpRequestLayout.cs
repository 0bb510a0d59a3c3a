namespace HandlerSdk.Http;

/// <summary>What one pass over an HTTP event found: the strings the router needs, and where everything else is.</summary>
internal struct HttpRequestLayout
{
    public HttpPayloadFormat Format;
    public string Method;
    public string Path;
    public JsonValueRange Headers;
    public JsonValueRange MultiValueHeaders;
    public JsonValueRange QueryStringParameters;
    public JsonValueRange MultiValueQueryStringParameters;
    public JsonValueRange RawQueryString;
    public JsonValueRange Cookies;
    public JsonValueRange Claims;
    public JsonValueRange AuthorizerContext;
    public JsonValueRange Authorizer;
    public JsonValueRange Body;

    /// <summary>
    /// An escaped body the scanner unescaped while finding its end (a pooled buffer the request returns), or null.
    /// </summary>
    public byte[]? UnescapedBody;
    public int UnescapedBodyLength;
    public bool IsBase64Encoded;
    public JsonValueRange RequestId;
    public JsonValueRange SourceIp;
}
