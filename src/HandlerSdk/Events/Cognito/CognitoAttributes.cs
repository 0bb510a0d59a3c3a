using System.Text.Json;

namespace HandlerSdk.Events;

/// <summary>
/// Reads one user attribute as text. Cognito sends attribute values as strings (<c>"email_verified": "true"</c>), but
/// AWS's own samples for some triggers send booleans, so the maps keep each value as the JSON it was.
/// </summary>
internal static class CognitoAttributes
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement>? attributes, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (attributes is null || !attributes.TryGetValue(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };
    }
}
