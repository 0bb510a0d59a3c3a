using System.Runtime.CompilerServices;
using System.Text;

namespace HandlerSdk.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated files with committed <c>Snapshots/{Test}#{Hint}.verified.cs</c>. A difference writes
/// <c>*.received.cs</c> beside the verified file and fails; <c>UPDATE_SNAPSHOTS=1</c> accepts the received text.
/// </summary>
internal static class Snapshot
{
    private const string VerifiedSuffix = ".verified.cs";
    private const string ReceivedSuffix = ".received.cs";

    private static bool Update => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") is "1" or "true";

    // include: only the files whose hint name it accepts (default: all), for tests about one kind of file.
    public static void Verify(GeneratorRun run, Func<string, bool>? include = null, [CallerMemberName] string testName = "", [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        Directory.CreateDirectory(directory);
        var failures = new List<string>();
        var expectedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (hintName, text) in run.Sources.Where(s => include?.Invoke(s.Key) ?? true))
        {
            var stem = Path.Combine(directory, $"{testName}#{StripCs(hintName)}");
            var verifiedPath = stem + VerifiedSuffix;
            var receivedPath = stem + ReceivedSuffix;
            expectedFiles.Add(Path.GetFileName(verifiedPath));
            var received = Normalize(text);
            var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (verified == received)
            {
                File.Delete(receivedPath);
                continue;
            }

            if (Update)
            {
                File.WriteAllText(verifiedPath, received, Utf8NoBom);
                File.Delete(receivedPath);
                continue;
            }

            File.WriteAllText(receivedPath, received, Utf8NoBom);
            failures.Add(verified is null
                ? $"new file {hintName}: no {Path.GetFileName(verifiedPath)} yet"
                : $"{hintName} differs from {Path.GetFileName(verifiedPath)} at line {FirstDifferentLine(verified, received)}");
        }

        // A verified file the generator no longer produces is a difference too.
        foreach (var stale in Directory.EnumerateFiles(directory, $"{testName}#*{VerifiedSuffix}")
                     .Where(path => !expectedFiles.Contains(Path.GetFileName(path))))
        {
            if (Update)
            {
                File.Delete(stale);
            }
            else
            {
                failures.Add($"{Path.GetFileName(stale)} is no longer generated");
            }
        }

        Assert.True(
            failures.Count == 0,
            $"Generated code for {testName} does not match its snapshots in {directory}:{Environment.NewLine}  " +
            string.Join(Environment.NewLine + "  ", failures) + Environment.NewLine +
            "Compare the *.received.cs files with the *.verified.cs ones; if the change is intended, run the tests with UPDATE_SNAPSHOTS=1.");
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static string StripCs(string hintName) =>
        hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static int FirstDifferentLine(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            if (left[i] != right[i])
            {
                return i + 1;
            }
        }

        return Math.Min(left.Length, right.Length) + 1;
    }
}
