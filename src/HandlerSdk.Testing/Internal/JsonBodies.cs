using System.Globalization;
using System.Text.Json;

namespace HandlerSdk.Testing.Internal;

/// <summary>The JSON bodies Lambda answers with, written by hand so the shapes are explicit and reflection-free.</summary>
internal static class JsonBodies
{
    public static readonly byte[] StatusOk = "{\"status\":\"OK\"}"u8.ToArray();

    /// <summary>The Runtime API's error shape: <c>{"errorMessage","errorType"}</c>.</summary>
    public static byte[] RuntimeApiError(string errorType, string errorMessage) =>
        Write(w =>
        {
            w.WriteString("errorMessage", errorMessage);
            w.WriteString("errorType", errorType);
        });

    /// <summary>The function error shape the invoker sees: <c>{"errorType","errorMessage"}</c>.</summary>
    public static byte[] FunctionError(string errorType, string errorMessage) =>
        Write(w =>
        {
            w.WriteString("errorType", errorType);
            w.WriteString("errorMessage", errorMessage);
        });

    public static byte[] Timeout(string requestId, TimeSpan timeout) =>
        FunctionError("Sandbox.Timedout", $"RequestId: {requestId} Error: {TimedOutMessage(timeout)}");

    public static byte[] ExitError(string requestId, int exitCode) =>
        FunctionError(
            "Runtime.ExitError",
            string.Create(CultureInfo.InvariantCulture, $"RequestId: {requestId} Error: Runtime exited with error: exit status {exitCode}"));

    public static byte[] InvalidEntrypoint(string requestId, string path, string reason) =>
        FunctionError("Runtime.InvalidEntrypoint", $"RequestId: {requestId} Error: fork/exec {path}: {reason}");

    public static string TimedOutMessage(TimeSpan timeout) =>
        string.Create(CultureInfo.InvariantCulture, $"Task timed out after {timeout.TotalSeconds:F2} seconds");

    /// <summary>
    /// The Invoke API's (AWS JSON protocol) error shape: <c>{"Type":"User","message"}</c>, with Lambda's <c>Reason</c>
    /// first when there is one (a throttle's, say).
    /// </summary>
    public static byte[] ApiError(string message, string? reason = null) =>
        Write(w =>
        {
            if (reason is not null)
            {
                w.WriteString("Reason", reason);
            }

            w.WriteString("Type", "User");
            w.WriteString("message", message);
        });

    /// <summary>The payload of <c>InvokeWithResponseStream</c>'s closing event: <c>{"ErrorCode"?,"ErrorDetails"?,"LogResult"?}</c>.</summary>
    public static byte[] InvokeComplete(string? errorCode, string? errorDetails, string? logResult) =>
        Write(w =>
        {
            if (errorCode is not null)
            {
                w.WriteString("ErrorCode", errorCode);
            }

            if (errorDetails is not null)
            {
                w.WriteString("ErrorDetails", errorDetails);
            }

            if (logResult is not null)
            {
                w.WriteString("LogResult", logResult);
            }
        });

    /// <summary>Checks a payload is one well-formed JSON value, as the Invoke API requires.</summary>
    public static bool TryValidateJson(ReadOnlySpan<byte> payload, out string? error)
    {
        try
        {
            var reader = new Utf8JsonReader(payload, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read())
            {
                error = "No content";
                return false;
            }

            reader.Skip();
            if (reader.Read())
            {
                error = "Unexpected content after the JSON value";
                return false;
            }

            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
