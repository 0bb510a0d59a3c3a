using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Tests.Analyzers;

/// <summary>What HSDK0001–0007, HSDK0101 and HSDK0102 say about handlers, and what they leave alone.</summary>
public sealed class HandlerAnalyzerTests
{
    private const string Usings = "using HandlerSdk;\nusing System.Threading;\nusing System.Threading.Tasks;\n";

    [Fact]
    public async Task A_valid_handler_project_has_no_diagnostics()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            public sealed record Order(string Id, int Quantity);
            public sealed record Receipt(string Id, decimal Total);
            public sealed class Orders
            {
                [LambdaHandler(TimeoutSeconds = 30, MemorySizeMb = 256)]
                public Task<Receipt> Place(Order order, ILambdaContext context, CancellationToken token) => Task.FromResult(new Receipt(order.Id, 1m));

                [LambdaHandler]
                public static void Ping(ILambdaLogger logger) { }
            }
            """);

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("public static T Handle<T>(T input) => input;", "generic handlers cannot be dispatched")]
    [InlineData("public static void Handle(ref int value) { }", "parameter 'value' is passed by reference")]
    [InlineData("public static void Handle(string a, string b) { }", "parameter 'b' is a second event parameter")]
    [InlineData("public static void Handle(ILambdaContext a, ILambdaContext b) { }", "parameter 'b' repeats a Context parameter")]
    [InlineData("public static void Handle(System.IO.FileStream events) { }", "parameter 'events' is a FileStream; declare an event stream as Stream or MemoryStream")]
    public async Task HSDK0001_names_what_is_wrong_with_the_signature(string method, string reason)
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + $"public static class Handlers {{ [LambdaHandler] {method} }}");

        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith("HSDK0001@4: Handler 'Handlers.Handle' is not supported: ", diagnostic, StringComparison.Ordinal);
        Assert.Contains(reason, diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HSDK0002_flags_async_void()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + "public static class Handlers { [LambdaHandler] public static async void Handle(string s) { await Task.Yield(); } }");

        Assert.Equal(["HSDK0002@4: Handler 'Handlers.Handle' is async void: Lambda cannot tell when it finishes; return Task or ValueTask"], diagnostics);
    }

    [Fact]
    public async Task HSDK0003_flags_a_private_method_and_a_private_containing_type()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            public static class Outer
            {
                [LambdaHandler] private static string Hidden(string s) => s;
                private static class Inner { [LambdaHandler] public static string Nested(string s) => s; }
            }
            """);

        Assert.Equal(
        [
            "HSDK0003@6: Handler 'Outer.Hidden' is not accessible to generated code: the method must be public or internal",
            "HSDK0003@7: Handler 'Inner.Nested' is not accessible to generated code: Outer.Inner (and every type containing it) must be public or internal",
        ], diagnostics);
    }

    [Fact]
    public async Task HSDK0004_flags_an_instance_handler_without_a_parameterless_constructor()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            public sealed class Handlers(string connection)
            {
                [LambdaHandler] public string Handle(string s) => connection + s;
            }
            """);

        Assert.Equal(["HSDK0004@6: Handler 'Handlers.Handle' is an instance method, but Handlers has no accessible parameterless constructor; add one or make the handler static"], diagnostics);
    }

    [Fact]
    public async Task HSDK0005_flags_every_handler_sharing_a_name()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            public static class Handlers
            {
                [LambdaHandler(Name = "Same")] public static string A(string s) => s;
                [LambdaHandler(Name = "Same")] public static string B(string s) => s;
                [LambdaHandler] public static string Same2(string s) => s;
            }
            """);

        Assert.Equal(
        [
            "HSDK0005@6: Another handler is already named 'Same'; set a distinct Name in [LambdaHandler]",
            "HSDK0005@7: Another handler is already named 'Same'; set a distinct Name in [LambdaHandler]",
        ], diagnostics);
    }

    [Fact]
    public async Task HSDK0006_flags_a_library_project()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            Usings + "public static class Handlers { [LambdaHandler] public static string Handle(string s) => s; }",
            OutputKind.DynamicallyLinkedLibrary);

        Assert.Equal(["HSDK0006@4: HandlerSdk generates this program's entry point, but the project is not an executable; set <OutputType>Exe</OutputType>"], diagnostics);
    }

    [Fact]
    public async Task HSDK0006_flags_top_level_statements_once()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            System.Console.WriteLine("one");
            System.Console.WriteLine("two");
            public static class Handlers { [LambdaHandler] public static string Handle(string s) => s; }
            """);

        Assert.Equal(["HSDK0006@4: HandlerSdk generates this program's entry point, but this project declares its own Main or top-level statements; remove them (the generated Main runs the handlers)"], diagnostics);
    }

    [Fact]
    public async Task With_the_entry_point_opted_out_a_library_or_an_own_Main_is_fine()
    {
        var optOut = new Dictionary<string, string> { ["HandlerSdkGenerateEntryPoint"] = "false" };
        var handler = "public static class Handlers { [LambdaHandler] public static string Handle(string s) => s; }";

        var library = await AnalyzerRun.DiagnosticsAsync(Usings + handler, OutputKind.DynamicallyLinkedLibrary, optOut);
        var ownMain = await AnalyzerRun.DiagnosticsAsync(Usings + "System.Console.WriteLine(1);\n" + handler, OutputKind.ConsoleApplication, optOut);

        Assert.Empty(library);
        Assert.Empty(ownMain);
    }

    [Fact]
    public async Task HSDK0006_flags_a_static_Main_but_not_in_a_project_without_handlers()
    {
        var main = "public static class Program { public static void Main() { } }\n";

        var withHandlers = await AnalyzerRun.DiagnosticsAsync(Usings + main + "public static class Handlers { [LambdaHandler] public static string Handle(string s) => s; }");
        var withoutHandlers = await AnalyzerRun.DiagnosticsAsync(Usings + main);

        Assert.Equal(["HSDK0006@4: HandlerSdk generates this program's entry point, but this project declares its own Main or top-level statements; remove them (the generated Main runs the handlers)"], withHandlers);
        Assert.Empty(withoutHandlers);
    }

    [Fact]
    public async Task HSDK0001_flags_LambdaHandler_on_a_local_function_or_a_lambda()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            public static class Handlers
            {
                public static System.Func<string, string> Make()
                {
                    [LambdaHandler] static string Local(string s) => s;
                    return [LambdaHandler] (string s) => Local(s);
                }
            }
            """);

        Assert.Equal(
        [
            "HSDK0001@8: Handler 'local function 'Local'' is not supported: a handler must be a method of a type; local functions and lambdas cannot be dispatched to",
            "HSDK0001@9: Handler 'lambda' is not supported: a handler must be a method of a type; local functions and lambdas cannot be dispatched to",
        ], diagnostics);
    }

    [Fact]
    public async Task HSDK0003_flags_a_file_local_containing_type()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + "file static class Handlers { [LambdaHandler] public static string Handle(string s) => s; }");

        Assert.Equal(["HSDK0003@4: Handler 'Handlers.Handle' is not accessible to generated code: Handlers (and every type containing it) must be public or internal"], diagnostics);
    }

    [Fact]
    public async Task Top_level_statements_without_handlers_are_none_of_our_business()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync("System.Console.WriteLine(\"plain program\");");

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("TimeoutSeconds = 901", "TimeoutSeconds = 901 is outside the allowed range 1..900")]
    [InlineData("TimeoutSeconds = -1", "TimeoutSeconds = -1 is outside the allowed range 1..900")]
    [InlineData("MemorySizeMb = 64", "MemorySizeMb = 64 is outside the allowed range 128..10240")]
    [InlineData("MemorySizeMb = 10241", "MemorySizeMb = 10241 is outside the allowed range 128..10240")]
    [InlineData("TimeoutSeconds = 0", "TimeoutSeconds = 0 is outside the allowed range 1..900")]
    [InlineData("MemorySizeMb = 0", "MemorySizeMb = 0 is outside the allowed range 128..10240")]
    public async Task HSDK0007_flags_configuration_outside_Lambda_limits(string setting, string message)
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + $"public static class Handlers {{ [LambdaHandler({setting})] public static string Handle(string s) => s; }}");

        Assert.Equal(["HSDK0007@4: " + message], diagnostics);
    }

    [Fact]
    public async Task HSDK0007_sits_on_each_offending_argument()
    {
        var diagnostics = await AnalyzerRun.SquigglesAsync(Usings + """
            public static class Handlers
            {
                [LambdaHandler(
                    Name = "Slow",
                    TimeoutSeconds = 0,
                    MemorySizeMb = 64)]
                public static string Handle(string s) => s;
            }
            """);

        Assert.Equal(["HSDK0007 `MemorySizeMb = 64`", "HSDK0007 `TimeoutSeconds = 0`"], diagnostics);
    }

    [Fact]
    public async Task HSDK0007_leaves_unset_values_to_Lambda_s_default()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            public static class Handlers
            {
                [LambdaHandler(Name = "Defaults")]
                public static string Handle(string s) => s;

                [LambdaHandler(TimeoutSeconds = 1, MemorySizeMb = 128)]
                public static string Low(string s) => s;

                [LambdaHandler(TimeoutSeconds = 900, MemorySizeMb = 10240)]
                public static string High(string s) => s;
            }
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task HSDK0007_uses_the_HandlerSdkMaxDurationSeconds_limit()
    {
        var longer = new Dictionary<string, string> { ["HandlerSdkMaxDurationSeconds"] = "3600" };

        var allowed = await AnalyzerRun.DiagnosticsAsync(Usings + "public static class Handlers { [LambdaHandler(TimeoutSeconds = 1800)] public static string Handle(string s) => s; }", OutputKind.ConsoleApplication, longer);
        var beyond = await AnalyzerRun.DiagnosticsAsync(Usings + "public static class Handlers { [LambdaHandler(TimeoutSeconds = 3601)] public static string Handle(string s) => s; }", OutputKind.ConsoleApplication, longer);

        Assert.Empty(allowed);
        Assert.Equal(["HSDK0007@4: TimeoutSeconds = 3601 is outside the allowed range 1..3600"], beyond);
    }

    [Theory]
    [InlineData("public object Meta { get; set; }", "Order.Meta cannot be serialized: object and dynamic have no fixed shape")]
    [InlineData("public System.Collections.Generic.List<IShape> Shapes { get; set; }", "Order.Shapes[] cannot be serialized: IShape is an interface, abstract or otherwise not constructible")]
    [InlineData("[System.Text.Json.Serialization.JsonConverter(typeof(MyConverter))] public int Count { get; set; }", "Order.Count cannot be serialized: MyConverter converts string, not int")]
    [InlineData("[System.Text.Json.Serialization.JsonConverter(typeof(NoDefault))] public string Name { get; set; }", "Order.Name cannot be serialized: NoDefault has no public parameterless constructor")]
    [InlineData("[System.Text.Json.Serialization.JsonExtensionData] public System.Collections.Generic.Dictionary<string, object> Extra { get; set; }", "Order.Extra cannot be serialized: [JsonExtensionData] needs a Dictionary<string, JsonElement>")]
    [InlineData("public int[,] Grid { get; set; }", "Order.Grid cannot be serialized: multi-dimensional arrays")]
    [InlineData("public Tags Labels { get; set; } = new();", "Order.Labels cannot be serialized: the collection type Tags is not supported")]
    [InlineData("public System.Collections.Generic.Queue<int> Pending { get; set; } = new();", "Order.Pending cannot be serialized: the collection type")]
    [InlineData("public Mood Mood { get; set; }", "Order.Mood cannot be serialized: MoodFactory is a JsonConverterFactory")]
    [InlineData("[System.Text.Json.Serialization.JsonIgnore] public required string Secret { get; set; }", "Order.Secret cannot be serialized: it is `required` but ignored or not serialized")]
    [InlineData("public System.Int128 Huge { get; set; }", "Order.Huge cannot be serialized: System.Int128 has no generated serializer")]
    [InlineData("public System.Version Version { get; set; } = new();", "Order.Version cannot be serialized: System.Version has no generated serializer")]
    [InlineData("[System.Text.Json.Serialization.JsonNumberHandling(System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString)] public int Count { get; set; }", "Order.Count cannot be serialized: [JsonNumberHandling] (numbers as strings) is not supported")]
    [InlineData("[System.Text.Json.Serialization.JsonObjectCreationHandling(System.Text.Json.Serialization.JsonObjectCreationHandling.Populate)] public System.Collections.Generic.List<int> Items { get; } = new();", "Order.Items cannot be serialized: [JsonObjectCreationHandling] (populating existing objects) is not supported")]
    [InlineData("public Strict Inner { get; set; } = new();", "Order.Inner cannot be serialized: [JsonUnmappedMemberHandling] (unknown members are always skipped) is not supported")]
    [InlineData("[System.Text.Json.Serialization.JsonPropertyName(\"Id\")] public string Other { get; set; } = \"\";", "Order.Other cannot be serialized: its JSON name \"Id\" is also another member's")]
    public async Task HSDK0101_names_the_member_path_and_the_reason_on_the_member(string member, string message)
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + $$"""
            public interface IShape { }
            public sealed class Tags : System.Collections.Generic.List<string> { }
            [System.Text.Json.Serialization.JsonConverter(typeof(MoodFactory))] public enum Mood { Happy }
            public sealed class MoodFactory : System.Text.Json.Serialization.JsonConverterFactory
            {
                public override bool CanConvert(System.Type t) => t == typeof(Mood);
                public override System.Text.Json.Serialization.JsonConverter CreateConverter(System.Type t, System.Text.Json.JsonSerializerOptions o) => null!;
            }
            public sealed class NoDefault(int width) : System.Text.Json.Serialization.JsonConverter<string>
            {
                public override string Read(ref System.Text.Json.Utf8JsonReader r, System.Type t, System.Text.Json.JsonSerializerOptions o) => new string(' ', width);
                public override void Write(System.Text.Json.Utf8JsonWriter w, string v, System.Text.Json.JsonSerializerOptions o) { }
            }
            public sealed class MyConverter : System.Text.Json.Serialization.JsonConverter<string>
            {
                public override string Read(ref System.Text.Json.Utf8JsonReader r, System.Type t, System.Text.Json.JsonSerializerOptions o) => "";
                public override void Write(System.Text.Json.Utf8JsonWriter w, string v, System.Text.Json.JsonSerializerOptions o) { }
            }
            public sealed class Order { public string Id { get; set; } = ""; {{member}} }
            public static class Handlers { [LambdaHandler] public static string Handle(Order order) => order.Id; }
            [System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)] public sealed class Strict { }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith("HSDK0101@22: ", diagnostic, StringComparison.Ordinal);
        Assert.Contains(message, diagnostic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HSDK0101_is_lifted_for_types_a_LambdaSerializerContext_covers(bool withContext)
    {
        var assemblyAttribute = withContext ? "[assembly: LambdaSerializerContext(typeof(ShapeContext))]" : string.Empty;
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + assemblyAttribute + """

            [System.Text.Json.Serialization.JsonPolymorphic]
            [System.Text.Json.Serialization.JsonDerivedType(typeof(Circle), "circle")]
            public abstract record Shape;
            public sealed record Circle(double Radius) : Shape;
            public sealed record Drawing(string Name, Shape Shape);
            [System.Text.Json.Serialization.JsonSerializable(typeof(Shape))]
            public sealed partial class ShapeContext : System.Text.Json.Serialization.JsonSerializerContext;
            public static class Handlers { [LambdaHandler] public static string Handle(Drawing drawing) => drawing.Name; }
            """);

        if (withContext)
        {
            Assert.Empty(diagnostics);
        }
        else
        {
            Assert.Contains(diagnostics, d => d.StartsWith("HSDK0101@", StringComparison.Ordinal) && d.Contains("Drawing.Shape cannot be serialized", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task HSDK0101_reports_names_that_collide_only_after_the_naming_policy()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            [assembly: LambdaJsonOptions(NamingPolicy = LambdaJsonNamingPolicy.CamelCase)]
            public sealed class Person
            {
                public string Name { get; set; } = "";
                [System.Text.Json.Serialization.JsonPropertyName("name")] public string Alias { get; set; } = "";
            }
            public static class Handlers { [LambdaHandler] public static string Handle(Person person) => person.Name; }
            """);

        Assert.Equal(["HSDK0101@8: Person.Alias cannot be serialized: its JSON name \"name\" is also another member's; give one of them a different [JsonPropertyName]"], diagnostics);
    }

    [Fact]
    public async Task HSDK0101_reports_names_that_differ_only_in_case_when_reads_ignore_case()
    {
        var source = """
            public sealed class Codes
            {
                public string CS { get; set; } = "";
                public string Cs { get; set; } = "";
            }
            public static class Handlers { [LambdaHandler] public static string Handle(Codes codes) => codes.CS; }
            """;

        var ignoringCase = await AnalyzerRun.DiagnosticsAsync(Usings + source);
        var exact = await AnalyzerRun.DiagnosticsAsync(Usings + "[assembly: LambdaJsonOptions(CaseInsensitive = false)]\n" + source);

        Assert.Equal(["HSDK0101@7: Codes.Cs cannot be serialized: its JSON name \"Cs\" differs only in case from another member's \"CS\", and reads ignore case; give one of them a different [JsonPropertyName]"], ignoringCase);
        Assert.Empty(exact);
    }

    [Fact]
    public async Task HSDK0102_leaves_members_ignored_when_reading_alone()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            public sealed class Order
            {
                public string Id { get; set; } = "";
                [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenReading)]
                public string? Computed { get; set; }
            }
            public static class Handlers { [LambdaHandler] public static string Handle(Order order) => order.Id; }
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task HSDK0101_on_a_member_that_several_handlers_reach_is_reported_once()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            public sealed class Order { public object? Meta { get; set; } }
            public static class Handlers
            {
                [LambdaHandler] public static string First(Order order) => "";
                [LambdaHandler] public static string Second(Order order) => "";
            }
            """);

        Assert.Equal(["HSDK0101@4: Order.Meta cannot be serialized: object and dynamic have no fixed shape to generate a serializer for"], diagnostics);
    }

    [Fact]
    public async Task An_unresolved_type_leaves_the_compiler_error_alone()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + "public static class Handlers { [LambdaHandler] public static string Handle(NotYetWritten input) => \"\"; }");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task HSDK0102_warns_about_event_data_JSON_can_never_set_but_not_computed_properties_or_results()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            public sealed class Order
            {
                public string Id { get; set; } = "";
                public string Stuck { get; } = "";
                public string Display => "#" + Id;
            }
            public sealed class Receipt { public string Stuck { get; } = ""; }
            public static class Handlers { [LambdaHandler] public static Receipt Handle(Order order) => new(); }
            """);

        Assert.Equal(["HSDK0102@7: Order.Stuck will not be read from JSON: it has no setter and no constructor parameter of the same name; add `init`, a setter, or a constructor parameter"], diagnostics);
    }
}
