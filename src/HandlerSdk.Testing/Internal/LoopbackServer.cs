using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HandlerSdk.Testing.Internal;

/// <summary>The Kestrel server the emulator (and hsdk serve's Invoke API proxy) listen with: loopback only, quiet, guarded.</summary>
internal static class LoopbackServer
{
    /// <summary>
    /// A builder for a server on 127.0.0.1:<paramref name="port"/> with routing. The empty builder reads no
    /// configuration files or environment, and logs nothing: a test's or a terminal's console stays clean. Every app built
    /// from it runs the <see cref="LoopbackGuard"/> first, so no endpoint can be reached from a web page by mistake.
    /// </summary>
    /// <param name="port">The loopback port; 0 picks a free one.</param>
    /// <param name="allowedOrigins">Browser origins, besides the server's own, whose pages may call it.</param>
    public static WebApplicationBuilder CreateBuilder(int port, IEnumerable<string>? allowedOrigins = null)
    {
        var guard = new LoopbackGuard(allowedOrigins ?? []);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;

            // Limits are enforced per endpoint with Lambda's own error shapes, not by Kestrel.
            kestrel.Limits.MaxRequestBodySize = null;
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
