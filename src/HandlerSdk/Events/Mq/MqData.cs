namespace HandlerSdk.Events;

/// <summary>Decodes the base64 bodies of Amazon MQ messages.</summary>
internal static class MqData
{
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
