using System.Buffers;
using System.Text.Json;

namespace HandlerSdk.Http;

/// <summary>
/// A streamed HTTP response for a Lambda Function URL: status, headers and cookies first, then the body as it is
/// written. On the wire (content type <c>application/vnd.awslambda.http-integration-response</c>) that is a JSON
/// prelude <c>{"statusCode":…,"headers":{…},"cookies":[…]}</c>, eight NUL bytes, then the body bytes.
/// </summary>
/// <remarks>
/// Status, headers and cookies can change until the first write (or <see cref="CompleteAsync"/>), which sends them.
/// Each write then sends its bytes at once, as <see cref="LambdaResponseStream"/> does.
/// </remarks>
public sealed class HttpResponseStream : Stream
{
    /// <summary>The content type Lambda recognizes as a prelude followed by an HTTP body.</summary>
    private const string IntegrationContentType = "application/vnd.awslambda.http-integration-response";

    private readonly LambdaResponseStream _response;
    private readonly List<KeyValuePair<string, string>> _headers = [];
    private readonly List<string> _cookies = [];
    private int _statusCode = 200;
    private bool _preludeSent;

    /// <summary>Wraps a streaming handler's response; sets its content type to the Function URL integration type.</summary>
    /// <param name="response">The streaming handler's response, not yet started.</param>
    /// <exception cref="InvalidOperationException">The response has already started.</exception>
    public HttpResponseStream(LambdaResponseStream response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = IntegrationContentType;
        _response = response;
    }

    /// <summary>The HTTP status code; 200 unless set.</summary>
    /// <exception cref="InvalidOperationException">Set after the body started.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 100..599.</exception>
    public int StatusCode
    {
        get => _statusCode;
        set
        {
            ThrowIfStarted();
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 100);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 599);
            _statusCode = value;
        }
    }

    /// <summary>Whether the prelude (status, headers, cookies) has been sent.</summary>
    public bool HasStarted => _preludeSent;

    /// <summary>Sets a response header, replacing an earlier value of the same name (names compare case-insensitively).</summary>
    /// <param name="name">The header's name.</param>
    /// <param name="value">The header's value.</param>
    /// <exception cref="InvalidOperationException">The body has started.</exception>
    /// <exception cref="ArgumentException">The name is empty, or the name or value holds a line break.</exception>
    public void SetHeader(string name, string value)
    {
        ThrowIfStarted();
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        ThrowIfLineBreak(name, nameof(name));
        ThrowIfLineBreak(value, nameof(value));
        var index = _headers.FindIndex(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            _headers[index] = new(name, value);
        }
        else
        {
            _headers.Add(new(name, value));
        }
    }

    /// <summary>Adds a cookie, as the value of one <c>Set-Cookie</c> header (<c>name=value; Path=/; HttpOnly</c>).</summary>
    /// <param name="setCookie">The <c>Set-Cookie</c> value.</param>
    /// <exception cref="InvalidOperationException">The body has started.</exception>
    /// <exception cref="ArgumentException">The value is empty or holds a line break.</exception>
    public void AddCookie(string setCookie)
    {
        ThrowIfStarted();
        ArgumentException.ThrowIfNullOrWhiteSpace(setCookie);
        ThrowIfLineBreak(setCookie, nameof(setCookie));
        _cookies.Add(setCookie);
    }

    /// <summary>
    /// Sends the prelude if nothing was written yet, so that a response without a body still answers its status
    /// and headers. The runtime ends the response when the handler's task completes.
    /// </summary>
    /// <returns>A completed task (sends complete before returning).</returns>
    public ValueTask CompleteAsync()
    {
        try
        {
            EnsurePrelude();
            return ValueTask.CompletedTask;
        }
        catch (Exception e)
        {
            return ValueTask.FromException(e);
        }
    }

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <summary>Not supported: a response stream has no length.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override long Length => throw new NotSupportedException("A response stream has no length.");

    /// <summary>Not supported: a response stream has no position.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override long Position
    {
        get => throw new NotSupportedException("A response stream has no position.");
        set => throw new NotSupportedException("A response stream has no position.");
    }

    /// <summary>Sends the prelude if not sent yet, then <paramref name="buffer"/> as one chunk of the body.</summary>
    /// <param name="buffer">The body bytes.</param>
    /// <exception cref="InvalidOperationException">The invocation is over, or the underlying response was written to directly.</exception>
    /// <exception cref="IOException">The response can no longer be carried.</exception>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        EnsurePrelude();
        _response.Write(buffer);
    }

    /// <inheritdoc cref="Write(ReadOnlySpan{byte})"/>
    /// <param name="buffer">The array holding the bytes.</param>
    /// <param name="offset">Where the bytes start.</param>
    /// <param name="count">How many bytes to send.</param>
    public override void Write(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        Write(buffer.AsSpan(offset, count));
    }

    /// <summary>Sends one byte of the body; prefer larger writes.</summary>
    /// <param name="value">The byte.</param>
    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Sends the prelude if not sent yet, then <paramref name="buffer"/>; complete when this returns.</summary>
    /// <param name="buffer">The body bytes.</param>
    /// <param name="cancellationToken">Checked before sending.</param>
    /// <returns>A completed task, or one holding the exception <see cref="Write(ReadOnlySpan{byte})"/> would throw.</returns>
