using System.Runtime.Loader;
using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Tests.Http;

/// <summary>
/// The parsers generated for enums that routes bind from text: what they accept (names ignoring case, defined numbers,
/// combined flags) and refuse, for every underlying type and for names that differ only in case; their text
/// (snapshot: a switch over the members, no reflection); one file per enum however many routes bind it.
/// </summary>
public sealed class HttpEnumParserTests
{
    private const string Enums = """
        public enum Color { Red, Green, Blue = 7 }
        public enum Tiny : byte { Zero, Max = 255 }
        public enum Signed : long { Low = -3_000_000_000, Mid = 0, High = 3_000_000_000 }
        public enum Cased { Ab, AB, @class }
        public enum Empty { }
        [Flags] public enum Access : ulong { None = 0, Read = 1, Write = 2, Top = 0x8000_0000_0000_0000 }
        [Flags] public enum Small : sbyte { None = 0, A = 1, B = 2 }
        [HttpApi("Enums")]
        public sealed class Api
        {
            [HttpGet("/c/{color}")] public static void C(Color color, Tiny tiny, Signed signed, Cased cased, Empty empty, Access access, Small small) { }
            [HttpGet("/d/{color}")] public static void D(Color color, Color[] colors) { }
        }
        """;

    private static readonly Lazy<Func<string, string, string>> Parse = new(Load);

    [Theory]
    [InlineData("Color", "Red", "Red")]
    [InlineData("Color", "blue", "Blue")]
    [InlineData("Color", " GREEN ", "Green")]
    [InlineData("Color", "7", "Blue")]
    [InlineData("Color", "+1", "Green")]
    [InlineData("Tiny", "max", "Max")]
    [InlineData("Tiny", "255", "Max")]
    [InlineData("Signed", "-3000000000", "Low")]
    [InlineData("Signed", "high", "High")]
    [InlineData("Cased", "Ab", "Ab")]
    [InlineData("Cased", "AB", "AB")]
    [InlineData("Cased", "ab", "Ab")]
    [InlineData("Cased", "CLASS", "class")]
    [InlineData("Cased", "2", "class")]
    [InlineData("Access", "read,write", "Read, Write")]
    [InlineData("Access", "Top, 1", "Read, Top")]
    [InlineData("Access", "9223372036854775808", "Top")]
    [InlineData("Access", "0", "None")]
    [InlineData("Small", "a, b", "A, B")]
    [InlineData("Small", "3", "A, B")]
    public void Names_ignoring_case_and_defined_numbers_are_values(string type, string text, string expected)
    {
        Assert.Equal(expected, Parse.Value(type, text));
    }

    [Theory]
    [InlineData("Color", "")]
    [InlineData("Color", "  ")]
    [InlineData("Color", "Purple")]
    [InlineData("Color", "3")]
    [InlineData("Color", "-1")]
    [InlineData("Color", "Red,Green")]
    [InlineData("Color", "1.0")]
    [InlineData("Color", "0x7")]
    [InlineData("Tiny", "256")]
    [InlineData("Tiny", "1")]
    [InlineData("Signed", "1")]
    [InlineData("Empty", "0")]
    [InlineData("Access", "4")]
    [InlineData("Access", "read,,write")]
    [InlineData("Access", "read,")]
    [InlineData("Access", "-1")]
    [InlineData("Small", "4")]
    [InlineData("Small", "-1")]
    public void Anything_else_is_not_a_value(string type, string text)
    {
        Assert.Equal("fail", Parse.Value(type, text));
    }

    [Fact]
    public void Enum_parsers()
    {
        var run = GeneratorRun.Run(HttpAnalyzerRun.Usings + Enums, OutputKind.DynamicallyLinkedLibrary).AssertCompilesCleanly();

        Assert.Equal(7, run.Sources.Keys.Count(k => k.StartsWith("HttpEnum_", StringComparison.Ordinal)));
        Assert.DoesNotContain(run.Sources.Where(s => s.Key.StartsWith("HttpEnum_", StringComparison.Ordinal)), s => s.Value.Contains("Enum.", StringComparison.Ordinal));
        Snapshot.Verify(run, hint => hint is "HttpEnum_Color.TryParse.g.cs" or "HttpEnum_Cased.TryParse.g.cs" or "HttpEnum_Access.TryParse.g.cs");
    }

    /// <summary>Compiles <see cref="Enums"/> with a probe calling each generated <c>TryParse</c> (spans cannot cross reflection).</summary>
    private static Func<string, string, string> Load()
    {
        const string Probe = """
            public static class Probe
            {
                public static string Run(string type, string text) => type switch
                {
                    "Color" => global::HandlerSdk.Generated.HttpEnum_Color.TryParse(text, out var v) ? v.ToString() : "fail",
                    "Tiny" => global::HandlerSdk.Generated.HttpEnum_Tiny.TryParse(text, out var v) ? v.ToString() : "fail",
                    "Signed" => global::HandlerSdk.Generated.HttpEnum_Signed.TryParse(text, out var v) ? v.ToString() : "fail",
                    "Cased" => global::HandlerSdk.Generated.HttpEnum_Cased.TryParse(text, out var v) ? v.ToString() : "fail",
                    "Empty" => global::HandlerSdk.Generated.HttpEnum_Empty.TryParse(text, out var v) ? v.ToString() : "fail",
                    "Access" => global::HandlerSdk.Generated.HttpEnum_Access.TryParse(text, out var v) ? v.ToString() : "fail",
                    "Small" => global::HandlerSdk.Generated.HttpEnum_Small.TryParse(text, out var v) ? v.ToString() : "fail",
                    _ => throw new ArgumentException(type),
                };
            }
            """;
        var run = GeneratorRun.Run(GeneratorRun.Compile([HttpAnalyzerRun.Usings + Enums, HttpAnalyzerRun.Usings + Probe], OutputKind.DynamicallyLinkedLibrary)).AssertCompilesCleanly();
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        var method = new AssemblyLoadContext("EnumParsers", isCollectible: true).LoadFromStream(image).GetType("Probe")!.GetMethod("Run")!;
        return (type, text) => (string)method.Invoke(null, [type, text])!;
    }
}
