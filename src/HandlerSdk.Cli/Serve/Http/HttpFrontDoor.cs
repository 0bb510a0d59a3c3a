using System.Globalization;
using HandlerSdk.Cli.Output;
using HandlerSdk.Testing.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// <c>hsdk serve --http</c>: a plain HTTP server on loopback that plays the gateway in front of one function. Each request
/// becomes the configured event (<see cref="GatewayPayload"/>), runs in one of the function's execution environments as
/// an Invoke API call would, and the function's response becomes the HTTP response (<see cref="ResponseMapping"/>);
/// when that cannot happen the client gets the gateway's own error (<see cref="GatewayErrors"/>) and serve's log says why.
/// </summary>
internal sealed class HttpFrontDoor(FunctionRoutes routes, HttpServeOptions options, int maxRequestBytes, string region, CliOutput output) : IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(IEnumerable<string> allowedOrigins, CancellationToken cancellationToken)
    {
        var app = LoopbackServer.CreateBuilder(options.Port, allowedOrigins, anyMethod: true).Build();
        app.Run(HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new UserErrorException($"cannot listen on 127.0.0.1:{options.Port} (--http-port): {ex.Message}");
        }

        _app = app;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }

    }

    private async Task HandleAsync(HttpContext context)
    {
        var format = options.Format;
        if (context.Request.ContentLength is { } declared && declared > maxRequestBytes)
        {
            await TooLargeAsync(context, declared).ConfigureAwait(false);
            return;
        }

        var body = await BoundedBody.ReadAsync(context.Request, maxRequestBytes, context.RequestAborted).ConfigureAwait(false);
        if (body.TooLarge)
        {
            await TooLargeAsync(context, body.Length).ConfigureAwait(false);
            return;
        }

        var request = IncomingRequest.From(context, body.Bytes, format);
        GatewayResponse response;
        try
        {
            response = await AnswerAsync(request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client hung up; nobody is left to answer
        }

        // The gateway's request id, as API Gateway returns it: what to search the function's logs for.
        var requestIdHeader = format switch
        {
            GatewayFormat.ApiGatewayV2 => "apigw-requestid",
            GatewayFormat.ApiGatewayV1 or GatewayFormat.FunctionUrl => "x-amzn-RequestId",
            _ => null,
        };
        if (response.Streamed is { } streamed)
        {
            await using (streamed.ConfigureAwait(false))
            {
                await StreamAsync(context, response, streamed, request, requestIdHeader is null ? null : new(requestIdHeader, request.RequestId)).ConfigureAwait(false);
            }

            return;
        }

        await WriteAsync(context, response, requestIdHeader is null ? null : new(requestIdHeader, request.RequestId)).ConfigureAwait(false);
    }

    /// <summary>
    /// Relays a streamed answer as Function URLs do: status and headers first, then each piece of the body flushed as it
    /// comes (chunked), so <c>curl -N</c> shows it live. An error after the first byte cannot change the status any more:
    /// the connection is cut, so the client sees an incomplete response instead of a clean end, and serve's log says why.
    /// </summary>
    private async Task StreamAsync(HttpContext context, GatewayResponse response, StreamedResponse streamed, IncomingRequest request, KeyValuePair<string, string>? requestId)
    {
        if (context.Features.Get<Microsoft.AspNetCore.Server.Kestrel.Core.Features.IHttpMinResponseDataRateFeature>() is { } minimumRate)
        {
            minimumRate.MinDataRate = null; // a slow reader slows the function down, as in Lambda; it is not cut off
        }

        await WriteHeadAsync(context, response, requestId).ConfigureAwait(false);
        await context.Response.StartAsync(context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            await foreach (var chunk in streamed.ReadBodyAsync().WithCancellation(context.RequestAborted).ConfigureAwait(false))
            {
                if (!HttpMethods.IsHead(context.Request.Method))
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            output.Note(string.Create(CultureInfo.InvariantCulture, $"[http] {request.Method} {request.RawPath}: the client hung up mid-stream; the function runs on"));
            return;
        }

        var result = await streamed.Completion.ConfigureAwait(false);
        if (result.IsError)
        {
            output.Note(string.Create(CultureInfo.InvariantCulture, $"[http] {request.Method} {request.RawPath} -> {response.StatusCode}, cut mid-stream: {result.FunctionErrorType ?? result.FunctionError}: {result.PayloadText}"));
            context.Abort();
        }
    }

    private async Task<GatewayResponse> AnswerAsync(IncomingRequest request, CancellationToken cancellationToken)
    {
        var format = options.Format;
        while (true)
        {
            var table = await routes.CurrentAsync(cancellationToken).ConfigureAwait(false);
            var function = FunctionSelection.Choose([.. table.Keys], options.Function, out var notChosen);
            if (function is null)
            {
                return Logged(GatewayErrors.Internal(format, routes.BuildError is { } buildError ? $"the last build failed: {buildError}" : notChosen!), request);
            }

            var payload = GatewayPayload.Build(request, format, function, region, MatchRoute(function, request));

            InvokeOutcome outcome;
            try
            {
                var invocation = FunctionInvoker.InvokeAsync(function, table[function], payload, cancellationToken);
                if (!await IntegrationWait.WithinAsync(invocation, options.Wait, cancellationToken).ConfigureAwait(false))
                {
                    var limit = options.Wait!.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture);
                    return Logged(GatewayErrors.GatewayTimedOut(format, $"{function} did not answer within {limit} s, the gateway's integration timeout (it runs on)"), request);
                }

                outcome = await invocation.ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                // A rebuild stopped this function just now: the new routes wait for the new build. (While serve stops,
                // the routes stay as they were until the client's request is aborted: the pause keeps that from spinning.)
                await Task.Delay(50, cancellationToken).ConfigureAwait(false);
                continue;
            }

            switch (outcome.Status)
            {
                case InvokeStatus.Succeeded:
                    try
                    {
                        return ResponseMapping.Map(outcome.Payload, format);
                    }
                    catch (MalformedResponseException ex)
                    {
                        return Logged(GatewayErrors.FunctionError(format, $"malformed response from {function}: {ex.Message}"), request);
                    }

                case InvokeStatus.Streamed:
                    return new GatewayResponse(outcome.Stream!.StatusCode, null, outcome.Stream.Headers, []) { Streamed = outcome.Stream };
                case InvokeStatus.Malformed:
                    return Logged(GatewayErrors.MalformedStream(format, outcome.Reason!), request);
                case InvokeStatus.TimedOut:
                    return Logged(GatewayErrors.FunctionTimedOut(format, outcome.Reason!), request);
                case InvokeStatus.FunctionFailed:
                    return Logged(GatewayErrors.FunctionError(format, outcome.Reason!), request);
                case InvokeStatus.TooLarge:
                    return Logged(GatewayErrors.TooLarge(format, outcome.Reason!), request);
                case InvokeStatus.Throttled:
                    return Logged(GatewayErrors.Throttled(format, outcome.Reason!), request);
                default:
                    return Logged(GatewayErrors.Internal(format, outcome.Reason!), request);
            }
        }
    }

    /// <summary>The function's route that API Gateway would pick (an ALB and a function URL have no routes).</summary>
    private GatewayRouteMatch? MatchRoute(string function, IncomingRequest request) =>
        !GatewayFormats.HasRoutes(options.Format) || !routes.GatewayRoutes.TryGetValue(function, out var gatewayRoutes)
            ? null
            : GatewayRouting.Match(gatewayRoutes, request.Method, request.RawPath);

    private GatewayResponse Logged(GatewayResponse response, IncomingRequest request)
    {
        var reason = response.Headers.FirstOrDefault(h => h.Key == GatewayErrors.ReasonHeader).Value;
        output.Note(string.Create(CultureInfo.InvariantCulture, $"[http] {request.Method} {request.RawPath} -> {response.StatusCode}: {reason}"));
        return response;
    }

    private Task TooLargeAsync(HttpContext context, long length)
    {
        // The rest of the body is never read: the connection cannot carry another request, so say it closes.
        context.Response.Headers.Connection = "close";
        var reason = string.Create(CultureInfo.InvariantCulture, $"the request body ({length} bytes) is over the {maxRequestBytes}-byte payload limit");
        var response = GatewayErrors.TooLarge(options.Format, reason);
        output.Note(string.Create(CultureInfo.InvariantCulture, $"[http] {context.Request.Method} {context.Request.Path} -> 413: {reason}"));
        return WriteAsync(context, response, null);
    }

    private static async Task WriteAsync(HttpContext context, GatewayResponse response, KeyValuePair<string, string>? requestId)
    {
        var http = context.Response;
        await WriteHeadAsync(context, response, requestId).ConfigureAwait(false);
        if (response.StatusCode is 204 or 304)
        {
            return; // no body, and no Content-Length, is what these statuses may carry
        }

        http.ContentLength = response.Body.Length;
        if (response.Body.Length > 0 && !HttpMethods.IsHead(context.Request.Method))
        {
            await http.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static Task WriteHeadAsync(HttpContext context, GatewayResponse response, KeyValuePair<string, string>? requestId)
    {
        var http = context.Response;
        http.StatusCode = response.StatusCode;
        if (response.ReasonPhrase is { } reason)
        {
            context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = reason;
        }

        foreach (var (name, value) in response.Headers)
        {
            // Framing is Kestrel's to write, from the body it is given.
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) || name.Equals("Connection", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            http.Headers.Append(name, value);
        }

        if (requestId is { } id)
        {
            http.Headers[id.Key] = id.Value;
        }

        return Task.CompletedTask;
    }
}
