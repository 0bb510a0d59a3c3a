using System.Collections.Generic;
using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting;

/// <summary>
/// The program's <c>Main</c>: registers every handler with the runtime, each behind a factory so that only the one
/// <c>_HANDLER</c> selects is created (its instance too), during init, and disposed at shutdown.
/// </summary>
internal static class EntryPointEmitter
{
    public const string HintName = "LambdaEntryPoint.g.cs";

    public static string Emit(IReadOnlyList<HandlerSpec> handlers)
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
                            writer.Line($"handlers.Add({ValueCode.Literal(handler.Name)}, () => {HandlerAdapterEmitter.ClassName}.{HandlerAdapterEmitter.FactoryName(handler)}({Instance(handler)}));");
                        }
                    }
                }
            }
        }

        return writer.ToString();
    }

    private static string Instance(HandlerSpec handler) => handler switch
    {
        { IsStatic: true } => string.Empty,
        { Disposal: DisposalKind.None } => $"new {handler.ContainingType}()",
        _ => $"handlers.RegisterForShutdown(new {handler.ContainingType}())",
    };
}
