namespace HandlerSdk.Http;

/// <summary>
/// What a pass over an HTTP event found, before its format is decided (members may come in any order, so the format is
/// known only at the end). Both readers fill it: <see cref="HttpEventScanner"/> first, and the strict
/// <see cref="HttpRequestReader"/> whenever the scanner meets something it does not expect.
/// </summary>
internal struct HttpEventMembers
{
    /// <summary>Everything that goes into the request view as it is.</summary>
    public HttpRequestLayout Layout;

    /// <summary><c>"version": "2.0"</c>.</summary>
    public bool Version2;

    public JsonValueRange HttpMethod;
    public JsonValueRange Path;
    public JsonValueRange RawPath;

    /// <summary><c>requestContext.elb</c> is an object.</summary>
    public bool IsAlb;
    public JsonValueRange ContextHttpMethod;
    public JsonValueRange ContextHttpPath;
    public JsonValueRange ContextHttpSourceIp;
    public JsonValueRange IdentitySourceIp;
    public JsonValueRange Stage;

    /// <summary><c>requestContext.domainName</c>: whether the stage is in the path depends on it (<see cref="HttpStagePath"/>).</summary>
    public JsonValueRange DomainName;
}
