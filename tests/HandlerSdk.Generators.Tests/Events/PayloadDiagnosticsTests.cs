using System.Collections.Immutable;
using HandlerSdk.Generators.Analyzers.Payloads;
using HandlerSdk.Generators.Tests.Analyzers;
using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// HSDK0350 and HSDK0351: a <c>[JsonPayload]</c> that cannot apply is reported on the attribute and ignored by the
/// generator; one that a generic member's type argument makes wrong stops the handler (HSDK0101) with the reason.
/// </summary>
public sealed class PayloadDiagnosticsTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using HandlerSdk;
        using HandlerSdk.Serialization;

        """;

    [Fact]
    public async Task Payloads_every_encoding_can_carry_are_not_reported()
    {
        var diagnostics = await DiagnosticsAsync(Usings + """
            public sealed record Order(string Id);
            public sealed record Holder<T>
            {
                [JsonPayload(PayloadEncoding.DynamoDbJson)] public T Item { get; init; } = default!;
            }
            public sealed record Envelope
            {
                [JsonPayload(PayloadEncoding.Json)] public int Count { get; init; }
                [JsonPayload(PayloadEncoding.Json)] public List<Order>? Orders { get; init; }
                [JsonPayload(PayloadEncoding.Base64Json)] public string? Text { get; init; }
                [JsonPayload(PayloadEncoding.Base64GzipJson)] public Order? Zipped { get; init; }
                [JsonPayload(PayloadEncoding.DynamoDbJson)] public Order? Item { get; init; }
                [JsonPayload(PayloadEncoding.DynamoDbJson)] public Dictionary<string, JsonElement>? Image { get; init; }
                [JsonPayload(PayloadEncoding.DynamoDbJson)] public JsonElement Element { get; init; }
            }
            """);

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("int", "int")]
    [InlineData("string?", "string?")]
    [InlineData("List<int>?", "System.Collections.Generic.List<int>?")]
    [InlineData("int[]?", "int[]?")]
    public async Task HSDK0350_a_dynamodb_item_needs_a_type_read_from_an_object(string type, string display)
    {
        var diagnostics = await DiagnosticsAsync(Usings + $$"""
            public sealed record Image
            {
                [JsonPayload(PayloadEncoding.DynamoDbJson)] public {{type}} Value { get; init; } = default!;
            }
            """);

        Assert.Equal(
            [$"HSDK0350 `JsonPayload(PayloadEncoding.DynamoDbJson)`: [JsonPayload] on Image.Value cannot apply: a DynamoDB item is an object of attributes, and {display} is not read from an object; use a class, record, struct or dictionary"],
            diagnostics);
    }

    [Fact]
    public async Task HSDK0350_an_encoding_that_is_not_one_of_the_enum()
    {
        var diagnostics = await DiagnosticsAsync(Usings + """
            public sealed class Message
            {
                [JsonPayload((PayloadEncoding)9)] public string? Body;
            }
            """);

        Assert.Equal(["HSDK0350 `JsonPayload((PayloadEncoding)9)`: [JsonPayload] on Message.Body cannot apply: 9 is not a PayloadEncoding"], diagnostics);
    }

    [Fact]
    public async Task HSDK0350_extension_data_is_no_payload()
    {
        var diagnostics = await DiagnosticsAsync(Usings + """
            public sealed record Message
            {
                [JsonExtensionData]
                [JsonPayload(PayloadEncoding.Json)]
                public Dictionary<string, JsonElement>? Rest { get; init; }
            }
            """);

        Assert.Equal(
            ["HSDK0350 `JsonPayload(PayloadEncoding.Json)`: [JsonPayload] on Message.Rest cannot apply: a [JsonExtensionData] member holds the JSON members no other member reads, not one value with a payload"],
            diagnostics);
    }

    [Fact]
    public async Task HSDK0351_a_converter_and_a_payload_on_one_member()
    {
        var diagnostics = await DiagnosticsAsync(Usings + """
            public sealed class Stamp : JsonConverter<System.DateTimeOffset>
            {
                public override System.DateTimeOffset Read(ref Utf8JsonReader reader, System.Type type, JsonSerializerOptions options) => default;
                public override void Write(Utf8JsonWriter writer, System.DateTimeOffset value, JsonSerializerOptions options) { }
            }
            public sealed record Message
            {
                [JsonConverter(typeof(Stamp))]
                [JsonPayload(PayloadEncoding.Json)]
                public System.DateTimeOffset At { get; init; }
            }
            """);

        Assert.Equal(
            ["HSDK0351 `JsonPayload(PayloadEncoding.Json)`: Message.At has both [JsonPayload] and [JsonConverter], and each says how its JSON value is read; keep one"],
            diagnostics);
    }

    [Fact]
    public async Task HSDK0351_also_for_an_attribute_derived_from_JsonConverterAttribute()
    {
        var diagnostics = await DiagnosticsAsync(Usings + """
            public sealed class Stamp : JsonConverter<System.DateTimeOffset>
            {
                public override System.DateTimeOffset Read(ref Utf8JsonReader reader, System.Type type, JsonSerializerOptions options) => default;
                public override void Write(Utf8JsonWriter writer, System.DateTimeOffset value, JsonSerializerOptions options) { }
            }
            public sealed class StampAttribute() : JsonConverterAttribute(typeof(Stamp));
            public sealed record Message
            {
                [Stamp]
                [JsonPayload(PayloadEncoding.Json)]
                public System.DateTimeOffset At { get; init; }
            }
            """);

        Assert.Equal(
            ["HSDK0351 `JsonPayload(PayloadEncoding.Json)`: Message.At has both [JsonPayload] and [JsonConverter], and each says how its JSON value is read; keep one"],
            diagnostics);
    }

    [Fact]
    public void The_generator_ignores_a_payload_that_cannot_apply_and_wraps_one_that_can()
    {
        var run = GeneratorRun.Run(Usings + """
            public sealed record Envelope
            {
                [JsonPayload(PayloadEncoding.DynamoDbJson)] public string? Wrong { get; init; }
                [JsonPayload(PayloadEncoding.Json)] public int Count { get; init; }
            }
            public static class Handlers { [LambdaHandler] public static Envelope Echo(Envelope value) => value; }
            """);

        var envelope = run.Sources["LambdaJson.Envelope.g.cs"];
        Assert.Contains("case 0: __v_Wrong = global::HandlerSdk.Serialization.JsonRead.String(ref reader)!;", envelope, StringComparison.Ordinal);
        Assert.Contains("ReadInt32AsJsonPayload(ref reader)", envelope, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources.Keys, hint => hint.Contains("DynamoDbJson", StringComparison.Ordinal));
        var payload = run.Sources["LambdaJson.int_1AsJsonPayload.g.cs"];
        Assert.Contains("global::HandlerSdk.Serialization.Payloads.JsonPayload.ReadJson<int>(ref reader, \"int\", ReadInt32AsJsonPayload_Content)", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("TokenType == global::System.Text.Json.JsonTokenType.Null", payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_type_argument_a_generic_payload_member_cannot_carry_stops_the_handler_with_the_reason()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            public sealed record Holder<T>
            {
                [JsonPayload(PayloadEncoding.DynamoDbJson)] public T Item { get; init; } = default!;
            }
            public static class Handlers { [LambdaHandler] public static void Handle(Holder<List<int>> value) { } }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith("HSDK0101@", diagnostic, StringComparison.Ordinal);
        Assert.Contains("Holder.Item cannot be serialized: [JsonPayload] cannot apply: a DynamoDB item is an object of attributes, and System.Collections.Generic.List<int> is not read from an object", diagnostic, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<string>> DiagnosticsAsync(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Analyzed",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Models.cs")],
            GeneratorRun.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PayloadAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics
            .Select(d => $"{d.Id} `{d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan)}`: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)];
    }
}
