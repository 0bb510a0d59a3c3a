using System.Runtime.CompilerServices;
using HandlerSdk;

namespace Streaming;

/// <summary>A prompt for the fake model.</summary>
public sealed record Prompt(string Text);

/// <summary>
/// A token stream as an LLM front end sends it: server-sent events, one token per event, each sent as the model
/// produces it. The model is the one <c>MODEL_URL</c> names, or a fake that echoes the prompt word by word.
/// </summary>
public static class Chat
{
    [LambdaHandler(Name = "Complete", TimeoutSeconds = 60), ServerSentEvents]
    public static IAsyncEnumerable<string> Complete(Prompt prompt, CancellationToken cancellationToken) =>
        Model.TokensAsync(prompt.Text, cancellationToken);
}

/// <summary>The same streams behind a Function URL (InvokeMode RESPONSE_STREAM): routes that stream and one that does not.</summary>
[HttpApi("ChatApi")]
public static class ChatApi
{
    [HttpGet("/health")]
    public static string Health() => "ok";

    [HttpGet("/chat"), ServerSentEvents]
    public static IAsyncEnumerable<string> Chat(string prompt, CancellationToken cancellationToken) =>
        Model.TokensAsync(prompt, cancellationToken);

    [HttpGet("/rows/{count:int}")]
    public static IAsyncEnumerable<ExportRow> Rows(int count, CancellationToken cancellationToken) =>
        Export.Rows(new ExportRequest("orders", count), cancellationToken);
}

/// <summary>Produces tokens the way a model does: one at a time, with a short wait before each.</summary>
internal static class FakeModel
{
    public static async IAsyncEnumerable<string> TokensAsync(string prompt, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var words = string.IsNullOrWhiteSpace(prompt) ? ["(empty", "prompt)"] : prompt.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in (string[])["You", "said:", .. words])
        {
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            yield return word + " ";
        }
    }
}
