namespace HandlerSdk.RuntimeApi;

/// <summary>
/// A streamed response could not be carried to its end: the Runtime API answered before the last chunk (413 for a
/// response over the limit, say) or the connection broke. An <see cref="IOException"/> so that handlers catching
/// stream write failures the usual way catch this one too.
/// </summary>
internal sealed class StreamedResponseEndedException : IOException
{
    public StreamedResponseEndedException(string message, int? statusCode, Exception? innerException = null)
        : base(message, innerException) => StatusCode = statusCode;

    /// <summary>The Runtime API's answer, when one arrived; <see langword="null"/> when the connection broke without one.</summary>
    public int? StatusCode { get; }
}
