using System.Text.Json.Nodes;

namespace HandlerSdk.Generators.Tests.Http;

/// <summary>
/// HTTP events made from AWS's published samples (Events/Samples): the sample as AWS documents it, with only the
/// request line, query, headers and body replaced, so every other field is what a real gateway sends.
/// </summary>
internal static class HttpPayloads
{
    public static byte[] Build(string format, string method, string path, string? query, string? body, Dictionary<string, string> headers)
    {
        var node = format switch
        {
            "v2" => V2(method, path, query),
            "v1" => V1(method, path, query, "apigw-v1-rest-proxy.json"),
            "alb" => V1(method, path, query, "alb-request.json"),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "v2, v1 or alb"),
        };
        node["body"] = body;
        node["isBase64Encoded"] = false;
        foreach (var (name, value) in headers)
        {
            node["headers"]!.AsObject()[name] = value;
            if (node["multiValueHeaders"] is JsonObject multi)
            {
                multi[name] = new JsonArray(value);
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    private static JsonObject Sample(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Events", "Samples", name)))!.AsObject();

    private static JsonObject V2(string method, string path, string? query)
    {
        var node = Sample("apigw-v2-docs.json");
        node["rawPath"] = path;
        node["requestContext"]!["http"]!["method"] = method;
        node["requestContext"]!["http"]!["path"] = path;
        node["rawQueryString"] = query ?? string.Empty;
        var parameters = new JsonObject();
        foreach (var (key, values) in Pairs(query))
        {
            parameters[key] = string.Join(",", values);
        }

        node["queryStringParameters"] = parameters;
        node.Remove("pathParameters");
        // The documented sample shows both authorizer kinds; a real request carries the one its route has (JWT here).
        node["requestContext"]!["authorizer"]!.AsObject().Remove("lambda");
        return node;
    }

    private static JsonObject V1(string method, string path, string? query, string sample)
    {
        var node = Sample(sample);
        node["httpMethod"] = method;
        node["path"] = path;
        var single = new JsonObject();
        var multi = new JsonObject();
        foreach (var (key, values) in Pairs(query))
        {
            single[key] = values[^1];
            multi[key] = new JsonArray([.. values.Select(v => (JsonNode?)v)]);
        }

        node["queryStringParameters"] = single;
        if (node.ContainsKey("multiValueQueryStringParameters"))
        {
            node["multiValueQueryStringParameters"] = multi;
        }

        if (node["requestContext"]?["path"] is not null)
        {
            node["requestContext"]!["path"] = path;
            node["requestContext"]!["httpMethod"] = method;
        }

        return node;
    }

    private static IEnumerable<(string Key, List<string> Values)> Pairs(string? query) =>
        (query ?? string.Empty)
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .GroupBy(p => p[0])
            .Select(g => (g.Key, g.Select(p => p.Length > 1 ? p[1] : string.Empty).ToList()));
}
