using System.Text.Json;

namespace HandlerSdk.Cli.Invoke;

/// <summary>Reads the event from a file or standard input and checks it is JSON, as Lambda's Invoke API would.</summary>
internal static class EventReader
{
    public static async Task<string> ReadAsync(string source, TextReader standardInput, CancellationToken cancellationToken)
    {
        string json;
        string origin;
        if (source == "-")
        {
            json = await standardInput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            origin = "standard input";
        }
        else
        {
            var fullPath = Path.GetFullPath(source);
            if (!File.Exists(fullPath))
            {
                throw new UserErrorException($"event file not found: {fullPath}");
            }

            json = await File.ReadAllTextAsync(fullPath, cancellationToken).ConfigureAwait(false);
            origin = fullPath;
        }

        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new UserErrorException($"the event in {origin} is not valid JSON: {ex.Message}");
        }

        return json;
    }
}
