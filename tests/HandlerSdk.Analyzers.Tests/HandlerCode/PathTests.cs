using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.HandlerCode;

/// <summary>How a path names the handler, and the steps that are callbacks rather than calls.</summary>
public sealed class PathTests
{
    [Fact]
    public async Task Paths_start_with_the_name_the_function_knows_and_the_method_when_it_differs()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public sealed class Function
            {
                [LambdaHandler(Name = "SendMessage")]
                public static void FunctionHandler(string id) => {|#0:Thread.Sleep(1)|};
            }
            public sealed class Other
            {
                [LambdaHandler(Name = "Ping")]
                public static void Ping(string id) => {|#1:Thread.Sleep(2)|};

                [LambdaHandler]
                public static void Pong(string id) => {|#2:Thread.Sleep(3)|};
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 0).WithArguments("SendMessage (Function.FunctionHandler) → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 1).WithArguments("Ping → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 2).WithArguments("Pong → Thread.Sleep"));
    }

    [Fact]
    public async Task Overrides_the_library_calls_and_methods_handed_to_a_library_are_marked_as_callbacks()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Text.Json;
            using System.Text.Json.Serialization;
            public sealed class Upper : JsonConverter<string>
            {
                public override string Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options)
                {
                    {|#0:Thread.Sleep(1)|};
                    return reader.GetString()!.ToUpperInvariant();
                }

                public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
            }
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string json)
                {
                    var options = ConfigureJson();
                    await Task.Run(Work);
                    Apply(Direct);
                    return JsonSerializer.Deserialize<string>(json, options)!;
                }

                private static JsonSerializerOptions ConfigureJson() => new() { Converters = { new Upper() } };

                private static void Work() => {|#1:Thread.Sleep(2)|};

                private static void Apply(Action action) => action();

                private static void Direct() => {|#2:Thread.Sleep(3)|};
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 0).WithArguments("Place → Orders.ConfigureJson ⇢ (called later by the library) Upper.Read → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 1).WithArguments("Place ⇢ (called later by the library) Orders.Work → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 2).WithArguments("Place → Orders.Direct → Thread.Sleep"));
    }
}
