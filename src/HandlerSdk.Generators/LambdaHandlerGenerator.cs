using System.Linq;
using System.Threading;
using HandlerSdk.Analyzers;
using HandlerSdk.Generators.Emitting;
using HandlerSdk.Generators.Emitting.Http;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Parsing;
using HandlerSdk.Generators.Parsing.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.Generators;

/// <summary>
/// Turns <c>[LambdaHandler]</c> methods into a complete function: the entry point, one adapter per handler and a
/// reflection-free JSON serializer per type the handlers read or write. Invalid handlers are skipped quietly; the
/// analyzers say why.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LambdaHandlerGenerator : IIncrementalGenerator
{
    public const string AttributeName = HandlerMethods.AttributeName;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var handlers = context.SyntaxProvider
            .ForAttributeWithMetadataName(AttributeName, static (node, _) => node is MethodDeclarationSyntax, ParseHandler)
            .WithTrackingName(TrackingNames.Handlers);

        var options = context.CompilationProvider
            .Select(static (compilation, _) => JsonOptionsParser.For(compilation))
            .WithTrackingName(TrackingNames.Options);

        var project = context.CompilationProvider
            .Select(static (compilation, _) => compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication)
            .Combine(DeclaresOwnEntryPoint(context))
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => EntryPointOptOut.IsSet(options.GlobalOptions)))
            .Select(static (input, _) => new ProjectSpec(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Project);

        // HTTP routes: their body and result types join the handlers' in one serializer set, so each type is written once.
        var httpRoutes = HttpRoutePipeline.Routes(context);

        var generation = handlers
            .Collect()
            .Combine(options)
            .Combine(project)
            .Combine(httpRoutes)
            .Select(static (input, cancellationToken) => GenerationBuilder.Build(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Generation);

        // One output per file, each holding only what it mentions. A handler's adapter and the serializers of the types
        // it is first to reach come from its own row, so that a handler or type added, changed or removed leaves the
        // other handlers' files cached; the rest (types only routes reach) come from one shared row.
        var handlerFiles = handlers
            .Combine(generation)
            .Select(static (input, _) => GenerationBuilder.FilesOf(input.Left, input.Right))
            .WithTrackingName(TrackingNames.HandlerFiles);
        var sharedFiles = generation
            .Select(static (spec, _) => spec.SharedFiles)
            .WithTrackingName(TrackingNames.SharedFiles);
        var serializers = handlerFiles
            .SelectMany(static (files, _) => files.Serializers)
            .WithTrackingName(TrackingNames.Serializers);
        var sharedSerializers = sharedFiles
            .SelectMany(static (files, _) => files.Serializers)
            .WithTrackingName(TrackingNames.SharedSerializers);
        var adapters = handlerFiles
            .SelectMany(static (files, _) => files.Adapters)
            .WithTrackingName(TrackingNames.Adapters);
        var sharedAdapters = sharedFiles
            .SelectMany(static (files, _) => files.Adapters)
            .WithTrackingName(TrackingNames.SharedAdapters);
        var dispatches = generation
            .SelectMany(static (spec, _) => spec.Dispatches)
            .WithTrackingName(TrackingNames.HttpDispatches);
        var entryPoint = generation
            .Select(static (spec, _) => spec.EmitEntryPoint
                ? new EntryPointSpec(spec.Handlers, spec.HttpFunctions)
                : new EntryPointSpec(EquatableArray<HandlerSpec>.Empty, EquatableArray<Model.Http.HttpFunctionSpec>.Empty))
            .WithTrackingName(TrackingNames.EntryPoint);

        context.RegisterSourceOutput(serializers, static (output, file) => EmitSerializer(output, file));
        context.RegisterSourceOutput(sharedSerializers, static (output, file) => EmitSerializer(output, file));
        context.RegisterSourceOutput(adapters, static (output, file) => EmitAdapter(output, file));
        context.RegisterSourceOutput(sharedAdapters, static (output, file) => EmitAdapter(output, file));
        context.RegisterSourceOutput(entryPoint, static (output, spec) => EmitEntryPoint(output, spec));
        context.RegisterSourceOutput(dispatches, static (output, file) =>
            output.AddSource(DispatchEmitter.HintName(file.Function), DispatchEmitter.Emit(file.Function, Code(file.Shapes))));

        // HTTP routers: one per function, each its own output so that an edit to one function re-emits only it.
        var httpFunctions = HttpRoutePipeline.Functions(httpRoutes)
            .SelectMany(static (functions, _) => functions)
            .WithTrackingName(TrackingNames.HttpFunctions);
        context.RegisterSourceOutput(httpFunctions, static (output, function) => output.AddSource(RouterEmitter.HintName(function), RouterEmitter.Emit(function)));

        // Parsers of the enums routes bind from text: one file per enum, shared by every function that binds it.
        var httpEnums = HttpRoutePipeline.Functions(httpRoutes)
            .SelectMany(static (functions, _) => EnumParserEmitter.Enums(functions));
        context.RegisterSourceOutput(httpEnums, static (output, spec) => output.AddSource(EnumParserEmitter.HintName(spec), EnumParserEmitter.Emit(spec)));
    }

    private static HandlerModel ParseHandler(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return context.TargetSymbol is IMethodSymbol method
            ? HandlerParser.Parse(method, context.Attributes[0], KnownSymbols.For(context.SemanticModel.Compilation), cancellationToken: cancellationToken)
            : new HandlerModel(null, EquatableArray<TypeSpec>.Empty);
    }

    /// <summary>A <c>static Main</c> or top-level statements anywhere in the project.</summary>
    private static IncrementalValueProvider<bool> DeclaresOwnEntryPoint(IncrementalGeneratorInitializationContext context) =>
        context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is GlobalStatementSyntax ||
                    node is MethodDeclarationSyntax { Identifier.ValueText: "Main" } method && method.Modifiers.Any(SyntaxKind.StaticKeyword),
                static (_, _) => true)
            .Collect()
            .Select(static (found, _) => found.Length > 0);

    private static void EmitSerializer(SourceProductionContext output, SerializerFile file)
    {
        // Primitives have no file of their own: they are written inline by the code that uses them.
        if (SerializerEmitter.Emit(file.Type, Code(file.Shapes), file.Options) is { } source)
        {
            output.AddSource(SerializerEmitter.HintName(file.Type), source);
        }
    }

    private static void EmitAdapter(SourceProductionContext output, AdapterFile file) =>
        output.AddSource(HandlerAdapterEmitter.HintName(file.Handler), HandlerAdapterEmitter.Emit(file.Handler, Code(file.Shapes)));

    private static void EmitEntryPoint(SourceProductionContext output, EntryPointSpec spec)
    {
        if (spec.Handlers.Count > 0 || spec.HttpFunctions.Count > 0)
        {
            output.AddSource(EntryPointEmitter.HintName, EntryPointEmitter.Emit(spec.Handlers, spec.HttpFunctions));
        }
    }

    private static ValueCode Code(EquatableArray<TypeShape> shapes) =>
        new(shapes.ToDictionary(s => s.Id, s => s, System.StringComparer.Ordinal));
}

/// <summary>The names of the pipeline's steps, for incrementality tests.</summary>
public static class TrackingNames
{
    public const string Handlers = nameof(Handlers);
    public const string Options = nameof(Options);
    public const string Project = nameof(Project);
    public const string Generation = nameof(Generation);
    public const string HandlerFiles = nameof(HandlerFiles);
    public const string SharedFiles = nameof(SharedFiles);
    public const string SharedSerializers = nameof(SharedSerializers);
    public const string SharedAdapters = nameof(SharedAdapters);
    public const string Serializers = nameof(Serializers);
    public const string Adapters = nameof(Adapters);
    public const string EntryPoint = nameof(EntryPoint);
    public const string HttpRoutes = nameof(HttpRoutes);
    public const string HttpFunctions = nameof(HttpFunctions);
    public const string HttpDispatches = nameof(HttpDispatches);
}
