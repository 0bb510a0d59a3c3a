namespace HandlerSdk.Http;

/// <summary>
/// The invocation's event is not an HTTP request HandlerSdk can read (not JSON, or none of API Gateway v1, v2 or ALB),
/// or a part of it is malformed (a body marked base64 that is not). The message says what was expected.
/// </summary>
public sealed class HttpPayloadException : Exception
{
    /// <summary>Creates an exception with no detail.</summary>
    public HttpPayloadException()
        : this("The event is not an HTTP request.")
    {
    }

    /// <summary>Creates an exception saying what is wrong with the payload.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public HttpPayloadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception saying what is wrong with the payload, caused by another.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The reader's own exception.</param>
    public HttpPayloadException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
