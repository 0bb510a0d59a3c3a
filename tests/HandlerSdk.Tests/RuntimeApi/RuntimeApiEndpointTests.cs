using System.Net;
using HandlerSdk.RuntimeApi;

namespace HandlerSdk.Tests.RuntimeApi;

/// <summary><c>AWS_LAMBDA_RUNTIME_API</c> is <c>host:port</c>; people also paste URLs and IPv6 literals.</summary>
public sealed class RuntimeApiEndpointTests
{
    [Theory]
    [InlineData("127.0.0.1:9001", "127.0.0.1:9001", "127.0.0.1", 9001)]
    [InlineData("localhost:8080", "localhost:8080", "localhost", 8080)]
    [InlineData("[::1]:9001", "[::1]:9001", "::1", 9001)]
    [InlineData("http://127.0.0.1:9001", "127.0.0.1:9001", "127.0.0.1", 9001)]
    [InlineData("HTTP://127.0.0.1:9001/", "127.0.0.1:9001", "127.0.0.1", 9001)]
    [InlineData("  127.0.0.1:9001 \n", "127.0.0.1:9001", "127.0.0.1", 9001)]
    [InlineData("example.com", "example.com", "example.com", 80)]
    [InlineData("[::1]", "[::1]", "::1", 80)]
    [InlineData("127.0.0.1:65535", "127.0.0.1:65535", "127.0.0.1", 65535)]
    public void A_valid_address_gives_host_header_host_and_port(string value, string hostHeader, string host, int port)
    {
        var endpoint = RuntimeApiEndpoint.Parse(value);

        Assert.Equal(new RuntimeApiEndpoint(hostHeader, host, port), endpoint);
    }

    [Theory]
    [InlineData("127.0.0.1:")]
    [InlineData("127.0.0.1:abc")]
    [InlineData("127.0.0.1:0")]
    [InlineData("127.0.0.1:65536")]
    [InlineData("127.0.0.1:-1")]
    [InlineData("127.0.0.1:+80")]
    [InlineData("127.0.0.1: 80")]
    public void A_bad_port_is_a_format_error_that_quotes_the_value(string value)
    {
        var error = Assert.Throws<FormatException>(() => RuntimeApiEndpoint.Parse(value));

        Assert.Equal($"AWS_LAMBDA_RUNTIME_API '{value}' has an invalid port; expected host:port.", error.Message);
    }

    [Theory]
    [InlineData("::1:9001")]
    [InlineData("fe80::1")]
    public void A_bare_IPv6_address_asks_for_brackets(string value)
    {
        var error = Assert.Throws<FormatException>(() => RuntimeApiEndpoint.Parse(value));

        Assert.Contains("[address]:port", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(":9001")]
    [InlineData("http://")]
    [InlineData("[]:9001")]
    public void A_missing_host_is_a_format_error(string value)
    {
        var error = Assert.Throws<FormatException>(() => RuntimeApiEndpoint.Parse(value));

        Assert.Contains("has no host", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_IPv6_literal_resolves_without_DNS()
    {
        var endPoint = await RuntimeApiEndpoint.Parse("[::1]:9001").ResolveAsync(CancellationToken.None);

        Assert.Equal(new IPEndPoint(IPAddress.IPv6Loopback, 9001), endPoint);
    }

    [Fact]
    public async Task An_IPv4_literal_resolves_without_DNS()
    {
        var endPoint = await RuntimeApiEndpoint.Parse("127.0.0.1:9001").ResolveAsync(CancellationToken.None);

        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 9001), endPoint);
    }
}
