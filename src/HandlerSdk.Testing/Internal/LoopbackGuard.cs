using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// Keeps the web pages a developer visits away from the local function, which runs with the developer's AWS credentials.
/// DNS rebinding (a page on <c>evil.example</c> whose name now resolves to 127.0.0.1) is stopped by answering only loopback
/// Host names; cross-site requests (a form post, a <c>no-cors</c> fetch, an image tag) by refusing every browser request
/// from another origin unless that origin is explicitly allowed. Clients that are not browsers (SDKs, the CLI, curl, the
/// runtime) send no Origin and are not affected.
/// </summary>
internal sealed class LoopbackGuard
{
    // What a page on an allowed origin may read from an answer: the Invoke API's and the Runtime API's own headers.
    private const string ExposedHeaders =
        "x-amzn-RequestId, x-amzn-ErrorType, X-Amz-Function-Error, X-Amz-Log-Result, X-Amz-Executed-Version, " +
        "Lambda-Runtime-Aws-Request-Id, Lambda-Runtime-Deadline-Ms, Lambda-Runtime-Invoked-Function-Arn, Lambda-Runtime-Trace-Id, " +
        "Lambda-Runtime-Client-Context, Lambda-Runtime-Cognito-Identity, Lambda-Runtime-Aws-Tenant-Id";

    private const string RuntimeApiBase = "/2018-06-01";

    private readonly HashSet<string> _allowedOrigins;
    private readonly bool _anyMethod;

    /// <param name="allowedOrigins">Origins (already checked by <see cref="WebOrigin.TryNormalize"/>) whose pages may call.</param>
    /// <param name="anyMethod">Preflights may ask for any method, and every response header is exposed (an HTTP API's own).</param>
    public LoopbackGuard(IEnumerable<string> allowedOrigins, bool anyMethod = false)
    {
        _anyMethod = anyMethod;
        _allowedOrigins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var origin in allowedOrigins)
        {
            _allowedOrigins.Add(WebOrigin.TryNormalize(origin) ?? throw new ArgumentException(WebOrigin.InvalidMessage(origin), nameof(allowedOrigins)));
        }
    }

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var port = context.Connection.LocalPort;
        if (!IsLoopbackHost(request.Host, port))
        {
            return RefuseAsync(
                context,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Host '{request.Host}' is refused: this local Lambda answers only loopback names (localhost, *.localhost, 127.0.0.1, [::1]) with port {port}, so a web page cannot reach it through DNS rebinding."));
        }

        var origins = request.Headers.Origin;
        if (origins.Count == 0)
        {
            // Browsers send Origin on every request but navigations and no-cors GETs; Fetch Metadata gives those away.
            var site = request.Headers["Sec-Fetch-Site"].ToString();
            return site is "cross-site" or "same-site"
                ? RefuseAsync(context, $"A {site} browser request is refused: it carries no Origin, so it cannot be allowed.")
                : next(context);
        }

        var origin = origins.Count == 1 ? origins[0] ?? "" : "";
        if (IsOwnOrigin(origin, port))
        {
            return next(context);
        }

        if (WebOrigin.TryNormalize(origin) is { } normalized && _allowedOrigins.Contains(normalized))
        {
            return AllowCrossOriginAsync(context, origin, next);
        }

        return RefuseAsync(
            context,
            $"Origin '{origins}' is refused: a web page from another origin may not call this local Lambda. Allow a trusted origin with hsdk serve --allow-origin <origin> or LambdaEmulatorOptions.AllowedOrigins.");
    }

    /// <summary>
    /// True for a loopback name, with this server's port when a port is given. The name is what stops DNS rebinding; a
    /// client that leaves the port out (some hand-written runtimes do) still names this machine.
    /// </summary>
    internal static bool IsLoopbackHost(HostString host, int port) =>
        host.HasValue && (host.Port is null || host.Port == port) && IsLoopbackName(host.Host);

    // *.localhost names are loopback by definition (RFC 6761), and browsers never ask DNS for them.
    private static bool IsLoopbackName(string name) =>
        name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || name == "127.0.0.1"
        || name == "[::1]";

    private static bool IsOwnOrigin(string origin, int port) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme == "http"
        && uri.Port == port
        && WebOrigin.TryNormalize(origin) is not null
        && uri.Host is "localhost" or "127.0.0.1" or "[::1]"; // the names serve passes on to its emulators: a *.localhost page is not ours

    private Task AllowCrossOriginAsync(HttpContext context, string origin, RequestDelegate next)
    {
        var request = context.Request;
        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = origin;
        headers.Vary = "Origin";
        if (!HttpMethods.IsOptions(request.Method) || !request.Headers.ContainsKey("Access-Control-Request-Method"))
        {
            headers.AccessControlExposeHeaders = _anyMethod ? "*" : ExposedHeaders;
            return next(context);
        }

        // The CORS preflight: an allowed origin may send what the Invoke and Runtime APIs take.
        headers.AccessControlAllowMethods = _anyMethod ? "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" : "GET, POST";
        if (request.Headers.AccessControlRequestHeaders.Count > 0)
        {
            headers.AccessControlAllowHeaders = request.Headers.AccessControlRequestHeaders;
        }

        if (request.Headers["Access-Control-Request-Private-Network"] == "true")
        {
            headers["Access-Control-Allow-Private-Network"] = "true"; // Chrome's Private Network Access preflight
        }

        headers.AccessControlMaxAge = "600";
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static Task RefuseAsync(HttpContext context, string message)
    {
        var response = context.Response;
        if (context.Request.Path.StartsWithSegments(RuntimeApiBase, StringComparison.Ordinal))
        {
            return HttpResponses.WriteJsonAsync(response, StatusCodes.Status403Forbidden, JsonBodies.RuntimeApiError("AccessDenied", message));
        }

        return HttpResponses.WriteApiErrorAsync(response, StatusCodes.Status403Forbidden, "AccessDeniedException", message);
    }
}
