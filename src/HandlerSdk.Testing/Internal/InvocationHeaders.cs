using System.Text.Encodings.Web;
using System.Text.Json;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// Checks the per-invocation values that travel to the runtime as <c>Lambda-Runtime-*</c> headers, before the invocation
/// is queued: a value Kestrel refuses to write (a newline, a non-ASCII character) would otherwise fail <c>/next</c> after
/// the event was dispatched, leaving the runtime without it.
/// </summary>
internal static class InvocationHeaders
{
    // The default encoder escapes everything outside ASCII, so the minified JSON is a valid header value.
    private static readonly JsonWriterOptions CompactAscii = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    /// <summary>A copy with the JSON values minified to ASCII; throws <see cref="ArgumentException"/> for a value Lambda would refuse.</summary>
    public static LambdaInvokeOptions? Normalize(LambdaInvokeOptions? options, string parameterName)
    {
        if (options is null)
        {
            return null;
        }

        return new LambdaInvokeOptions
        {
            ClientContextJson = options.ClientContextJson is { } clientContext
                ? MinifyObject(clientContext, nameof(LambdaInvokeOptions.ClientContextJson), parameterName)
                : null,
            CognitoIdentityJson = options.CognitoIdentityJson is { } identity
                ? MinifyObject(identity, nameof(LambdaInvokeOptions.CognitoIdentityJson), parameterName)
                : null,
            TenantId = CheckText(options.TenantId, nameof(LambdaInvokeOptions.TenantId), parameterName),
            TraceId = CheckText(options.TraceId, nameof(LambdaInvokeOptions.TraceId), parameterName),
        };
    }

    /// <summary>Parses a JSON object and writes it back compactly in ASCII; null when it is not one JSON object.</summary>
    public static string? TryMinifyObject(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object || reader.Read())
            {
                return null;
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, CompactAscii))
            {
                document.RootElement.WriteTo(writer);
            }

            return System.Text.Encoding.ASCII.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>True for a non-empty value of printable ASCII (space included), which any HTTP header can carry.</summary>
    public static bool IsHeaderText(string value) => value.Length > 0 && value.All(c => c is >= ' ' and <= '~');

    private static string MinifyObject(string json, string property, string parameterName) =>
        TryMinifyObject(System.Text.Encoding.UTF8.GetBytes(json))
        ?? throw new ArgumentException($"{property} must be one valid JSON object: {Truncate(json)}", parameterName);

    private static string? CheckText(string? value, string property, string parameterName) =>
        value is null || IsHeaderText(value)
            ? value
            : throw new ArgumentException($"{property} must be non-empty printable ASCII (no control characters): {Truncate(value)}", parameterName);

    private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
