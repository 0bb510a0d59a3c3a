using System.Text.Json;

namespace HandlerSdk.Testing.Tests.Events;

/// <summary>The shape of a JSON document: every member path with its JSON kind, arrays as <c>[]</c>.</summary>
internal static class JsonShape
{
    /// <summary>Objects under these names are maps whose keys are data (attribute names, detail), not fields.</summary>
    private static readonly HashSet<string> Maps = new(StringComparer.Ordinal) { "messageAttributes", "MessageAttributes", "detail" };

    public static SortedDictionary<string, JsonValueKind> Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        var shape = new SortedDictionary<string, JsonValueKind>(StringComparer.Ordinal);
        Walk(document.RootElement, "$", shape);
        return shape;
    }

    public static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Events", "Samples", name));

    private static void Walk(JsonElement element, string path, SortedDictionary<string, JsonValueKind> shape)
    {
        shape[path] = element.ValueKind;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when !Maps.Contains(path[(path.LastIndexOf('.') + 1)..]):
                foreach (var member in element.EnumerateObject())
                {
                    Walk(member.Value, path + "." + member.Name, shape);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "[]", shape);
                }

                break;
        }
    }

    /// <summary>
    /// Asserts that <paramref name="built"/> has every member of <paramref name="sample"/> with the same JSON kind, and
    /// nothing else, except the members named in <paramref name="optional"/> (sent by AWS only sometimes).
    /// </summary>
    public static void AssertSame(string sample, string built, params string[] optional)
    {
        var expected = Of(sample);
        var actual = Of(built);
        foreach (var path in optional)
        {
            expected.Remove(path);
            actual.Remove(path);
        }

        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, kind) in expected)
        {
            // A null sample value stands for a string AWS may send (SNS Subject).
            if (kind != JsonValueKind.Null && actual[path] != JsonValueKind.Null)
            {
                Assert.True(kind == actual[path], $"{path}: AWS sends {kind}, the builder wrote {actual[path]}");
            }
        }
    }
}
