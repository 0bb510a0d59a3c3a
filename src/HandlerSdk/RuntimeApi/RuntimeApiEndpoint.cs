using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HandlerSdk.RuntimeApi;

/// <summary>The <c>host:port</c> of the Runtime API (<c>AWS_LAMBDA_RUNTIME_API</c>), resolved once.</summary>
internal sealed record RuntimeApiEndpoint(string HostHeader, string Host, int Port)
{
    public static RuntimeApiEndpoint Parse(string value)
    {
        var text = value.Trim();
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            text = text["http://".Length..].TrimEnd('/');
        }

        var colon = text.LastIndexOf(':');
        var closingBracket = text.LastIndexOf(']');
        if (closingBracket < 0 && text.IndexOf(':', StringComparison.Ordinal) != colon)
        {
            throw new FormatException($"AWS_LAMBDA_RUNTIME_API '{value}' looks like a bare IPv6 address; write it as [address]:port.");
        }

        string host;
        var port = 80;
        if (colon > closingBracket)
        {
            host = text[..colon];
            if (!int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
            {
                throw new FormatException($"AWS_LAMBDA_RUNTIME_API '{value}' has an invalid port; expected host:port.");
            }
        }
        else
        {
            host = text;
        }

        host = host.Trim('[', ']');
        if (host.Length == 0)
        {
            throw new FormatException($"AWS_LAMBDA_RUNTIME_API '{value}' has no host; expected host:port.");
        }

        return new RuntimeApiEndpoint(text, host, port);
    }

    public async ValueTask<EndPoint> ResolveAsync(CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(Host, out var address))
        {
            return new IPEndPoint(address, Port);
        }

        var addresses = await Dns.GetHostAddressesAsync(Host, cancellationToken).ConfigureAwait(false);
        var chosen = Array.Find(addresses, a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault()
            ?? throw new SocketException((int)SocketError.HostNotFound);
        return new IPEndPoint(chosen, Port);
    }
}
