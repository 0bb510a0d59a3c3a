using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Blocking;

/// <summary>HSDK1003 finds generic and inherited overloads, and leaves in-memory and trap-laden calls alone.</summary>
public sealed class AsyncOverloadPrecisionTests
{
    [Fact]
    public async Task Generic_and_interface_inherited_overloads_are_found()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.IO;
            using System.Text.Json;
            public interface IReader { string Get(string id); Task<string> GetAsync(string id, CancellationToken token); }
            public interface IStore : IReader { }
            public static class Orders
            {
                [LambdaHandler]
                public static async Task Place(string id, IStore? store = null)
                {
                    await using var file = File.Create("/tmp/order.json");
                    {|#0:JsonSerializer.Serialize(file, new { id })|};
                    var value = {|#1:store!.Get(id)|};
                    await Read(store, id);
                }

                private static async Task<string> Read<T>(T reader, string id) where T : IReader
                {
                    await Task.Yield();
                    return {|#2:reader.Get(id)|};
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload, 0).WithArguments("Place → JsonSerializer.Serialize", "SerializeAsync"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload, 1).WithArguments("Place → IReader.Get", "GetAsync"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload, 2).WithArguments("Place → Orders.Read → IReader.Get", "GetAsync"));
    }

    [Fact]
    public async Task In_memory_work_cancellation_zero_waits_XML_and_overridden_selves_are_left_alone()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.IO;
            using System.Text.Json;
            using System.Xml;
            public abstract class Store
            {
                public string Load(string id) => id;
                public virtual Task<string> LoadAsync(string id) => Task.FromResult(id);
            }
            public sealed class CachedStore : Store
            {
                public override async Task<string> LoadAsync(string id) { await Task.Yield(); return Load(id); }
            }
            public static class Orders
            {
                private static readonly SemaphoreSlim Gate = new(1);

                [LambdaHandler]
                public static async Task<string> Place(string id)
                {
                    var memory = new MemoryStream();
                    var reader = new StreamReader(new MemoryStream(new byte[] { 65 }));
                    var text = reader.ReadToEnd();
                    var writer = new StreamWriter(memory);
                    writer.Write(text);
                    writer.Flush();
                    var order = JsonSerializer.Deserialize<string>(memory);
                    using var cts = new CancellationTokenSource();
                    cts.Cancel();
                    if (!Gate.Wait(0)) return "busy";
                    using var xml = XmlReader.Create(new StringReader("<a/>"));
                    xml.Read();
                    return text + order + await new CachedStore().LoadAsync(id);
                }
            }
            """);
    }
}
