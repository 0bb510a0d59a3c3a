namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// The request headers a gateway forwards: the client's, plus the <c>X-Forwarded-*</c> and X-Ray headers API Gateway and
/// ALBs add, with the client's values first when it sent its own (<c>X-Forwarded-For</c> gets the caller appended).
/// </summary>
internal static class GatewayHeaders
{
    /// <summary>Headers by name (lower-cased when asked, else as the client wrote the first of them), values in order.</summary>
    public static IReadOnlyList<KeyValuePair<string, List<string>>> Merged(IncomingRequest request, bool lowerCase)
    {
        var merged = new List<KeyValuePair<string, List<string>>>();
        var byName = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        void Add(string name, string value)
        {
            if (!byName.TryGetValue(name, out var values))
            {
                values = [];
                byName[name] = values;
                merged.Add(new(lowerCase ? name.ToLowerInvariant() : name, values));
            }

            values.Add(value);
        }

        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                Add(name, value);
            }
        }

        if (byName.TryGetValue("X-Forwarded-For", out var forwardedFor))
        {
            forwardedFor[^1] += ", " + request.SourceIp;
        }
        else
        {
            Add("X-Forwarded-For", request.SourceIp);
        }

        if (!byName.ContainsKey("X-Forwarded-Port"))
        {
            Add("X-Forwarded-Port", request.LocalPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!byName.ContainsKey("X-Forwarded-Proto"))
        {
            Add("X-Forwarded-Proto", "http");
        }

        if (!byName.ContainsKey("X-Amzn-Trace-Id"))
        {
            Add("X-Amzn-Trace-Id", request.TraceId);
        }

        return merged;
    }
}
