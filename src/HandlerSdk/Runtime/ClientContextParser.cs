using System.Text.Json;

namespace HandlerSdk.Runtime;

/// <summary>
/// Reads the client context and Cognito identity headers (JSON written by the AWS Mobile SDK). A malformed header
/// yields empty values rather than failing the invocation: the handler may never look at it.
/// </summary>
internal static class ClientContextParser
{
    public static IClientContext Parse(string json)
    {
        var client = new ClientApplication(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        var custom = new Dictionary<string, string>(StringComparer.Ordinal);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("client", out var c) && c.ValueKind == JsonValueKind.Object)
                {
                    client = new ClientApplication(
                        Text(c, "app_package_name"),
                        Text(c, "app_title"),
                        Text(c, "app_version_code"),
                        Text(c, "app_version_name"),
                        Text(c, "installation_id"));
                }

                Fill(root, "custom", custom);
                Fill(root, "env", environment);
            }
        }
        catch (JsonException)
        {
            // See the class remarks: an unreadable header is an empty context.
        }

        return new ClientContext(environment, client, custom);
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
        catch (JsonException)
        {
            // See the class remarks.
        }

        return new CognitoIdentity(string.Empty, string.Empty);
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? string.Empty,
            JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
            _ => value.GetRawText(),
        } : string.Empty;

    private static void Fill(JsonElement root, string name, Dictionary<string, string> target)
    {
        if (root.TryGetProperty(name, out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in map.EnumerateObject())
            {
                target[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() ?? string.Empty : property.Value.GetRawText();
            }
        }
    }

    private sealed record ClientApplication(string AppPackageName, string AppTitle, string AppVersionCode, string AppVersionName, string InstallationId)
        : IClientApplication;

    private sealed record ClientContext(IDictionary<string, string> Environment, IClientApplication Client, IDictionary<string, string> Custom)
        : IClientContext;

    private sealed record CognitoIdentity(string IdentityId, string IdentityPoolId) : ICognitoIdentity;
}
