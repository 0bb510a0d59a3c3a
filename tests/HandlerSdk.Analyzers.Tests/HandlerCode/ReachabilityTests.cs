using System.Collections.Immutable;
using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.HandlerCode;

/// <summary>What counts as handler code, and how the path in a message is spelled.</summary>
public sealed class ReachabilityTests
{
    [Fact]
    public async Task Constructors_accessors_overrides_generics_extensions_and_lambdas_are_followed()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public abstract class Step { public abstract void Run(); }
            public sealed class Pause : Step { public override void Run() => {|#0:Thread.Sleep(1)|}; }
            public sealed class Job
            {
                public Job() => {|#1:Thread.Sleep(2)|};
                public int Size { set => {|#2:Thread.Sleep(value)|}; }
            }
            public static class Extensions
            {
                public static void Hold(this string text) => {|#3:Thread.Sleep(3)|};
                public static T Echo<T>(T value) { {|#4:Thread.Sleep(4)|}; return value; }
            }
            public static class Orders
            {
                [LambdaHandler]
                public static void Place(string id)
                {
                    Step step = new Pause();
                    step.Run();
                    var job = new Job { Size = 5 };
                    id.Hold();
                    Extensions.Echo(id);
                    Action later = () => {|#5:Thread.Sleep(6)|};
                    later();
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 0).WithArguments("Place → Pause.Run → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 1).WithArguments("Place → new Job → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 2).WithArguments("Place → Job.Size (set) → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 3).WithArguments("Place → Extensions.Hold → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 4).WithArguments("Place → Extensions.Echo → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 5).WithArguments("Place → Thread.Sleep"));
    }

    [Fact]
    public async Task Framework_callbacks_operators_and_aliased_handler_attributes_are_followed()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Net.Http;
            using Handler = HandlerSdk.LambdaHandlerAttribute;
            public sealed class RetryHandler : DelegatingHandler
            {
                public RetryHandler() : base(new HttpClientHandler()) { }
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken token)
                {
                    {|#0:Thread.Sleep(100)|};
                    return base.SendAsync(request, token);
                }
            }
            public readonly record struct Money(decimal Amount)
            {
                public static Money operator +(Money a, Money b) { {|#1:Thread.Sleep(1)|}; return new(a.Amount + b.Amount); }
            }
            public static class Orders
            {
                private static readonly HttpClient Client = new(new RetryHandler());

                [Handler]
                public static Task<string> Place(string url) => Client.GetStringAsync(url + (new Money(1) + new Money(2)).Amount);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 0).WithArguments("Place → Orders.Client (initializer) ⇢ (called later by the library) RetryHandler.SendAsync → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 1).WithArguments("Place → Money.op_Addition → Thread.Sleep"));
    }

    [Fact]
    public async Task Static_initializers_are_handler_code_too()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Net.Http;
            public static class Orders
            {
                private static readonly HttpClient Client = new() { Timeout = {|#0:TimeSpan.FromMinutes(20)|} };

                [LambdaHandler]
                public static Task<string> Place(string url) => Client.GetStringAsync(url);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit).WithArguments("Place → Orders.Client (initializer) → HttpClient.Timeout", "20 min", 900));
    }

    [Fact]
    public async Task Diagnostics_come_from_analysing_one_file_as_the_IDE_does_not_from_compilation_end()
    {
        // The handler is in one file, the blocking code in another: analysing only the second file must find it.
        var handler = CSharpSyntaxTree.ParseText(Verify.Usings + """
            public static class Orders { [LambdaHandler] public static string Place(string id) => Store.Load(id); }
            public static class Program { public static void Main() { } }
            """, path: "Orders.cs");
        var store = CSharpSyntaxTree.ParseText(Verify.Usings + """
            public static class Store { public static string Load(string id) => Task.Run(() => id).Result; }
            """, path: "Store.cs");
        var compilation = CSharpCompilation.Create(
            "Live",
            [handler, store],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(LambdaHandlerAttribute).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var analyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HandlerCodeAnalyzer()));

        var diagnostics = await analyzers.GetAnalyzerSemanticDiagnosticsAsync(analyzers.Compilation.GetSemanticModel(store), filterSpan: null, CancellationToken.None);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("HSDK1001", diagnostic.Id);
        Assert.Equal("Place → Store.Load → Task.Result blocks a thread until the task finishes; await it instead", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