#pragma warning disable RS0027 // Stream's own signature: the optional token keeps `await stream.WriteAsync(bytes)` compiling on this type.
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
#pragma warning restore RS0027
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled(cancellationToken);
        }

        try
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
        catch (Exception e)
        {
            return ValueTask.FromException(e);
        }
    }

    /// <inheritdoc cref="WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>
    /// <param name="buffer">The array holding the bytes.</param>
    /// <param name="offset">Where the bytes start.</param>
    /// <param name="count">How many bytes to send.</param>
    /// <param name="cancellationToken">Checked before sending.</param>
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    /// <summary>Does nothing: every write is already sent.</summary>
    public override void Flush()
    {
    }

    /// <summary>Does nothing: every write is already sent.</summary>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Not supported: the stream is write-only.</summary>
    /// <param name="buffer">Not used.</param>
    /// <param name="offset">Not used.</param>
    /// <param name="count">Not used.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("A response stream is write-only.");

    /// <summary>Not supported: the stream cannot seek.</summary>
    /// <param name="offset">Not used.</param>
    /// <param name="origin">Not used.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("A response stream cannot seek.");

    /// <summary>Not supported: a response stream has no length.</summary>
    /// <param name="value">Not used.</param>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override void SetLength(long value) => throw new NotSupportedException("A response stream has no length.");

    private void EnsurePrelude()
    {
        if (_preludeSent)
        {
            return;
        }

        if (_response.HasStarted)
        {
            throw new InvalidOperationException("The response was written to directly before its HTTP prelude: write the body through the HttpResponseStream only.");
        }

        var prelude = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(prelude))
        {
            json.WriteStartObject();
            json.WriteNumber("statusCode"u8, _statusCode);
            json.WriteStartObject("headers"u8);
            foreach (var (name, value) in _headers)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
            json.WriteStartArray("cookies"u8);
            foreach (var cookie in _cookies)
            {
                json.WriteStringValue(cookie);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // The eight NUL bytes end the prelude: JSON text cannot contain a NUL, so the body may start with anything.
        prelude.GetSpan(8)[..8].Clear();
        prelude.Advance(8);
        _response.Write(prelude.WrittenSpan);
        _preludeSent = true;
    }

    private void ThrowIfStarted()
    {
        if (_preludeSent)
        {
            throw new InvalidOperationException("The status, headers and cookies were sent with the first byte of the body: set them before writing.");
        }
    }

    private static void ThrowIfLineBreak(string value, string parameterName)
    {
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("Header names and values cannot contain line breaks.", parameterName);
        }
    }
}
