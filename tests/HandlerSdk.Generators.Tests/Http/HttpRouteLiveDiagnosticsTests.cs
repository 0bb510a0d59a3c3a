using System.Collections.Immutable;
using HandlerSdk.Generators.Analyzers.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Generators.Tests.Http;

/// <summary>
/// HSDK0202 and HSDK0210 in the IDE: analysing one open file (what live analysis runs, without compilation-end
/// actions) reports them when the other route or the handler is in another file, and a full build reports each once.
/// </summary>
public sealed class HttpRouteLiveDiagnosticsTests
{
    [Fact]
    public async Task HSDK0202_is_reported_when_only_the_later_routes_file_is_analysed()
    {
        // Route order is by type: Items.Get comes first, so the diagnostic is on Orders.Get.
        string[] files =
        [
            """[HttpApi("Shop")] public sealed class Orders { [HttpGet("/items/{id}")] public static void Get(string id) { } }""",
            """[HttpApi("Shop")] public sealed class Items { [HttpGet("/items/{itemId}")] public static void Get(string itemId) { } }""",
        ];

        Assert.Equal(
            ["HSDK0202: 'Items.Get' and 'Orders.Get' both answer GET /items/{itemId} in function 'Shop', so the router cannot choose between them; change one template or its constraints"],
            await LiveAsync(files, 0));
        Assert.Empty(await LiveAsync(files, 1));
        Assert.Equal(await LiveAsync(files, 0), await FullAsync(files));
    }

    [Fact]
    public async Task HSDK0202_finds_a_route_whose_template_is_a_constant()
    {
        string[] files =
        [
            """public static class Paths { public const string Item = "/items/{id:int}"; }""",
            """[HttpApi] public sealed class A { [HttpGet(Paths.Item)] public static void Get(int id) { } }""",
            """[HttpApi("A")] public sealed class B { [HttpGet("/items/{other:int}")] public static void Get(int other) { } }""",
        ];

        Assert.Equal(
            ["HSDK0202: 'A.Get' and 'B.Get' both answer GET /items/{id} in function 'A', so the router cannot choose between them; change one template or its constraints"],
            await LiveAsync(files, 2));
    }

    [Theory]
    [InlineData("using Get = HandlerSdk.HttpGetAttribute;", "Get")]
    [InlineData("using GetAttribute = HandlerSdk.HttpGetAttribute;", "Get")]
    [InlineData("using Get = global::HandlerSdk.HttpGetAttribute;", "Get")]
    public async Task HSDK0202_sees_a_route_attribute_named_through_a_using_alias(string alias, string attribute)
    {
        // Items.Get (through the alias) comes first, so the diagnostic is on Orders.Get, in the file without the alias.
        string[] files =
        [
            """[HttpApi("Shop")] public sealed class Orders { [HttpGet("/items/{id}")] public static void Get(string id) { } }""",
            alias + "\n" + $$"""[HttpApi("Shop")] public sealed class Items { [{{attribute}}("/items/{itemId}")] public static void Get(string itemId) { } }""",
        ];

        string[] expected =
            ["HSDK0202: 'Items.Get' and 'Orders.Get' both answer GET /items/{itemId} in function 'Shop', so the router cannot choose between them; change one template or its constraints"];
        Assert.Equal(expected, await LiveAsync(files, 0));
        Assert.Empty(await LiveAsync(files, 1));
        Assert.Equal(expected, await FullAsync(files));
    }

    [Fact]
    public async Task HSDK0202_sees_a_route_attribute_named_through_a_global_using_alias_in_another_file()
    {
        string[] files =
        [
            """[HttpApi("Shop")] public sealed class Orders { [HttpGet("/items/{id}")] public static void Get(string id) { } }""",
            """[HttpApi("Shop")] public sealed class Items { [Fetch("/items/{itemId}")] public static void Get(string itemId) { } }""",
            "global using Fetch = HandlerSdk.HttpGetAttribute;",
        ];

        string[] expected =
            ["HSDK0202: 'Items.Get' and 'Orders.Get' both answer GET /items/{itemId} in function 'Shop', so the router cannot choose between them; change one template or its constraints"];
        Assert.Equal(expected, await LiveAsync(files, 0));
        Assert.Equal(expected, await FullAsync(files));
    }

    [Fact]
    public async Task An_alias_to_another_attribute_is_not_a_route()
    {
        string[] files =
        [
            """[HttpApi("Shop")] public sealed class Orders { [HttpGet("/items/{id}")] public static void Get(string id) { } }""",
            "using Get = System.ObsoleteAttribute;\n" + """[HttpApi("Shop")] public sealed class Items { [Get("/items/{itemId}")] public static void Find(string itemId) { } }""",
        ];

        Assert.Empty(await LiveAsync(files, 0));
        Assert.Empty(await FullAsync(files));
    }

    [Fact]
    public async Task Routes_of_one_shape_in_other_functions_are_not_collisions()
    {
        string[] files =
        [
            """[HttpApi] public sealed class A { [HttpGet("/health")] public static void Get() { } }""",
            """[HttpApi] public sealed class B { [HttpGet("/health")] public static void Get() { } }""",
        ];

        Assert.Empty(await LiveAsync(files, 1));
        Assert.Empty(await FullAsync(files));
    }

    [Fact]
    public async Task HSDK0210_is_reported_when_only_the_HttpApi_file_is_analysed()
    {
        string[] files =
        [
            """[HttpApi] public sealed class Orders { [HttpGet("/orders")] public static void List() { } }""",
            """public static class Queue { [LambdaHandler(Name = "Orders")] public static void Process(string message) { } }""",
        ];

        Assert.Equal(
            ["HSDK0210: [HttpApi] names its function 'Orders', which is also the name of handler 'Queue.Process'; Lambda selects a function by name, so give one of them another name"],
            await LiveAsync(files, 0));
        Assert.Empty(await LiveAsync(files, 1));
        Assert.Equal(await LiveAsync(files, 0), await FullAsync(files));
    }

    [Fact]
    public void No_HTTP_rule_waits_for_the_end_of_the_compilation()
    {
        Assert.All(new HttpRouteAnalyzer().SupportedDiagnostics, d => Assert.DoesNotContain(WellKnownDiagnosticTags.CompilationEnd, d.CustomTags));
    }

    /// <summary>The diagnostics of one file, as the IDE's live analysis of that open document computes them.</summary>
    private static async Task<IReadOnlyList<string>> LiveAsync(string[] files, int open)
    {
        var compilation = Compile(files);
        var tree = compilation.SyntaxTrees.ElementAt(open);
        var diagnostics = await Analyzers(compilation).GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
        return Describe(diagnostics);
    }

    private static async Task<IReadOnlyList<string>> FullAsync(string[] files) => Describe(await Analyzers(Compile(files)).GetAnalyzerDiagnosticsAsync());

    private static CompilationWithAnalyzers Analyzers(Compilation compilation) =>
        compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HttpRouteAnalyzer()));

    private static IReadOnlyList<string> Describe(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal)];

    private static CSharpCompilation Compile(string[] files)
    {
        var compilation = CSharpCompilation.Create(
            "Live",
            // A global using must come before the usings of its file, so such a file gets none.
            files.Select((f, i) => CSharpSyntaxTree.ParseText(
                f.StartsWith("global using", StringComparison.Ordinal) ? f : HttpAnalyzerRun.Usings + f,
                new CSharpParseOptions(LanguageVersion.Latest),
                path: $"File{i}.cs")),
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(LambdaHandlerAttribute).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }
}
