using System.Net.Http.Headers;
using System.Text;

namespace HandlerSdk.Testing.Tests;

/// <summary>A minimal runtime written against the emulator the way any independent client would: plain HttpClient.</summary>
internal sealed class RuntimeClient : IDisposable
{
    private readonly HttpClient _http;

    public RuntimeClient(LambdaEmulator emulator)
    {
        _http = new HttpClient
        {
            BaseAddress = new Uri(emulator.BaseAddress, "/2018-06-01/runtime/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task<HttpResponseMessage> NextAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TestTimeouts.Long);
        return await _http.GetAsync("invocation/next", timeout.Token);
    }

    public Task<HttpResponseMessage> RespondAsync(string requestId, string body) =>
        _http.PostAsync($"invocation/{requestId}/response", new StringContent(body, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> RespondAsync(string requestId, byte[] body) =>
        _http.PostAsync($"invocation/{requestId}/response", new ByteArrayContent(body));

    public async Task<HttpResponseMessage> FailAsync(string requestId, string body, string? errorType = "Function.InvalidOperationException")
    {
        var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"invocation/{requestId}/error") { Content = content };
        if (errorType is not null)
        {
            request.Headers.Add("Lambda-Runtime-Function-Error-Type", errorType);
        }

        return await _http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> InitErrorAsync(string body, string errorType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "init/error")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Lambda-Runtime-Function-Error-Type", errorType);
        return await _http.SendAsync(request);
    }

    public static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : throw new Xunit.Sdk.XunitException($"missing header {name}");

    public static bool HasHeader(HttpHeaders headers, string name) => headers.Contains(name);

    public void Dispose() => _http.Dispose();
}
