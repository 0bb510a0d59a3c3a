using System.Globalization;
using HandlerSdk.Testing.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HandlerSdk.Cli.Serve;

/// <summary>
/// The Invoke API on one port for all the project's functions. It answers what Lambda's front end decides before a
/// function runs (unknown function, payload too large, throttled) and forwards the rest, as received, to an execution
/// environment of the named function, relaying the answer.
/// </summary>
internal sealed class InvokeProxy(FunctionRoutes routes, PayloadLimits limits, string region) : IAsyncDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan };
    private WebApplication? _app;

    public async Task StartAsync(int port, IEnumerable<string> allowedOrigins, CancellationToken cancellationToken)
    {
        var app = LoopbackServer.CreateBuilder(port, allowedOrigins).Build();
        app.UseRouting();
        app.MapPost("/2015-03-31/functions/{functionName}/invocations", (RequestDelegate)ForwardAsync);

        // InvokeWithResponseStream: the environment's event stream is relayed as it comes, each event flushed on arrival.
        app.MapPost(InvokeApi.StreamingRoute, (RequestDelegate)ForwardAsync);

        // ListFunctions, GetFunction, ...: an error naming the operation, as the emulator gives, not an empty 404.
        UnsupportedOperations.Map(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new UserErrorException($"cannot listen on 127.0.0.1:{port}: {ex.Message}");
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

        _client.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var request = context.Request;
        var functionName = (string)request.RouteValues["functionName"]!;
        if (FunctionNames.ValidationError(functionName) is { } invalidName)
        {
            await InvokeErrors.WriteAsync(context, StatusCodes.Status400BadRequest, "ValidationException", invalidName).ConfigureAwait(false);
            return;
        }

        var requested = RequestedFunction.Parse(functionName, request.Query["Qualifier"].ToString());

        // Functions live in serve's region, $LATEST only; anything else is not found, under the ARN the caller asked for.
        var addressedRegion = requested.Region ?? SigningScope.Region(request.Headers.Authorization.ToString()) ?? region;
        var notFoundArn = requested.Arn(addressedRegion, FunctionIdentity.AccountId);
        if ((requested.Region is { } explicitRegion && explicitRegion != region) || (requested.Qualifier is { } qualifier && qualifier != "$LATEST"))
        {
            await InvokeErrors.NotFoundAsync(context, notFoundArn).ConfigureAwait(false);
            return;
        }

        var invocationType = request.Headers["X-Amz-Invocation-Type"].ToString();
        var isEvent = invocationType == "Event";
        var limit = isEvent ? limits.EventBytes : limits.RequestResponseBytes;
        if (request.ContentLength is { } declared && declared > limit)
        {
            await PayloadTooLargeAsync(context, new BoundedBody([], declared, TooLarge: true), limit, isEvent).ConfigureAwait(false);
            return;
        }

        while (true)
        {
            var table = await routes.CurrentAsync(context.RequestAborted).ConfigureAwait(false);
            if (!table.TryGetValue(requested.Name, out var pool))
            {
                await (routes.BuildError is { } error
                    ? InvokeErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, "ServiceException", $"The last build failed: {error}")
                    : InvokeErrors.NotFoundAsync(context, notFoundArn)).ConfigureAwait(false);
                return;
            }

            // Only a synchronous call waits for, or is throttled beyond, the limit; an event (or a dry run, which runs
            // nothing) never is. Both come before the body is read, so callers beyond the limit cost no memory.
            ExecutionEnvironment? environment;
            try
            {
                environment = isEvent || invocationType == "DryRun" ? pool.LeaseQueued()
                    : pool.ThrottlesWhenFull ? pool.TryLease()
                    : await pool.LeaseAsync(context.RequestAborted).ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                continue; // a rebuild stopped this function just now: the new routes wait for the new build
            }

            if (environment is null)
            {
                await InvokeErrors.ThrottledAsync(context).ConfigureAwait(false);
                return;
            }

            var releasedLater = false;
            try
            {
                var body = await BoundedBody.ReadAsync(request, limit, context.RequestAborted).ConfigureAwait(false);
                if (body.TooLarge)
                {
                    await PayloadTooLargeAsync(context, body, limit, isEvent).ConfigureAwait(false);
                    return;
                }

                releasedLater = await ForwardToAsync(context, pool, environment, body.Bytes, isEvent).ConfigureAwait(false);
            }
            finally
            {
                if (!releasedLater)
                {
                    pool.Release(environment);
                }
            }

            return;
        }
    }

    /// <returns>
    /// True when the environment stays busy past this call: an accepted event until its REPORT line, a call whose caller
    /// hung up until the function ends anyway.
    /// </returns>
    private async Task<bool> ForwardToAsync(HttpContext context, FunctionPool pool, ExecutionEnvironment environment, byte[] body, bool isEvent)
    {
        Uri target;
        try
        {
            target = await environment.AddressAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            pool.Discard(environment);
            await InvokeErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, "ServiceException", $"Could not start an execution environment: {ex.Message}").ConfigureAwait(false);
            return false;
        }

        using var forwarded = new HttpRequestMessage(HttpMethod.Post, new Uri(target, context.Request.Path + context.Request.QueryString))
        {
            Content = new ByteArrayContent(body),
        };
        foreach (var (key, values) in context.Request.Headers)
        {
            if (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!forwarded.Headers.TryAddWithoutValidation(key, (IEnumerable<string?>)values))
            {
                forwarded.Content.Headers.TryAddWithoutValidation(key, (IEnumerable<string?>)values);
            }
        }

        var finished = environment.NextReportAsync();
        HttpResponseMessage response;
        try
        {
            // An event is answered as soon as it is queued: forwarded to the end, so that an event whose caller hangs up
            // before the 202 is still known to be queued, and keeps its environment busy like any other.
            response = await _client.SendAsync(forwarded, HttpCompletionOption.ResponseHeadersRead, isEvent ? CancellationToken.None : context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested && !isEvent)
        {
            // The caller hung up, but the function runs on (as in Lambda): its environment is not free until it ends.
            pool.ReleaseWhenFinished(environment, finished);
            return true;
        }
        catch (HttpRequestException ex)
        {
            // The environment went away under the call: a rebuild stopped it, or serve is stopping.
            await InvokeErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, "ServiceException", $"The execution environment stopped: {ex.Message}").ConfigureAwait(false);
            return false;
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (key, values) in response.Headers.Concat(response.Content.Headers))
            {
                if (!key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.Headers[key] = values.ToArray();
                }
            }

            // Counted before relaying: the event runs whether or not its caller stays to read the 202.
            var heldUntilReport = isEvent
                && response.StatusCode == System.Net.HttpStatusCode.Accepted
                && response.Headers.TryGetValues("x-amzn-RequestId", out var ids)
                && environment.ExpectReport(ids.First());
            try
            {
                await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (heldUntilReport)
            {
                // The caller hung up; the accepted event still holds its environment.
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested && !isEvent)
            {
                // The caller hung up mid-stream: the function runs on (as in Lambda), so its environment stays busy until it ends.
                pool.ReleaseWhenFinished(environment, finished);
                return true;
            }

            return heldUntilReport;
        }
    }

    private static Task PayloadTooLargeAsync(HttpContext context, BoundedBody body, int limit, bool isEvent)
    {
        // The rest of the body is never read: the connection cannot carry another request, so say it closes.
        context.Response.Headers.Connection = "close";
        var message = isEvent
            ? string.Create(CultureInfo.InvariantCulture, $"{body.Length} byte payload is too large for the Event invocation type (limit {limit} bytes)")
            : string.Create(CultureInfo.InvariantCulture, $"Request must be smaller than {limit} bytes for the InvokeFunction operation");
        return InvokeErrors.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "RequestEntityTooLargeException", message);
    }
}
