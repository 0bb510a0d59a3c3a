using System.Runtime.CompilerServices;

namespace Streaming;

/// <summary>
/// Where the chat handlers' tokens come from. With <c>MODEL_URL</c> set (a function environment variable), the prompt is
/// posted there and the answer relayed line by line as the model sends it: one token per line, each passed on the
/// moment it arrives, the usual shape of a function that fronts an LLM. Without it, <see cref="FakeModel"/> answers.
/// </summary>
internal static class Model
{
    // One client for the environment's life (HSDK1202); no client timeout: the invocation's token bounds the call.
    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private static readonly Uri? Endpoint = Environment.GetEnvironmentVariable("MODEL_URL") is { Length: > 0 } url ? new Uri(url) : null;

    public static IAsyncEnumerable<string> TokensAsync(string prompt, CancellationToken cancellationToken) =>
        Endpoint is null ? FakeModel.TokensAsync(prompt, cancellationToken) : RelayAsync(Endpoint, prompt, cancellationToken);

    private static async IAsyncEnumerable<string> RelayAsync(Uri endpoint, string prompt, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(prompt) };
        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));

        // A model that breaks off mid-answer fails the read (an IOException): after the first token that ends the
        // stream with the error, which InvokeWithResponseStream callers see in InvokeComplete.
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } token)
        {
            yield return token;
        }
    }
}
