using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Whether two JSON documents carry the same data: same members with the same values, in any order. Numbers compare
/// by value (<c>1.50</c> is <c>1.5</c>); a member that is <c>null</c> is the same as one that is absent (neither
/// carries a value); ISO 8601 timestamps compare by instant, since a <see cref="DateTimeOffset"/> writes
/// <c>2019-01-02T12:45:07.000Z</c> back as <c>2019-01-02T12:45:07+00:00</c>.
/// </summary>
internal static class JsonSemantics
{
    /// <summary>Fails naming the first path where <paramref name="actual"/> differs from <paramref name="expected"/>.</summary>
    public static void AssertSame(string expected, string actual)
    {
        var difference = Difference(JsonNode.Parse(expected), JsonNode.Parse(actual), "$");
        Assert.True(difference is null, $"{difference}{Environment.NewLine}expected: {expected}{Environment.NewLine}actual:   {actual}");
    }

    private static string? Difference(JsonNode? expected, JsonNode? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} became {Show(actual)}";
        }

        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key), StringComparer.Ordinal))
                {
                    if (Difference(e[name], a[name], $"{path}.{name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    return $"{path}: {e.Count} items became {a.Count}";
                }

                for (var i = 0; i < e.Count; i++)
                {
                    if (Difference(e[i], a[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case (JsonValue e, JsonValue a):
                return SameValue(e, a) ? null : $"{path}: {Show(e)} became {Show(a)}";
            default:
                return $"{path}: {Show(expected)} became {Show(actual)}";
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        var e = expected.GetValue<JsonElement>();
        var a = actual.GetValue<JsonElement>();
        if (e.ValueKind != a.ValueKind)
        {
            return false;
        }

        return e.ValueKind switch
        {
            JsonValueKind.Number => e.GetDecimal() == a.GetDecimal(),
            JsonValueKind.String => e.GetString() == a.GetString() || SameInstant(e.GetString()!, a.GetString()!),
            _ => e.GetRawText() == a.GetRawText(),
        };
    }

    private static bool SameInstant(string expected, string actual) =>
        IsTimestamp(expected, out var e) && IsTimestamp(actual, out var a) && e == a;

    private static bool IsTimestamp(string text, out DateTimeOffset value)
    {
        // Only full ISO 8601 date-times with an offset or Z, so that no other string can pass for one.
        value = default;
        return text.Length >= 20 && text[4] == '-' && text[10] == 'T'
            && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
    }

    private static string Show(JsonNode? node) => node is null ? "null/absent" : node.ToJsonString();
}
