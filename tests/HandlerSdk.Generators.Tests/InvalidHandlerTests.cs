using HandlerSdk.Generators.Tests.Infrastructure;

namespace HandlerSdk.Generators.Tests;

/// <summary>
/// Invalid handlers are the analyzer's business: the generator writes nothing for them, and the valid handlers
/// beside them are generated and compile as usual.
/// </summary>
public sealed class InvalidHandlerTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using HandlerSdk;

        """;

    private const string Valid = """
        namespace Functions;

        public sealed record Order(string Id, int Quantity);

        public static class Valid
        {
            [LambdaHandler]
            public static Order Good(Order order) => order;
        }

        public interface IShape
        {
            int Sides { get; }
        }

        public abstract class Animal
        {
            public string Name { get; set; } = "";
        }

        public sealed class Upper : JsonConverter<string>
        {
            public override string Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) => reader.GetString()!.ToUpperInvariant();

            public override void Write(System.Text.Json.Utf8JsonWriter writer, string value, System.Text.Json.JsonSerializerOptions options) => writer.WriteStringValue(value);
        }

        public sealed class UpperFactory : JsonConverterFactory
        {
            public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(string);

            public override JsonConverter CreateConverter(Type typeToConvert, System.Text.Json.JsonSerializerOptions options) => new Upper();
        }

        public sealed class WithConverter
        {
            [JsonConverter(typeof(Upper))]
            public int Count { get; set; }
        }

        public sealed class WithFactory
        {
            [JsonConverter(typeof(UpperFactory))]
            public string Name { get; set; } = "";
        }

        public sealed class WithTwoExtensions
        {
            [JsonExtensionData]
            public Dictionary<string, System.Text.Json.JsonElement>? One { get; set; }

            [JsonExtensionData]
            public Dictionary<string, System.Text.Json.JsonElement>? Two { get; set; }
        }

        public sealed class WithObjectExtension
        {
            [JsonExtensionData]
            public Dictionary<string, object>? Extra { get; set; }
        }

        public sealed class WithObject
        {
            public object? Anything { get; set; }
        }

        public sealed record Deep(List<Dictionary<string, WithObject>> Items);

        """;

    public static TheoryData<string> Cases() => [.. InvalidCases.Keys];

    private static readonly Dictionary<string, string> InvalidCases = new(StringComparer.Ordinal)
    {
        ["generic method"] = "public static T Invalid<T>(T input) => input;",
        ["ref parameter"] = "public static int Invalid(ref int input) => input;",
        ["out parameter"] = "public static void Invalid(out int input) { input = 1; }",
        ["in parameter"] = "public static int Invalid(in int input) => input;",
        ["two event parameters"] = "public static int Invalid(int a, int b) => a + b;",
        ["two cancellation tokens"] = "public static int Invalid(int a, CancellationToken one, CancellationToken two) => a;",
        ["async void"] = "public static async void Invalid(Order order) { await Task.Yield(); }",
        ["private method"] = "private static int Invalid(int input) => input;",
        ["protected method"] = "protected static int Invalid(int input) => input;",
        ["object event"] = "public static int Invalid(object input) => 1;",
        ["dynamic event"] = "public static int Invalid(dynamic input) => 1;",
        ["interface event"] = "public static int Invalid(IShape input) => input.Sides;",
        ["abstract class result"] = "public static Animal? Invalid(int input) => null;",
        ["JsonConverter for another type"] = "public static int Invalid(WithConverter input) => 1;",
        ["JsonConverterFactory member"] = "public static int Invalid(WithFactory input) => 1;",
        ["two JsonExtensionData members"] = "public static int Invalid(WithTwoExtensions input) => 1;",
        ["JsonExtensionData of object values"] = "public static int Invalid(WithObjectExtension input) => 1;",
        ["object member deep in collections"] = "public static int Invalid(Deep input) => 1;",
        ["multi-dimensional array"] = "public static int Invalid(int[,] input) => 1;",
        ["object dictionary key"] = "public static int Invalid(Dictionary<Order, int> input) => 1;",
        ["task of object"] = "public static Task<object> Invalid(int input) => Task.FromResult<object>(input);",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invalid_static_handler_generates_nothing_and_spares_the_valid_one(string name)
    {
        var member = InvalidCases[name];
        var attribute = member.StartsWith('[') ? string.Empty : "[LambdaHandler] ";
        var invalid = Usings + $$"""
            namespace Functions;

            public class Invalids
            {
                {{attribute}}{{member}}
            }
            """;

        var run = GeneratorRun.Run([Usings + Valid, invalid]);

        Assert.Empty(run.GeneratedCodeDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error || d.Location.SourceTree is not null));
        Assert.Empty(run.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.DoesNotContain(run.Sources.Keys, k => k.StartsWith("Functions_Invalids.", StringComparison.Ordinal));
        Assert.Contains("Functions_Valid.Good.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("Invalid", run.Sources["LambdaEntryPoint.g.cs"], StringComparison.Ordinal);
        Assert.Contains("\"Good\"", run.Sources["LambdaEntryPoint.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeout_out_of_range_is_the_analyzer_s_error_and_still_generates()
    {
        // TimeoutSeconds is a deployment setting the generated code never reads; HSDK0007 fails the build against the
        // project's own limit (HandlerSdkMaxDurationSeconds), which the generator need not know.
        var run = GeneratorRun.Run([Usings + Valid, Usings + """
            namespace Functions;

            public static class Slow
            {
                [LambdaHandler(TimeoutSeconds = 1800)]
                public static int Crunch(int input) => input;
            }
            """]);

        Assert.Empty(run.GeneratedCodeDiagnostics);
        Assert.Contains("Functions_Slow.Crunch.g.cs", run.Sources.Keys);
    }

    [Theory]
    [InlineData("public sealed class Invalids { public Invalids(int seed) { _ = seed; } [LambdaHandler] public int Handle(int input) => input; }")]
    [InlineData("public sealed class Invalids { private Invalids() { } [LambdaHandler] public int Handle(int input) => input; public static Invalids Make() => new(); }")]
    [InlineData("public abstract class Invalids { [LambdaHandler] public int Handle(int input) => input; }")]
    [InlineData("public static class Outer { private sealed class Invalids { [LambdaHandler] public static int Handle(int input) => input; } }")]
    [InlineData("public sealed class Invalids<T> { [LambdaHandler] public static int Handle(int input) => input; }")]
    public void Invalid_containing_type_generates_nothing_and_spares_the_valid_one(string declaration)
    {
        var run = GeneratorRun.Run([Usings + Valid, Usings + "namespace Functions;\n\n" + declaration]);

        Assert.Empty(run.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Empty(run.GeneratedCodeDiagnostics);
        Assert.DoesNotContain(run.Sources.Keys, k => k.Contains("Invalids", StringComparison.Ordinal));
        Assert.Contains("Functions_Valid.Good.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void Duplicate_names_keep_the_first_handler_only()
    {
        var run = GeneratorRun.Run([Usings + Valid, Usings + """
            namespace Functions;

            public static class Again
            {
                [LambdaHandler(Name = "Good")]
                public static int Other(int input) => input;
            }
            """]);

        Assert.Empty(run.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Single(run.Sources.Keys, k => k.EndsWith(".Good.g.cs", StringComparison.Ordinal) || k.EndsWith(".Other.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_handler_declared_twice_alike_is_generated_once()
    {
        // CS0111 while the user types: two rows of the pipeline carry one spec, and neither may emit it alone (both
        // adding the same file would make the generator throw). Calls of the method are ambiguous (CS0121) until then.
        var run = GeneratorRun.Run([Usings + Valid, Usings + """
            namespace Functions;

            public sealed record Note(string Text);

            public static class Twice
            {
                [LambdaHandler]
                public static Note Echo(Note note) => note;

                [LambdaHandler]
                public static Note Echo(Note note) => note;
            }
            """]);

        Assert.Contains(run.Diagnostics, d => d.Id == "CS0111");
        Assert.Single(run.Sources.Keys, k => k.EndsWith(".Echo.g.cs", StringComparison.Ordinal));
        Assert.Single(run.Sources.Keys, k => k.Contains("Note", StringComparison.Ordinal));
        Assert.All(run.GeneratedCodeDiagnostics, d => Assert.Equal("CS0121", d.Id));
    }

    [Fact]
    public void A_project_with_its_own_Main_gets_adapters_but_no_entry_point()
    {
        var run = GeneratorRun.Run([Usings + Valid, "internal static class Program { private static void Main() { } }"]).AssertCompilesCleanly();

        Assert.DoesNotContain("LambdaEntryPoint.g.cs", run.Sources.Keys);
        Assert.Contains("Functions_Valid.Good.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void Top_level_statements_get_no_entry_point()
    {
        var run = GeneratorRun.Run(["System.Console.WriteLine(1);", Usings + Valid]).AssertCompilesCleanly();

        Assert.DoesNotContain("LambdaEntryPoint.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void All_invalid_handlers_together_leave_the_valid_one_compiling()
    {
        var members = string.Join(Environment.NewLine, InvalidCases.Select((c, i) =>
            (c.Value.StartsWith('[') ? string.Empty : "[LambdaHandler] ") + c.Value.Replace("Invalid", "Invalid" + i, StringComparison.Ordinal)));
        var run = GeneratorRun.Run([Usings + Valid, Usings + "namespace Functions;\n\npublic class Invalids\n{\n" + members + "\n}\n"]);

        Assert.Empty(run.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Empty(run.GeneratedCodeDiagnostics);
        Assert.Equal(["Functions_Valid.Good.g.cs", "LambdaEntryPoint.g.cs", "LambdaJson.Functions_Order.g.cs"], run.Sources.Keys);
    }
}
