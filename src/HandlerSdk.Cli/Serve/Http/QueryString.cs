namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// A raw query string split into its parameters in order. API Gateway decodes names and values (<c>+</c> as a space);
/// an ALB passes them on exactly as sent.
/// </summary>
internal static class QueryString
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string rawQuery, bool decode)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        foreach (var pair in rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? "" : pair[(equals + 1)..];
            parameters.Add(decode ? new(Decode(name), Decode(value)) : new(name, value));
        }

        return parameters;
    }

    /// <summary>Parameters with the same name, together, in the order their names first appeared.</summary>
    public static IReadOnlyList<KeyValuePair<string, List<string>>> Group(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var grouped = new List<KeyValuePair<string, List<string>>>();
        var byName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (!byName.TryGetValue(name, out var values))
            {
                values = [];
                byName[name] = values;
                grouped.Add(new(name, values));
            }

            values.Add(value);
        }

        return grouped;
    }

    // A malformed escape (a lone %) is kept as sent, as UnescapeDataString leaves it.
    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
