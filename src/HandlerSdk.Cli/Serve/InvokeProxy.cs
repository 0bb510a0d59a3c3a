using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HandlerSdk.Cli.Serve;

/// <summary>
/// The Invoke API on one port for all the project's functions: it forwards each call, as received, to the emulator that
/// plays the named function, and relays the answer. The emulators themselves stay unmodified, one function each.
/// </summary>
internal sealed class InvokeProxy(FunctionRoutes routes) : IAsyncDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan };
    private WebApplication? _app;

    public async Task StartAsync(int port, IEnumerable<string> allowedOrigins, CancellationToken cancellationToken)
    {
        var app = Testing.Internal.LoopbackServer.CreateBuilder(port, allowedOrigins).Build();
        app.UseRouting();
        app.MapPost("/2015-03-31/functions/{functionName}/invocations", (RequestDelegate)ForwardAsync);
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
        var requested = (string)context.Request.RouteValues["functionName"]!;
        var name = FunctionRoutes.NameOf(requested);
        var table = await routes.CurrentAsync(context.RequestAborted).ConfigureAwait(false);
        if (!table.TryGetValue(name, out var target))
        {
            var (status, type, message) = routes.BuildError is { } error
                ? (StatusCodes.Status500InternalServerError, "ServiceException", $"The last build failed: {error}")
                : (StatusCodes.Status404NotFound, "ResourceNotFoundException", $"Function not found: {name}. Functions: {string.Join(", ", table.Keys)}");
            context.Response.StatusCode = status;
            context.Response.Headers["x-amzn-ErrorType"] = type;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string> { ["Type"] = "User", ["message"] = message }), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, context.Request.Path + context.Request.QueryString));
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        body.Position = 0;
        request.Content = new StreamContent(body);
        foreach (var (key, values) in context.Request.Headers)
        {
            if (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(key, (IEnumerable<string?>)values))
            {
                request.Content.Headers.TryAddWithoutValidation(key, (IEnumerable<string?>)values);
            }
        }

        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (key, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[key] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
