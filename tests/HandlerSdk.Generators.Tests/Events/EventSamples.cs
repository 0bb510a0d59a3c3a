using System.Text.Json;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// The two checks every AWS sample gets, for each family's test class: read with the generated reader and written
/// back, it keeps every field; System.Text.Json's reflection serializer reads it to the same values. Each runs in both
/// corpora (default options, and a snake_case naming policy that must not rename what AWS sends).
/// </summary>
internal static class EventSamples
{
    private static readonly JsonSerializerOptions Stj = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Every (corpus, sample, root) case; a root names a type of <c>HandlerSdk.Events</c>, as <c>SqsEvent</c>.</summary>
    public static TheoryData<string, string, string> Cases(params (string Sample, string Root)[] samples)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var corpus in EventCorpus.Names)
        {
            foreach (var (sample, root) in samples)
            {
                data.Add(corpus, sample, root);
            }
        }

        return data;
    }

    /// <summary>The event model named <paramref name="name"/> in <c>HandlerSdk.Events</c>.</summary>
    public static Type EventType(string name) =>
        typeof(HandlerSdk.Events.AwsEventObject).Assembly.GetType("HandlerSdk.Events." + name, throwOnError: true)!;

    public static void AssertRoundTrip(string corpusName, string sample, Type type)
    {
        var corpus = EventCorpus.Get(corpusName);
        var json = Sample(sample);

        var read = corpus.Read(type, json);
        var written = corpus.Write(type, read);

        JsonSemantics.AssertSame(json, written);
        // Kept members would pass the comparison above even where the model misses one: none may be left over.
        DeclaredMembers.AssertNoneUndeclared(read);
        // Printing an event (a log line) must never throw: views that can fail are methods, not properties.
        Assert.NotEmpty(read!.ToString()!);
    }

    public static void AssertSystemTextJsonAgrees(string corpusName, string sample, Type type)
    {
        var corpus = EventCorpus.Get(corpusName);
        var json = Sample(sample);

        var stj = JsonSerializer.Deserialize(json, type, Stj);
        var ours = corpus.Read(type, json);

        Assert.Equal(JsonSerializer.Serialize(stj, type, Stj), JsonSerializer.Serialize(ours, type, Stj));
        JsonSemantics.AssertSame(json, JsonSerializer.Serialize(stj, type, Stj));
    }

    /// <summary>A sample read with the default corpus's generated reader.</summary>
    public static T Read<T>(string sample)
        where T : class =>
        Assert.IsType<T>(EventCorpus.Get(EventCorpus.DefaultName).Read(typeof(T), Sample(sample)));

    /// <summary>The text of Events/Samples/<paramref name="name"/>.</summary>
    public static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Events", "Samples", name));
}
