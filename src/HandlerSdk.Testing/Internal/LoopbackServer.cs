using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HandlerSdk.Testing.Internal;

/// <summary>The Kestrel server the emulator (and hsdk serve's Invoke API proxy) listen with: loopback only, quiet, guarded.</summary>
internal static class LoopbackServer
{
    private const int MaxRequestHeadersBytes = 16 * 1024 * 1024;

    /// <summary>
    /// A builder for a server on 127.0.0.1:<paramref name="port"/> with routing. The empty builder reads no
    /// configuration files or environment, and logs nothing: a test's or a terminal's console stays clean. Every app built
    /// from it runs the <see cref="LoopbackGuard"/> first, so no endpoint can be reached from a web page by mistake.
    /// </summary>
    /// <param name="port">The loopback port; 0 picks a free one.</param>
    /// <param name="allowedOrigins">Browser origins, besides the server's own, whose pages may call it.</param>
    /// <param name="anyMethod">
    /// True for a server whose endpoints are a function's own HTTP API (<c>hsdk serve --http</c>): an allowed origin's
    /// preflight may ask for any method, and its pages may read every response header.
    /// </param>
    public static WebApplicationBuilder CreateBuilder(int port, IEnumerable<string>? allowedOrigins = null, bool anyMethod = false)
    {
        var guard = new LoopbackGuard(allowedOrigins ?? [], anyMethod);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;

            // Limits are enforced per endpoint with Lambda's own error shapes, not by Kestrel.
            kestrel.Limits.MaxRequestBodySize = null;

            // The Node.js runtime interface client sends the whole error (message and stack) again as the
            // Lambda-Runtime-Function-XRay-Error-Cause header of /error, and Lambda takes it: under Kestrel's 32 KB
            // default a long message got 431, the error was lost and the invocation timed out instead. The cause can be
            // about as large as the error body (6 MB), so headers get room for that; memory is only used when sent.
            kestrel.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
            kestrel.Limits.MaxRequestBufferSize = MaxRequestHeadersBytes; // Kestrel requires it to hold the headers
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IStartupFilter>(new GuardFirst(guard));
        return builder;
    }

    private sealed class GuardFirst(LoopbackGuard guard) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                app.Use((context, nextMiddleware) => guard.InvokeAsync(context, nextMiddleware));
                next(app);
            };
    }
}
