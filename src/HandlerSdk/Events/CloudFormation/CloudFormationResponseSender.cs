using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace HandlerSdk.Events;

/// <summary>
/// Sends a <see cref="CloudFormationCustomResourceResponse"/> to the pre-signed S3 URL of the request it answers: an
/// HTTP PUT of the JSON with an empty <c>Content-Type</c> (the URL is signed for none) and a <c>Content-Length</c>.
/// Transient failures (no connection, a timeout, 5xx, 408, 429) are retried with growing delays; anything else, and
/// the last failure, throws an <see cref="HttpRequestException"/> that says what S3 answered. The JSON is written
/// with a <see cref="Utf8JsonWriter"/>, so sending needs no reflection under native AOT.
/// </summary>
/// <remarks>
/// Create one per execution environment (a static field) rather than per invocation, as any <see cref="HttpClient"/>
/// user should: <see cref="Shared"/> is one.
/// </remarks>
public sealed class CloudFormationResponseSender
{
    /// <summary>CloudFormation rejects responses larger than this many bytes.</summary>
    public const int MaxResponseBytes = 4096;

    private static readonly Lazy<CloudFormationResponseSender> SharedSender = new(() => new CloudFormationResponseSender(new HttpClient()));

    private readonly HttpClient _http;

    /// <summary>Creates a sender over <paramref name="http"/>, which it does not dispose.</summary>
    /// <param name="http">The client to send with.</param>
    public CloudFormationResponseSender(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
    }

    /// <summary>A sender over an <see cref="HttpClient"/> of its own, created on first use and kept for the process.</summary>
    public static CloudFormationResponseSender Shared => SharedSender.Value;

