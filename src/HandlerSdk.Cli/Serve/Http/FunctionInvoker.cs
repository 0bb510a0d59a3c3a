using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>How one invocation went, as the gateway needs to know it.</summary>
internal enum InvokeStatus
{
    /// <summary>The function answered; <see cref="InvokeOutcome.Payload"/> is its response.</summary>
    Succeeded,

    /// <summary>The function failed (an exception, a crash, a response too large); the payload is Lambda's error JSON.</summary>
    FunctionFailed,

    /// <summary>The function ran past its timeout.</summary>
    TimedOut,

    /// <summary>Lambda refused the call before it ran: throttled, payload too large, no environment.</summary>
    Rejected,

    /// <summary>Lambda refused the payload as too large (the body grew past 6 MB as base64 in the event).</summary>
    TooLarge,
}

/// <param name="Status">How it went.</param>
/// <param name="Payload">The function's response, or Lambda's error JSON.</param>
/// <param name="Reason">For anything but success: one line saying what happened.</param>
internal sealed record InvokeOutcome(InvokeStatus Status, byte[] Payload, string? Reason);

/// <summary>
/// Calls a function the way serve's Invoke API does: an environment from the function's pool (waiting for one, or
/// throttled, as <c>--max-concurrency</c>/<c>--reserved-concurrency</c> say), the event posted to that environment's
/// emulator, the environment held until the function ends even when the HTTP client hangs up first.
/// </summary>
internal sealed class FunctionInvoker : IDisposable
{
    private const string TimedOutErrorType = "Sandbox.Timedout";

    private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan };

    public async Task<InvokeOutcome> InvokeAsync(string function, FunctionPool pool, byte[] payload, CancellationToken cancellationToken)
    {
        var environment = pool.ThrottlesWhenFull ? pool.TryLease() : await pool.LeaseAsync(cancellationToken).ConfigureAwait(false);
        if (environment is null)
        {
            return new InvokeOutcome(InvokeStatus.Rejected, [], $"{function} is throttled: all its execution environments (--reserved-concurrency) are busy");
        }

        var releasedLater = false;
        try
        {
            Uri target;
            try
            {
                target = await environment.AddressAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                pool.Discard(environment);
                return new InvokeOutcome(InvokeStatus.Rejected, [], $"could not start an execution environment of {function}: {ex.Message}");
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, $"/2015-03-31/functions/{Uri.EscapeDataString(function)}/invocations"))
            {
                Content = new ByteArrayContent(payload) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            };
            var finished = environment.NextReportAsync();
            HttpResponseMessage response;
            try
            {
                response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The client hung up, but the function runs on (as in Lambda): its environment is not free until it ends.
                pool.ReleaseWhenFinished(environment, finished);
                releasedLater = true;
                throw;
            }
            catch (HttpRequestException ex)
            {
                return new InvokeOutcome(InvokeStatus.Rejected, [], $"the execution environment of {function} stopped: {ex.Message}");
            }

            using (response)
            {
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
                {
                    return new InvokeOutcome(InvokeStatus.TooLarge, body, $"Lambda refused the {payload.Length}-byte event: {Message(body)}");
                }

                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return new InvokeOutcome(InvokeStatus.Rejected, body, $"Lambda answered {(int)response.StatusCode}: {Message(body)}");
                }

                if (!response.Headers.TryGetValues("X-Amz-Function-Error", out _))
                {
                    return new InvokeOutcome(InvokeStatus.Succeeded, body, null);
                }

                var errorType = ErrorType(body);
                return errorType == TimedOutErrorType
                    ? new InvokeOutcome(InvokeStatus.TimedOut, body, $"{function} timed out: {Message(body)}")
                    : new InvokeOutcome(InvokeStatus.FunctionFailed, body, $"{function} failed with {errorType ?? "an error"}: {Message(body)}");
            }
        }
        finally
        {
            if (!releasedLater)
            {
                pool.Release(environment);
            }
        }
    }

    public void Dispose() => _client.Dispose();

    private static string? ErrorType(byte[] body) => Property(body, "errorType");

    /// <summary>Lambda's error message (<c>errorMessage</c>, or an Invoke API error's <c>message</c>), else the body itself.</summary>
    private static string Message(byte[] body) =>
        Property(body, "errorMessage") ?? Property(body, "message") ?? System.Text.Encoding.UTF8.GetString(body);

    private static string? Property(byte[] body, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(name, out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
