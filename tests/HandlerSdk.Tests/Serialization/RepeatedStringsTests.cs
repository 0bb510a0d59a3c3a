using System.Text;
using System.Text.Json;
using HandlerSdk.Serialization;

namespace HandlerSdk.Tests.Serialization;

/// <summary>
/// Short ASCII strings repeated across a payload (an AWS batch's event source, ARN, region) are read once and shared;
/// every other string is read as before, and no two different texts ever come back as one. The table is one per
/// process, so these tests run alone: another test's strings could take a slot between two reads.
/// </summary>
[Collection(ProcessState.Name)]
public sealed class RepeatedStringsTests
{
    [Fact]
    public void Threads_reading_at_once_each_get_their_own_texts()
    {
        // Four threads fight over the same slots (ids differing only in the middle share one): a slot another thread
        // just overwrote must be a miss, never another thread's text.
        var ids = Enumerable.Range(0, 4).Select(t => Enumerable.Range(0, 200).Select(i => $"059f36b4-87a3-44ab-83d2-{t}{i:D4}b8f1a").ToList()).ToList();
        var results = new List<string?>[4];

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
        {
            var json = JsonSerializer.Serialize(Enumerable.Repeat(ids[t], 50).SelectMany(x => x).ToList());
            results[t] = ReadAll(json);
        });

        for (var t = 0; t < 4; t++)
        {
            Assert.Equal(Enumerable.Repeat(ids[t], 50).SelectMany(x => x), results[t]);
        }
    }

    [Fact]
    public void The_same_short_ascii_text_read_twice_is_one_string()
    {
        var values = ReadAll("""["arn:aws:sqs:us-east-2:123456789012:my-queue","aws:sqs","arn:aws:sqs:us-east-2:123456789012:my-queue"]""");

        Assert.Equal("arn:aws:sqs:us-east-2:123456789012:my-queue", values[0]);
        Assert.Same(values[0], values[2]);
    }

    [Fact]
    public void Every_value_reads_as_its_own_text_whatever_the_table_holds()
    {
        // Far more distinct strings than the table has slots: slots are shared and overwritten, never confused.
        var texts = Enumerable.Range(0, 5000).Select(i => "v-" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var json = JsonSerializer.Serialize(texts.Concat(texts).ToList());

        Assert.Equal(texts.Concat(texts), ReadAll(json));
    }

    [Fact]
    public void Ids_that_differ_only_in_the_middle_share_a_slot_but_never_a_value()
    {
        var ids = Enumerable.Range(0, 100).Select(i => $"059f36b4-87a3-44ab-83d2-66197{i:D2}b8f1a").ToList();
        var json = JsonSerializer.Serialize(ids.Concat(ids).Concat(["059f36b4-87a3-44ab-83d2-6619700b8f1a"]).ToList());

        var values = ReadAll(json);

        Assert.Equal(ids.Concat(ids).Concat(["059f36b4-87a3-44ab-83d2-6619700b8f1a"]), values);
    }

    [Theory]
    [InlineData("\"caf\u00e9\"", "caf\u00e9")]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("\"\\u0041\"", "A")]
    [InlineData("\"\"", "")]
    public void Escaped_non_ascii_and_empty_strings_read_as_before(string json, string expected)
    {
        var values = ReadAll($"[{json},{json}]");

        Assert.Equal([expected, expected], values);
    }

    [Fact]
    public void Long_strings_are_not_kept()
    {
        var text = new string('x', 65);

        var values = ReadAll($"[\"{text}\",\"{text}\"]");

        Assert.Equal(text, values[1]);
        Assert.NotSame(values[0], values[1]);
    }

    private static List<string?> ReadAll(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var values = new List<string?>();
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(JsonRead.String(ref reader));
        }

        return values;
    }
}
