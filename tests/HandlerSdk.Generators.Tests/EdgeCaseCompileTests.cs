using HandlerSdk.Generators.Tests.Infrastructure;

namespace HandlerSdk.Generators.Tests;

/// <summary>Names and values that stress how the emitters spell C#: each project must compile cleanly.</summary>
public sealed class EdgeCaseCompileTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using HandlerSdk;

        """;

    private static readonly Dictionary<string, string> Cases = new(StringComparer.Ordinal)
    {
        ["keyword enum members"] = """
            namespace Edge;
            public enum Kind { @class, @event, Plain }
            [JsonConverter(typeof(JsonStringEnumConverter<Named>))]
            public enum Named { @class, @event }
            [Flags]
            [JsonConverter(typeof(JsonStringEnumConverter<Bits>))]
            public enum Bits { @int = 1, @long = 2 }
            public sealed record R(Kind Kind, Named Named, Bits Bits, Dictionary<Named, int> ByName);
            public static class H { [LambdaHandler] public static R Handle(R input) => input; }
            """,
        ["keyword handler method"] = """
            namespace Edge;
            public static class H { [LambdaHandler] public static int @event(int input) => input; }
            """,
        ["keyword init-only and required members"] = """
            namespace Edge;
            public sealed class C
            {
                public string @class { get; init; } = "";
                public required int @event { get; init; }
                public int @base { get; set; }
            }
            public static class H { [LambdaHandler] public static C Handle(C input) => input; }
            """,
        ["special floating-point and decimal defaults"] = """
            namespace Edge;
            public sealed record D(double NaN = double.NaN, double Inf = double.PositiveInfinity, float NegInf = float.NegativeInfinity, decimal Precise = 1.2345678901234567890123456789m, double Max = double.MaxValue, float Tiny = float.Epsilon);
            public static class H { [LambdaHandler] public static D Handle(D input) => input; }
            """,
        ["integer defaults at their limits"] = """
            namespace Edge;
            public enum Big : ulong { Max = ulong.MaxValue }
            public sealed record I(long Min = long.MinValue, int IntMin = int.MinValue, ulong UMax = ulong.MaxValue, short S = short.MinValue, sbyte B = sbyte.MinValue, Big Big = Big.Max, uint U = uint.MaxValue);
            public static class H { [LambdaHandler] public static I Handle(I input) => input; }
            """,
        ["type names that flatten to the same identifier"] = """
            namespace A { public sealed record B_C(int X); }
            namespace A_B { public sealed record C(string Y); }
            namespace Edge
            {
                public sealed record Both(A.B_C First, A_B.C Second);
                public static class H { [LambdaHandler] public static Both Handle(Both input) => input; }
            }
            """,
        ["overloaded handlers with distinct names"] = """
            namespace Edge;
            public sealed record A(int X);
            public sealed record B(string Y);
            public static class H
            {
                [LambdaHandler(Name = "RunA")] public static int Run(A input) => input.X;
                [LambdaHandler(Name = "Run-B <&>")] public static string Run(B input) => input.Y;
            }
            """,
        ["negative enum and integer constructor defaults"] = """
            namespace Edge;
            public enum Level { Unknown = -1, Low = 0 }
            public sealed record Settings(Level Level = Level.Unknown, int Offset = -5, long Big = -9000000000);
            public static class H { [LambdaHandler] public static Settings Handle(Settings input) => input; }
            """,
        ["required members bound to a constructor without SetsRequiredMembers"] = """
            namespace Edge;
            public sealed class Account
            {
                public Account(string id) { Id = id; }
                public required string Id { get; init; }
                public required int Level { get; set; }
            }
            public static class H { [LambdaHandler] public static Account Handle(Account input) => input; }
            """,
        ["ignore when writing and when reading"] = """
            namespace Edge;
            public sealed class Secret
            {
                [JsonIgnore(Condition = JsonIgnoreCondition.WhenWriting)] public string Password { get; set; } = "";
                [JsonIgnore(Condition = JsonIgnoreCondition.WhenReading)] public string Display { get; set; } = "";
            }
            public static class H { [LambdaHandler] public static Secret Handle(Secret input) => input; }
            """,
        ["type in the global namespace"] = """
            public sealed record GlobalThing(int X);
            public static class GlobalHandlers { [LambdaHandler] public static GlobalThing Handle(GlobalThing input) => input; }
            """,
        ["nested types in a generic type and a nested handler class"] = """
            namespace Edge;
            public sealed class Outer<T> { public sealed record Inner(T Value); }
            public static class Container
            {
                public static class H { [LambdaHandler] public static Outer<int>.Inner Handle(Outer<string>.Inner input) => new(input.Value.Length); }
            }
            """,
        ["members named like generated locals"] = """
            namespace Edge;
            public sealed record Locals(int reader, string writer, int value, int __v0, int __has0, string __property, int __result, int __match)
            {
                public int __p0 { get; set; }
                public int input { get; set; }
            }
            public static class H { [LambdaHandler] public static Locals Handle(Locals input) => input; }
            """,
        ["type named like generated classes"] = """
            namespace Edge;
            public sealed record LambdaJson(int X);
            public sealed record LambdaHandlers(int Y);
            public static class H { [LambdaHandler] public static LambdaHandlers Handle(LambdaJson input) => new(input.X); }
            """,
        ["property renamed on a positional record"] = """
            namespace Edge;
            public sealed record P([property: JsonPropertyName("the-name")] string Name, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note);
            public static class H { [LambdaHandler] public static P Handle(P input) => input; }
            """,
        ["struct with required and init members"] = """
            namespace Edge;
            public struct S
            {
                public required string Name { get; init; }
                public int Count { get; init; }
                public S? Unused => null;
            }
            public static class H { [LambdaHandler] public static S Handle(S input) => input; }
            """,
        ["escaped names in JSON"] = """
            namespace Edge;
            public sealed class E
            {
                [JsonPropertyName("quote\"back\\slash")]
                public int A { get; set; }
                [JsonPropertyName("ünïcødé €")]
                public int B { get; set; }
                [JsonPropertyName("<script>")]
                public int C { get; set; }
            }
            public static class H { [LambdaHandler] public static E Handle(E input) => input; }
            """,
    };

    /// <summary>Cases that expose open generator bugs: each has its own skipped test below, to un-skip with the fix.</summary>
    private static readonly HashSet<string> KnownBroken = new(StringComparer.Ordinal)
    {
        "special floating-point and decimal defaults",
        "type names that flatten to the same identifier",
    };

    public static TheoryData<string> Names() => [.. Cases.Keys.Where(k => !KnownBroken.Contains(k))];

    [Theory]
    [MemberData(nameof(Names))]
    public void Compiles_without_warnings(string name) => AssertCompiles(name);

    [Fact]
    public void Non_finite_constructor_defaults_compile() => AssertCompiles("special floating-point and decimal defaults");

    [Fact]
    public void Types_whose_names_flatten_alike_compile() => AssertCompiles("type names that flatten to the same identifier");

    private static void AssertCompiles(string name)
    {
        var run = GeneratorRun.Run(Usings + Cases[name]).AssertCompilesCleanly();

        Assert.Contains("LambdaEntryPoint.g.cs", run.Sources.Keys);
    }
}
