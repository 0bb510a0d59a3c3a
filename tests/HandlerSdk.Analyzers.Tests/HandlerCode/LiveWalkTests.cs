using System.Globalization;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HandlerSdk.Analyzers.Tests.HandlerCode;

/// <summary>
/// The live walk's plumbing: it stops when its token is cancelled, a cancelled walk does not poison the next one, and
/// what one compilation learnt about its bodies serves the next compilation only while that is sound.
/// </summary>
public sealed class LiveWalkTests
{
    private const string Handlers = """
        using System.Threading;
        using System.Threading.Tasks;
        using HandlerSdk;
        public static class Handlers
        {
            [LambdaHandler]
            public static async Task<int> Place(int n)
            {
                await Task.Yield();
                return Services.A(n);
            }
        }
        """;

    private const string Services = """
        using System.Threading;
        public static class Services
        {
            public static int A(int n) => B(n) + 1;
            public static int B(int n) => C(n) + 1;
            public static int C(int n) { Thread.Sleep(n); return D(n); }
            public static int D(int n) => n;
            public static int Unused(int n) { Thread.Sleep(n); return n; }
        }
        """;

    [Fact]
    public void A_walk_cancelled_part_way_stops_at_the_next_body()
    {
        var compilation = Compile(Handlers, Services);
        var members = new SourceMembers(compilation);
        var binder = new BodyBinder(compilation);
        using var cancel = new CancellationTokenSource();
        var walked = new List<string>();
        BodyCalls CallsOf(MemberKey member)
        {
            walked.Add(member.Display);
            if (walked.Count == 2)
            {
                cancel.Cancel();
            }

            var symbol = members.SymbolOf(member)!;
            return BodyCalls.Of(binder.Bind(symbol, CancellationToken.None).Bodies, members, CancellationToken.None);
        }

        Assert.Throws<OperationCanceledException>(() => HandlerCodeIndex.Over(members, CallsOf, cancel.Token));
        // Place, then Services.A, whose calls were still followed; B is never asked for.
        Assert.Equal(["Handlers.Place", "Services.A"], walked);
    }

    [Fact]
    public void A_cancelled_live_walk_leaves_the_compilation_to_the_next_caller()
    {
        var compilation = Compile(Handlers, Services);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => HandlerCodeIndex.Bind(compilation, cancelled.Token));

