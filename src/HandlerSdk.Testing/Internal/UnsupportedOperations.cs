using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// Answers every request no endpoint serves. An SDK pointed at the emulator that calls an operation it does not implement
/// (ListFunctions, GetFunction, …) gets an error naming that operation, in the shape SDKs parse (an
/// <c>x-amzn-ErrorType</c> header and a JSON message), instead of an empty 404 they report as "UnknownError".
/// </summary>
internal static class UnsupportedOperations
{
    public const string ErrorType = "UnsupportedOperationException";

    // The Lambda API's REST paths (from its API reference) for the operations SDK users most often try locally.
    private static readonly (string Method, Regex Path, string Operation)[] Operations =
    [
        ("GET", Route(@"/2015-03-31/functions/?"), "ListFunctions"),
        ("POST", Route(@"/2015-03-31/functions/?"), "CreateFunction"),
        ("GET", Route(@"/2015-03-31/functions/[^/]+/?"), "GetFunction"),
        ("DELETE", Route(@"/2015-03-31/functions/[^/]+/?"), "DeleteFunction"),
        ("GET", Route(@"/2015-03-31/functions/[^/]+/configuration/?"), "GetFunctionConfiguration"),
        ("PUT", Route(@"/2015-03-31/functions/[^/]+/configuration/?"), "UpdateFunctionConfiguration"),
        ("PUT", Route(@"/2015-03-31/functions/[^/]+/code/?"), "UpdateFunctionCode"),
        ("GET", Route(@"/2015-03-31/functions/[^/]+/versions/?"), "ListVersionsByFunction"),
        ("POST", Route(@"/2015-03-31/functions/[^/]+/versions/?"), "PublishVersion"),
        ("GET", Route(@"/2015-03-31/functions/[^/]+/aliases/?"), "ListAliases"),
        ("GET", Route(@"/2015-03-31/functions/[^/]+/aliases/[^/]+/?"), "GetAlias"),
        ("GET", Route(@"/2015-03-31/functions/[^/]+/policy/?"), "GetPolicy"),
        ("GET", Route(@"/2015-03-31/event-source-mappings/?"), "ListEventSourceMappings"),
        ("POST", Route(@"/2014-11-13/functions/[^/]+/invoke-async/?"), "InvokeAsync"),
        ("GET", Route(@"/2016-08-19/account-settings/?"), "GetAccountSettings"),
        ("GET", Route(@"/2019-09-30/functions/[^/]+/concurrency/?"), "GetFunctionConcurrency"),
        ("GET", Route(@"/2019-09-25/functions/[^/]+/event-invoke-config/?"), "GetFunctionEventInvokeConfig"),
        ("GET", Route(@"/2021-10-31/functions/[^/]+/url/?"), "GetFunctionUrlConfig"),
        ("GET", Route(@"/2018-10-31/layers/?"), "ListLayers"),
        ("GET", Route(@"/2017-03-31/tags/.+"), "ListTags"),
    ];

    public static void Map(IEndpointRouteBuilder routes) => routes.MapFallback((RequestDelegate)AnswerAsync);

    /// <summary>The Lambda operation a request is for, or null when it is none the table knows.</summary>
    public static string? OperationOf(string method, string path)
    {
        foreach (var (operationMethod, pattern, operation) in Operations)
        {
            if (string.Equals(method, operationMethod, StringComparison.OrdinalIgnoreCase) && pattern.IsMatch(path))
            {
                return operation;
            }
        }

        return null;
    }

    private static Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        if (request.Path.StartsWithSegments("/2018-06-01", StringComparison.Ordinal))
        {
            return HttpResponses.WriteJsonAsync(
                context.Response,
                StatusCodes.Status404NotFound,
                JsonBodies.RuntimeApiError("InvalidRequest", $"{request.Method} {path} is not a Runtime API endpoint."));
        }

        const string Served = "the emulator serves Invoke (POST /2015-03-31/functions/{name}/invocations) and InvokeWithResponseStream (POST /2021-11-15/functions/{name}/response-streaming-invocations) only";
        var message = OperationOf(request.Method, path) is { } operation
            ? $"{operation} is not supported: {Served}."
            : $"{request.Method} {path} is not a Lambda operation the emulator supports: {Served}.";
        return HttpResponses.WriteApiErrorAsync(context.Response, StatusCodes.Status400BadRequest, ErrorType, message);
    }

    private static Regex Route(string pattern) =>
        new("^" + pattern + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
}