    /// <summary>How many times to try in all before giving up; 4 unless set (at least 1).</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The wait before the first retry, doubled before each later one; 500 ms unless set.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Sends <paramref name="response"/> to <paramref name="request"/>'s response URL.</summary>
    /// <typeparam name="TProperties">The request's properties type.</typeparam>
    /// <param name="request">The request being answered.</param>
    /// <param name="response">The answer, usually from <see cref="CloudFormationCustomResourceRequest{TProperties}.Succeed"/> or <c>Fail</c>.</param>
    /// <param name="cancellationToken">Stops sending and waiting between attempts.</param>
    /// <returns>A task that completes when S3 has accepted the response.</returns>
    /// <exception cref="ArgumentException">The request has no valid response URL, or the response is incomplete or too large.</exception>
    /// <exception cref="HttpRequestException">S3 refused the response, or every attempt failed.</exception>
    public Task SendAsync<TProperties>(CloudFormationCustomResourceRequest<TProperties> request, CloudFormationCustomResourceResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.ResponseUrl))
        {
            throw new ArgumentException(
                "The request has no ResponseURL. Requests from the AWS CDK provider framework are answered by returning the response from the onEvent function.",
                nameof(request));
        }

        if (!Uri.TryCreate(request.ResponseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException($"The request's ResponseURL '{request.ResponseUrl}' is not an absolute http(s) URL.", nameof(request));
        }

        return SendToAsync(url, response, cancellationToken);
    }

    /// <summary>Sends <paramref name="response"/> to <paramref name="responseUrl"/>.</summary>
    /// <param name="responseUrl">The request's pre-signed response URL.</param>
    /// <param name="response">The answer.</param>
    /// <param name="cancellationToken">Stops sending and waiting between attempts.</param>
    /// <returns>A task that completes when S3 has accepted the response.</returns>
    /// <exception cref="ArgumentException">The response is incomplete or larger than <see cref="MaxResponseBytes"/>.</exception>
    /// <exception cref="HttpRequestException">S3 refused the response, or every attempt failed.</exception>
    public async Task SendToAsync(Uri responseUrl, CloudFormationCustomResourceResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        var body = Serialize(response);
        var attempts = Math.Max(1, MaxAttempts);
        var delay = FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var failure = await TryPutAsync(responseUrl, body, cancellationToken).ConfigureAwait(false);
            if (failure is null)
            {
                return;
            }

            if (!failure.Transient || attempt >= attempts)
            {
                var tries = attempt == 1 ? "" : $" after {attempt} attempts";
                throw new HttpRequestException(
                    $"Sending the CloudFormation custom resource response to {Describe(responseUrl)} failed{tries}: {failure.Message}",
                    failure.Exception,
                    failure.Status);
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay += delay;
        }
    }

    /// <summary>The JSON body CloudFormation reads, checked for what it requires.</summary>
    internal static byte[] Serialize(CloudFormationCustomResourceResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Status is not (CloudFormationCustomResourceResponse.Success or CloudFormationCustomResourceResponse.Failed))
        {
            throw new ArgumentException($"The response's Status is '{response.Status}'; CloudFormation takes only SUCCESS or FAILED.", nameof(response));
        }

        Require(response.PhysicalResourceId, nameof(response.PhysicalResourceId));
        Require(response.StackId, nameof(response.StackId));
        Require(response.RequestId, nameof(response.RequestId));
        Require(response.LogicalResourceId, nameof(response.LogicalResourceId));

        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("Status", response.Status);
            if (response.Reason is not null)
            {
                writer.WriteString("Reason", response.Reason);
            }

            writer.WriteString("PhysicalResourceId", response.PhysicalResourceId);
            writer.WriteString("StackId", response.StackId);
            writer.WriteString("RequestId", response.RequestId);
            writer.WriteString("LogicalResourceId", response.LogicalResourceId);
            if (response.NoEcho is { } noEcho)
            {
                writer.WriteBoolean("NoEcho", noEcho);
            }

            if (response.Data is { } data)
            {
                writer.WriteStartObject("Data");
                foreach (var (name, value) in data)
                {
                    writer.WriteString(name, value);
                }

                writer.WriteEndObject();
            }

            foreach (var (name, value) in response.AdditionalProperties ?? [])
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        if (buffer.WrittenCount > MaxResponseBytes)
        {
            throw new ArgumentException(
                $"The response is {buffer.WrittenCount} bytes of JSON; CloudFormation takes at most {MaxResponseBytes}. Shorten Reason or Data.",
                nameof(response));
        }

        return buffer.WrittenSpan.ToArray();
    }

    private async Task<Failure?> TryPutAsync(Uri url, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        // The URL is signed for an empty content type; S3 answers 403 SignatureDoesNotMatch to any other.
        content.Headers.TryAddWithoutValidation("Content-Type", "");
        content.Headers.ContentLength = body.Length;
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = content };
        try
        {
            using var answer = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (answer.IsSuccessStatusCode)
            {
                return null;
            }

            var detail = await ReadDetailAsync(answer, cancellationToken).ConfigureAwait(false);
            var status = (int)answer.StatusCode;
            var transient = status >= 500 || answer.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            return new Failure(
                transient,
                $"S3 answered {status.ToString(CultureInfo.InvariantCulture)} {answer.ReasonPhrase}{detail}",
                answer.StatusCode,
                null);
        }
        catch (HttpRequestException exception)
        {
            return new Failure(true, exception.Message, exception.StatusCode, exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new Failure(true, "the request timed out", null, exception);
        }
    }

    private static async Task<string> ReadDetailAsync(HttpResponseMessage answer, CancellationToken cancellationToken)
    {
        try
        {
            var text = await answer.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            text = text.Trim();
            return text.Length == 0 ? "" : ": " + (text.Length > 512 ? text[..512] + "…" : text);
        }
        catch (HttpRequestException)
        {
            return "";
        }
    }

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"The response's {name} is empty; CloudFormation requires it (copy it from the request).", nameof(value));
        }
    }

    // The query string of a pre-signed URL is a credential: messages name the bucket and key only.
    private static string Describe(Uri url) => url.GetLeftPart(UriPartial.Path);

    private sealed record Failure(bool Transient, string Message, HttpStatusCode? Status, Exception? Exception);
}
