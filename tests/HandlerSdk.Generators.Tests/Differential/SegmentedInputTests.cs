using System.Reflection;
using System.Text;
using CsCheck;
using static HandlerSdk.Generators.Tests.Differential.Differential;

namespace HandlerSdk.Generators.Tests.Differential;

/// <summary>
/// Generated readers match property names and enum names on the reader's <c>ValueSpan</c>; a reader over a
/// <c>ReadOnlySequence</c> may hold a name split across segments (<c>HasValueSequence</c>), where <c>ValueSpan</c> is
/// empty. Such names must still match: the same value as from one span, whatever the cuts.
/// </summary>
public sealed class SegmentedInputTests
{
    [Theory]
    [InlineData("Order", 1)]
    [InlineData("Order", 3)]
    [InlineData("Everything", 1)]
    [InlineData("Everything", 5)]
    public void A_payload_cut_into_segments_reads_as_from_one_span(string root, int segmentLength)
    {
        var corpus = CorpusAssembly.Get(CorpusAssembly.SnakeCaseName);
        var type = corpus.Type(root);
        var read = corpus.Assembly.GetType("Corpus.UserCodeBridge", throwOnError: true)!.GetMethod("ReadSegmented")!;
        Values(corpus, type).Where(value => value is not null).Sample(
            value =>
            {
                var json = Encoding.UTF8.GetBytes(corpus.StjWrite(type, value));
                var whole = corpus.OursRead(type, json);
                object? segmented;
                try
                {
                    segmented = read.Invoke(null, [type, json, segmentLength]);
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    throw new Xunit.Sdk.XunitException($"The segmented read failed: {e.InnerException}");
                }

                Assert.Equal(corpus.StjWrite(type, whole), corpus.StjWrite(type, segmented));
            },
            iter: 20,
            print: value => corpus.Describe(type, value));
    }
}
