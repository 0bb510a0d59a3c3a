using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.HandlerCode;

/// <summary>
/// Delegates a type stores in its constructors or initializers and handler code calls later run where they are
/// called; delegates anything else can set are not followed.
/// </summary>
public sealed class StoredDelegateTests
{
    [Fact]
    public async Task Lambdas_and_methods_stored_by_construction_run_where_handler_code_calls_them()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Net.Http;
            public sealed class Notifier
            {
                private readonly Func<HttpClient> _clientFactory;
                private readonly Func<string, int> _parse = text => { {|#0:Thread.Sleep(1)|}; return text.Length; };
                private Func<int> Count { get; }
                private Func<int>? _optional;

                public Notifier()
                {
                    _clientFactory = () => {|#1:new HttpClient()|};
                    Count = Counter;
                    _optional = () => { {|#3:Thread.Sleep(3)|}; return 3; };
                }

                private static int Counter() { {|#2:Thread.Sleep(2)|}; return 0; }

                [LambdaHandler(Name = "Notify")]
                public async Task<int> FunctionHandler(string message)
                {
                    using var client = _clientFactory();
                    return _parse(message) + Count() + (_optional?.Invoke() ?? 0) + (await client.GetStringAsync(message)).Length;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 0).WithArguments("Notify (Notifier.FunctionHandler) → Notifier._parse() → lambda in Notifier._parse (initializer) → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 1).WithArguments("Notify (Notifier.FunctionHandler) → Notifier._clientFactory() → lambda in new Notifier", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 2).WithArguments("Notify (Notifier.FunctionHandler) → Notifier.Count() → Notifier.Counter → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 3).WithArguments("Notify (Notifier.FunctionHandler) → Notifier._optional() → lambda in new Notifier → Thread.Sleep"));
    }

    [Fact]
    public async Task A_delegate_stored_by_an_object_made_per_call_is_followed_into_that_type()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Net.Http;
            public sealed class Connections
            {
                public Connections() => Open = () => {|#0:new HttpClient()|};
                public Func<HttpClient> Open { get; }
            }
            public static class Sockets
            {
                [LambdaHandler]
                public static Task<string> Post(string url) => new Connections().Open().GetStringAsync(url);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation).WithArguments("Post → Connections.Open() → lambda in new Connections", "HttpClient"));
    }

    [Fact]
    public async Task Delegates_set_elsewhere_injected_unused_or_called_only_at_init_are_not_followed()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Net.Http;
            public sealed class Sender
            {
                private static readonly HttpClient Shared = new();
                // Reassigned by a method: what it holds when called is not known here.
                private Func<HttpClient> _reassigned = () => new HttpClient();
                // Anyone can set it.
                public Func<HttpClient> Open { get; set; } = () => new HttpClient();
                public Func<HttpClient> Configured { get; init; } = () => new HttpClient();
                // Set from a parameter: nothing to follow.
                private readonly Func<HttpClient> _injected;
                // Never called by handler code.
                private readonly Func<HttpClient> _neverCalled = () => new HttpClient();
                // Called once, while the handler's type is constructed.
                private readonly Func<HttpClient> _calledAtInit;
                // Written in a lambda the constructor stores: that write runs later.
                private Func<int> _late = () => 1;
                private readonly Action _reset;
                private readonly HttpClient _client;

                public Sender() : this(() => Shared) { }

                public Sender(Func<HttpClient> factory)
                {
                    _injected = factory;
                    _calledAtInit = () => new HttpClient();
                    _client = _calledAtInit();
                    _late = () => { Thread.Sleep(1); return 2; };
                    _reset = () => _late = () => 3;
                }

                public void Reset() => _reassigned = () => Shared;

                [LambdaHandler]
                public async Task<int> Send(string url)
                {
                    var total = 0;
                    foreach (var client in new[] { _reassigned(), Open(), Configured(), _injected(), _client })
                    {
                        total += (await client.GetStringAsync(url)).Length;
                    }

                    return total + _late();
                }
            }
            """);
    }
}