        var index = HandlerCodeIndex.Bind(compilation, CancellationToken.None);
        Assert.Equal("Place → Services.A → Services.B → Services.C", index.Find(Member(compilation, "Services", "C"))!.Path);
        Assert.Null(index.Find(Member(compilation, "Services", "Unused")));
    }

    [Fact]
    public async Task A_cancelled_analysis_throws_instead_of_reporting_less()
    {
        var compilation = Compile(Handlers, Services);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            compilation.WithAnalyzers([new HandlerCodeAnalyzer()], new AnalyzerOptions([])).GetAnalyzerDiagnosticsAsync(cancelled.Token));
    }

    [Fact]
    public async Task An_edit_inside_a_body_keeps_every_other_bodys_calls_and_reports_what_a_fresh_compilation_reports()
    {
        var before = Compile(Handlers, Services);
        HandlerCodeIndex.Bind(before, CancellationToken.None);
        var known = LiveCallCache.For(before, CancellationToken.None).Count;

        // Place now calls C directly.
        var after = Edit(before, "Handlers.cs", "return Services.A(n);", "return Services.C(n);");

        Assert.Equal(known, LiveCallCache.For(after, CancellationToken.None).Count);
        Assert.Equal(await DiagnosticsAsync(Fresh(after)), await DiagnosticsAsync(after));
        Assert.Equal("Place → Services.C", HandlerCodeIndex.Bind(after, CancellationToken.None).Find(Member(after, "Services", "C"))!.Path);
    }

    [Fact]
    public async Task An_edit_that_changes_a_declaration_starts_over()
    {
        var before = Compile(Handlers, Services);
        HandlerCodeIndex.Bind(before, CancellationToken.None);

        // A new overload that A's call now binds to: the calls of every body may have changed.
        var after = Edit(before, "Services.cs", "public static int D(int n) => n;", "public static int D(int n) => n; public static int B(long n) { Thread.Sleep(1); return 0; }");
        after = Edit(after, "Services.cs", "public static int A(int n) => B(n) + 1;", "public static int A(int n) => B((long)n) + 1;");

        Assert.Equal(0, LiveCallCache.For(after, CancellationToken.None).Count);
        Assert.Equal(await DiagnosticsAsync(Fresh(after)), await DiagnosticsAsync(after));
    }

    [Fact]
    public async Task A_field_that_gains_an_initializer_starts_over()
    {
        const string Settings = """
            using System.Threading;
            public static class Settings
            {
                public static int Size;
                public static int Load() { Thread.Sleep(5); return 5; }
            }
            """;
        var before = Compile(Handlers.Replace("return Services.A(n);", "return Settings.Size;", StringComparison.Ordinal), Services, Settings);
        HandlerCodeIndex.Bind(before, CancellationToken.None);

        // Top-level equivalence ignores initializers; what initializing Settings runs does not.
        var after = Edit(before, "Settings.cs", "public static int Size;", "public static int Size = Load();");

        Assert.Equal(0, LiveCallCache.For(after, CancellationToken.None).Count);
        // Once per execution environment, so no rule reports it: the walk is what must see it.
        Assert.Equal("Place → Settings.Size (initializer) → Settings.Load", HandlerCodeIndex.Bind(after, CancellationToken.None).Find(Member(after, "Settings", "Load"))!.Path);
        Assert.Equal(await DiagnosticsAsync(Fresh(after)), await DiagnosticsAsync(after));
    }

    private const string Notifier = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using HandlerSdk;
        public sealed class Notifier
        {
            private Func<int> _count;
            public Notifier() { _count = () => { Thread.Sleep(5); return 5; }; }
            public void Reset() { }
            [LambdaHandler]
            public async Task<int> Notify(int n) { await Task.Yield(); return _count() + n; }
        }
        """;

    [Fact]
    public async Task A_write_added_inside_a_method_stops_a_stored_delegate_being_followed_though_no_declaration_changed()
    {
        var before = Compile(Notifier);
        var followed = await DiagnosticsAsync(before);
        Assert.Contains("HSDK1002", followed, StringComparison.Ordinal);
        Assert.Contains("Notify → Notifier._count() → lambda in new Notifier → Thread.Sleep", followed, StringComparison.Ordinal);
        var known = LiveCallCache.For(before, CancellationToken.None).Count;

        // _count can now hold what Reset stores: what it holds when Notify calls it is no longer known.
        var after = Edit(before, "Handlers.cs", "public void Reset() { }", "public void Reset() { _count = () => 0; }");

        Assert.Equal(known, LiveCallCache.For(after, CancellationToken.None).Count);
        var now = await DiagnosticsAsync(after);
        Assert.DoesNotContain("HSDK1002", now, StringComparison.Ordinal);
        Assert.Equal(await DiagnosticsAsync(Fresh(after)), now);
    }

    [Fact]
    public async Task An_edit_inside_a_stored_lambda_is_what_the_next_walk_follows()
    {
        var before = Compile(Notifier.Replace("{ Thread.Sleep(5); return 5; }", "5", StringComparison.Ordinal));
        Assert.DoesNotContain("HSDK1002", await DiagnosticsAsync(before), StringComparison.Ordinal);
        var known = LiveCallCache.For(before, CancellationToken.None).Count;

        var after = Edit(before, "Handlers.cs", "_count = () => 5;", "_count = () => { Thread.Sleep(5); return 5; };");

        Assert.Equal(known, LiveCallCache.For(after, CancellationToken.None).Count);
        var now = await DiagnosticsAsync(after);
        Assert.Contains("Notify → Notifier._count() → lambda in new Notifier → Thread.Sleep", now, StringComparison.Ordinal);
        Assert.Equal(await DiagnosticsAsync(Fresh(after)), now);
    }

    private static CSharpCompilation Compile(params string[] sources)
    {
        var names = new[] { "Handlers.cs", "Services.cs", "Settings.cs" };
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), names[i]));
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(LambdaHandlerAttribute).Assembly.Location));
        // A name of its own: the cache follows a project from compilation to compilation by its assembly name.
        return CSharpCompilation.Create("LiveWalk" + Guid.NewGuid().ToString("N"), trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static Compilation Edit(Compilation compilation, string file, string find, string replace)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == file);
        var text = tree.GetText();
        var at = text.ToString().IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.Replace(new TextSpan(at, find.Length), replace)));
    }

    /// <summary>The same sources, compiled again from scratch under a new name: nothing learnt before applies.</summary>
    private static CSharpCompilation Fresh(Compilation compilation) =>
        Compile([.. compilation.SyntaxTrees.Select(t => t.GetText().ToString())]);

    /// <summary>Every diagnostic, one per line, in a stable order: what two compilations of the same sources must agree on.</summary>
    private static async Task<string> DiagnosticsAsync(Compilation compilation)
    {
        var diagnostics = await compilation.WithAnalyzers([new HandlerCodeAnalyzer()], new AnalyzerOptions([])).GetAnalyzerDiagnosticsAsync();
        return string.Join("\n", diagnostics
            .Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath}:{d.Location.SourceSpan} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal));
    }

    private static ISymbol Member(Compilation compilation, string type, string name) =>
        compilation.GetTypeByMetadataName(type)!.GetMembers(name).Single();
}
