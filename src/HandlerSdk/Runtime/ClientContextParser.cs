using System.Text.Json;

namespace HandlerSdk.Runtime;

/// <summary>
/// Reads the client context and Cognito identity headers (JSON written by the AWS Mobile SDK). The caller controls
/// them, so a malformed header yields empty values rather than failing the invocation: the handler may never look
/// at it, and it is read lazily, inside the handler, where nothing should throw on the runtime's behalf. A header
/// with any unreadable part is empty as a whole, never half-read.
/// </summary>
internal static class ClientContextParser
{
    public static IClientContext Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var client = root.TryGetProperty("client", out var c) && c.ValueKind == JsonValueKind.Object
                    ? new ClientApplication(Text(c, "app_package_name"), Text(c, "app_title"), Text(c, "app_version_code"), Text(c, "app_version_name"), Text(c, "installation_id"))
                    : EmptyClient();
                return new ClientContext(Map(root, "env"), client, Map(root, "custom"));
            }
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            // See the class remarks.
        }

        return new ClientContext(new Dictionary<string, string>(StringComparer.Ordinal), EmptyClient(), new Dictionary<string, string>(StringComparer.Ordinal));
    }

    public static ICognitoIdentity ParseIdentity(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return new CognitoIdentity(Text(root, "cognitoIdentityId"), Text(root, "cognitoIdentityPoolId"));
            }
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            // See the class remarks.
        }

        return new CognitoIdentity(string.Empty, string.Empty);
    }

    /// <summary>
    /// Invalid JSON (syntax, depth) is a JsonException; a string or property name whose escapes decode to a lone
    /// surrogate is valid JSON but no valid text, and JsonElement reports it with InvalidOperationException; a
    /// string that is itself invalid UTF-16 cannot be transcoded to parse (ArgumentException).
    /// </summary>
    private static bool IsUnreadable(Exception e) => e is JsonException or InvalidOperationException or ArgumentException;

    private static ClientApplication EmptyClient() => new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? string.Empty,
            JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
            _ => value.GetRawText(),
        } : string.Empty;

    private static Dictionary<string, string> Map(JsonElement root, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty(name, out var members) && members.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in members.EnumerateObject())
            {
                map[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() ?? string.Empty : property.Value.GetRawText();
            }
        }

        return map;
    }

    private sealed record ClientApplication(string AppPackageName, string AppTitle, string AppVersionCode, string AppVersionName, string InstallationId)
        : IClientApplication;

    private sealed record ClientContext(IDictionary<string, string> Environment, IClientApplication Client, IDictionary<string, string> Custom)
        : IClientContext;

    private sealed record CognitoIdentity(string IdentityId, string IdentityPoolId) : ICognitoIdentity;
}
