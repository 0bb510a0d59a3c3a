using System.Buffers;
using System.Collections;
using System.Reflection;
using System.Text;

namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>
/// Checks, before anything is timed, that both serializers do the same work: the same JSON text from the same
/// object, and equal objects from the same JSON text. Equality is structural and independent of either serializer.
/// </summary>
internal static class Verification
{
    public static byte[] StjBytes<T>(T value)
    {
        var output = new ArrayBufferWriter<byte>();
        switch (value)
        {
            case OrderDocument order: Stj.Write(output, order); break;
            case HttpApiRequest request: Stj.Write(output, request); break;
            case SqsEvent batch: Stj.Write(output, batch); break;
            case Manifest manifest: Stj.Write(output, manifest); break;
            default: throw new ArgumentException("Not a benchmark payload.", nameof(value));
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>Runs every check and prints one line per payload; returns false if any check failed.</summary>
    public static bool Run(TextWriter log)
    {
        var ok = true;
        ok &= Check(log, "order", SampleData.Order(), Ours.ReadOrder, Stj.ReadOrder, Ours.Write, Stj.Write);
        ok &= Check(log, "HTTP API v2 request", SampleData.HttpApi(), Ours.ReadHttpApi, Stj.ReadHttpApi, Ours.Write, Stj.Write);
        ok &= Check(log, "SQS batch of 10", SampleData.Sqs(), Ours.ReadSqs, Stj.ReadSqs, Ours.Write, Stj.Write);
        ok &= Check(log, "manifest of 40 enum-heavy entries", SampleData.Manifest(), Ours.ReadManifest, Stj.ReadManifest, Ours.Write, Stj.Write);
        return ok;
    }

    private delegate T Reader<T>(ReadOnlySpan<byte> json);

    private static bool Check<T>(TextWriter log, string name, T original, Reader<T> oursRead, Reader<T> stjRead, Action<IBufferWriter<byte>, T> oursWrite, Action<IBufferWriter<byte>, T> stjWrite)
    {
        var failures = new List<string>();
        var stjText = Write(stjWrite, original);
        var oursText = Write(oursWrite, original);
        if (!stjText.AsSpan().SequenceEqual(oursText))
        {
            failures.Add($"write: texts differ\n  STJ:  {Encoding.UTF8.GetString(stjText)}\n  ours: {Encoding.UTF8.GetString(oursText)}");
        }

        var oursObject = oursRead(stjText);
        var stjObject = stjRead(stjText);
        if (Difference(stjObject, oursObject, "$") is { } readDifference)
        {
            failures.Add("read: objects differ at " + readDifference);
        }

        if (Difference(original, oursObject, "$") is { } roundTrip)
        {
            failures.Add("read: object differs from the original at " + roundTrip);
        }

        // Both readers must also accept the other's casing, as both are case-insensitive.
        var lowered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(stjText).Replace("\"Records\"", "\"records\"", StringComparison.Ordinal).Replace("\"Lines\"", "\"lines\"", StringComparison.Ordinal));
        if (Difference(stjRead(lowered), oursRead(lowered), "$") is { } caseDifference)
        {
            failures.Add("case-insensitive read: objects differ at " + caseDifference);
        }

        log.WriteLine($"{(failures.Count == 0 ? "ok  " : "FAIL")} {name}: {stjText.Length:N0} bytes of JSON; identical text written, equal objects read");
        foreach (var failure in failures)
        {
            log.WriteLine("     " + failure);
        }

        return failures.Count == 0;
    }

    private static byte[] Write<T>(Action<IBufferWriter<byte>, T> write, T value)
    {
        var output = new ArrayBufferWriter<byte>();
        write(output, value);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>The path of the first difference between two object graphs, or null when they are equal.</summary>
    internal static string? Difference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : path;
        }

        if (expected.GetType() != actual.GetType())
        {
            return path + " (type)";
        }

        switch (expected)
        {
            case string or ValueType:
                // DateTimeOffset.Equals ignores the offset; the text written must keep it, so compare both.
                return expected.Equals(actual) && (expected is not DateTimeOffset e || e.Offset == ((DateTimeOffset)actual).Offset) ? null : path;
            case IDictionary expectedMap:
                var actualMap = (IDictionary)actual;
                if (expectedMap.Count != actualMap.Count)
                {
                    return path + " (count)";
                }

                foreach (DictionaryEntry entry in expectedMap)
                {
                    var entryPath = $"{path}[{entry.Key}]";
                    if (!actualMap.Contains(entry.Key))
                    {
                        return entryPath + " (missing)";
                    }

                    if (Difference(entry.Value, actualMap[entry.Key], entryPath) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case IList expectedList:
                var actualList = (IList)actual;
                if (expectedList.Count != actualList.Count)
                {
                    return path + " (count)";
                }

                for (var i = 0; i < expectedList.Count; i++)
                {
                    if (Difference(expectedList[i], actualList[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (Difference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
        }
    }
}
