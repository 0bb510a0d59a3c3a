using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HandlerSdk.Testing.Internal;

/// <summary>The Kestrel server the emulator (and hsdk serve's Invoke API proxy) listen with: loopback only, quiet.</summary>
internal static class LoopbackServer
{
    /// <summary>
    /// A builder for a server on 127.0.0.1:<paramref name="port"/> with routing. The empty builder reads no
    /// configuration files or environment, and logs nothing: a test's or a terminal's console stays clean.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(int port)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;

            // Limits are enforced per endpoint with Lambda's own error shapes, not by Kestrel.
            kestrel.Limits.MaxRequestBodySize = null;
        });
        builder.Services.AddRoutingCore();
        return builder;
    }
}
