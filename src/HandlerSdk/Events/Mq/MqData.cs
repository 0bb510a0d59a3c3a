using System.Globalization;
using System.Text.Json;

namespace HandlerSdk.Events;

/// <summary>Decodes the base64 bodies and the number-or-text expirations of Amazon MQ messages.</summary>
internal static class MqData
{
    public static long? Milliseconds(JsonElement? value, string what)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var number))
        {
            return number;
        }

        if (element.ValueKind == JsonValueKind.String
            && long.TryParse(element.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw new FormatException($"The {what}'s expiration is {element.GetRawText()}, not a whole number of milliseconds.");
    }

    public static byte[] Decode(string data, string what)
    {
        try
        {
            return Convert.FromBase64String(data);
        }
        catch (FormatException error)
        {
            throw new FormatException($"The {what}'s data is not base64: {error.Message}", error);
        }
    }
}
