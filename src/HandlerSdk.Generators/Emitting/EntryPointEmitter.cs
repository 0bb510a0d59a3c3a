using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Generators.Emitting.Http;
using HandlerSdk.Generators.Emitting.Streaming;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Http;

namespace HandlerSdk.Generators.Emitting;

/// <summary>
/// The program's <c>Main</c>: registers every handler with the runtime, each behind a factory so that only the one
/// <c>_HANDLER</c> selects is created (its instance too), during init, and disposed at shutdown.
/// </summary>
internal static class EntryPointEmitter
{
    public const string HintName = "LambdaEntryPoint.g.cs";

    public static string Emit(IReadOnlyList<HandlerSpec> handlers, IReadOnlyList<HttpFunctionSpec> httpFunctions)
    {
        var writer = SourceWriter.ForFile();
        writer.Line($"namespace {SerializerEmitter.Namespace}");
        using (writer.Block())
        {
            writer.Line("internal static class LambdaEntryPoint");
            using (writer.Block())
            {
                writer.Line("private static global::System.Threading.Tasks.Task<int> Main() =>");
                using (writer.Indent())
                {
                    writer.Line("global::HandlerSdk.LambdaRuntime.RunAsync(static handlers =>");
                    using (writer.Block(");"))
                    {
                        foreach (var handler in handlers)
                        {
                            writer.Line($"handlers.{(handler.Streaming is null ? "Add" : "AddStreaming")}({ValueCode.Literal(handler.Name)}, () => {HandlerAdapterEmitter.ClassName}.{HandlerAdapterEmitter.FactoryName(handler)}({Instance(handler)}));");
                        }

                        // An HTTP function's instances (one per type of its instance methods) are made as a handler's are.
                        foreach (var function in httpFunctions)
                        {
                            var instances = string.Join(", ", DispatchEmitter.InstanceTypes(function).Select(t => Instance(t.Type, t.Disposal)));
                            writer.Line($"handlers.{(StreamingRouteEmitter.IsStreaming(function) ? "AddStreaming" : "Add")}({ValueCode.Literal(function.Name)}, () => {DispatchEmitter.ClassName(function)}.Create({instances}));");
                        }
                    }
                }
            }
        }

        return writer.ToString();
    }

    private static string Instance(HandlerSpec handler) => handler.IsStatic ? string.Empty : Instance(handler.ContainingType, handler.Disposal);

    private static string Instance(string type, DisposalKind disposal) => disposal == DisposalKind.None
        ? $"new {type}()"
        : $"handlers.RegisterForShutdown(new {type}())";
}
