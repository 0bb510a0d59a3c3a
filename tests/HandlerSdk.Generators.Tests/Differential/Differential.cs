using System.Collections.Concurrent;
using CsCheck;
using HandlerSdk.Serialization;

namespace HandlerSdk.Generators.Tests.Differential;

/// <summary>Shared by the differential tests: the cases, the generators per corpus, and outcome comparison.</summary>
internal static class Differential
{
    /// <summary>Every root of Corpus/Bridge.cs, by display name.</summary>
    public static readonly string[] RootNames =
    [
        "Everything", "Primitives", "NullablePrimitives", "Point", "Point?", "Range", "Coord", "Money", "Order", "Customer", "Address",
        "OrderLine", "Annotated", "Dog", "TreeNode", "Collections", "Dictionaries", "WithCtor", "Defaults", "Account", "Passthrough",
        "CasingNames", "List<Order>", "OrderLine[]", "Dictionary<string, TreeNode>", "Color", "Status?", "Envelope<Customer>", "PlacedEvent",
        "Tagged<Int32>", "Included", "Preset", "Converted", "Open", "OpenRecord",
    ];

    private static readonly ConcurrentDictionary<string, ValueGen> Gens = new(StringComparer.Ordinal);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var corpus in CorpusAssembly.Names)
        {
            foreach (var root in RootNames)
            {
                data.Add(corpus, root);
            }
        }

        return data;
    }

    public static Gen<object?> Values(CorpusAssembly corpus, Type type) => Gens.GetOrAdd(corpus.Name, _ => new ValueGen()).For(type);

    /// <summary>A value, with a seed for the JSON rewrites done on it.</summary>
    public static Gen<Input> ValuesAndSeeds(CorpusAssembly corpus, Type type) => Gen.Select(Values(corpus, type), Gen.Int, (value, seed) => new Input(value, seed));

    public static Outcome Try(Func<object?> action)
    {
        try
        {
            return new Outcome(action(), null);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return new Outcome(null, e);
        }
    }

    /// <summary>
    /// Ours and System.Text.Json read <paramref name="json"/> alike: both to values System.Text.Json writes the
    /// same, or both fail, ours with a <see cref="LambdaJsonException"/>.
    /// </summary>
    public static void AssertReadsAlike(CorpusAssembly corpus, Type type, string json)
    {
        var stj = Try(() => corpus.StjRead(type, json));
        var ours = Try(() => corpus.OursRead(type, json));
        if (stj.Error is null && ours.Error is null)
        {
            // Compared by what System.Text.Json writes of each, which may itself fail alike (1e999 reads as infinity).
            var expected = Try(() => corpus.StjWrite(type, stj.Value));
            var actual = Try(() => corpus.StjWrite(type, ours.Value));
            Assert.Equal(expected.Error?.Message, actual.Error?.Message);
            Assert.Equal(expected.Value, actual.Value);
        }
        else if (stj.Error is not null && ours.Error is not null)
        {
            Assert.True(ours.Error is LambdaJsonException, $"Expected a LambdaJsonException, got {ours.Error}");
        }
        else
        {
            Assert.Fail(stj.Error is null
                ? $"System.Text.Json reads {json}{Environment.NewLine}but ours fails: {ours.Error}"
                : $"Ours reads {json}{Environment.NewLine}as {corpus.Describe(type, ours.Value)}{Environment.NewLine}but System.Text.Json fails: {stj.Error!.Message}");
        }
    }

    public sealed record Input(object? Value, int Seed);

    public sealed record Outcome(object? Value, Exception? Error);
}
