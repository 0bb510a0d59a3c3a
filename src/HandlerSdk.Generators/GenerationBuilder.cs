using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using HandlerSdk.Generators.Emitting.Encodings;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Http;
using HandlerSdk.Generators.Parsing.Http;

namespace HandlerSdk.Generators;

/// <summary>
/// Joins the handlers' and routes' models into the files to emit: one adapter per handler, one serializer per type,
/// one dispatch per HTTP function, each holding the shapes of the types its code mentions and no others.
/// </summary>
/// <remarks>
/// A type's serializer is emitted from the row of the first handler that reaches it. Roslyn matches the outputs of
/// one row by position, so files that all came out of one list would shift, and be emitted again, whenever a type
/// new to the graph sorted before them; in rows of their own, only the handler that reaches the new type sees it.
/// </remarks>
internal static class GenerationBuilder
{
    // Each handler's row looks its files up once per generation: by name, not by a scan of every handler.
    private static readonly ConditionalWeakTable<GenerationSpec, Dictionary<string, FileGroup>> FilesByHandler = new();

    public static GenerationSpec Build(ImmutableArray<HandlerModel> models, JsonOptionsSpec options, ProjectSpec project, HttpRouteModel http, CancellationToken cancellationToken)
    {
        var handlers = new List<HandlerModel>();
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        var types = new Dictionary<string, TypeSpec>(System.StringComparer.Ordinal);
        foreach (var model in models)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A duplicate name is HSDK0005; the first keeps it, as the analyzer reports the others.
            if (model.Handler is not { } handler || !names.Add(handler.Name))
            {
                continue;
            }

            handlers.Add(model);
            foreach (var type in model.Types)
            {
                types[type.Id] = type;
            }
        }

        // A function name a plain handler already has is HSDK0005's to report; the plain handler keeps it.
        var functions = HttpFunctions.Group(http.Routes).Where(f => !names.Contains(f.Name)).ToList();
        if (functions.Count > 0)
        {
            foreach (var type in http.Types)
            {
                types[type.Id] = type;
            }
        }

        var shapes = Shapes(types, cancellationToken);
        var files = new Files(types, shapes, options);

        // Two rows with one spec (a method declared twice alike) cannot tell which of them emits: neither does.
        var declaredTwice = new HashSet<HandlerSpec>(models.Select(m => m.Handler).OfType<HandlerSpec>().GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key));
        var emitted = new HashSet<string>(System.StringComparer.Ordinal);
        var handlerFiles = new List<FileGroup>();
        var sharedAdapters = new List<AdapterFile>();
        var sharedSerializers = new List<SerializerFile>();
        foreach (var model in handlers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var adapter = files.Adapter(model.Handler!);
            var serializers = model.Types.Where(t => emitted.Add(t.Id)).Select(t => files.Serializer(t.Id)).OfType<SerializerFile>().OrderBy(f => f.Type.Id, System.StringComparer.Ordinal).ToEquatableArray();
            if (declaredTwice.Contains(model.Handler!))
            {
                sharedAdapters.Add(adapter);
                sharedSerializers.AddRange(serializers);
            }
            else
            {
                handlerFiles.Add(new FileGroup(new[] { adapter }.ToEquatableArray(), serializers));
            }
        }

        sharedSerializers.AddRange(types.Keys.Where(emitted.Add).Select(files.Serializer).OfType<SerializerFile>());
        return new GenerationSpec(
            handlers.Select(m => m.Handler!).ToEquatableArray(),
            functions.ToEquatableArray(),
            handlerFiles.ToEquatableArray(),
            new FileGroup(sharedAdapters.ToEquatableArray(), sharedSerializers.OrderBy(f => f.Type.Id, System.StringComparer.Ordinal).ToEquatableArray()),
            functions.Select(files.Dispatch).ToEquatableArray(),
            project.IsExecutable && !project.HasOwnEntryPoint && !project.EntryPointDisabled && (handlers.Count > 0 || functions.Count > 0));
    }

    /// <summary>The files <paramref name="model"/>'s row emits: none for an invalid or shadowed handler.</summary>
    public static FileGroup FilesOf(HandlerModel model, GenerationSpec generation)
    {
        if (model.Handler is not { } handler)
        {
            return FileGroup.Empty;
        }

        var byHandler = FilesByHandler.GetValue(generation, static g => g.HandlerFiles.ToDictionary(f => f.Adapters[0].Handler.Name, System.StringComparer.Ordinal));

        // The name alone would also match a later handler that HSDK0005 shadows.
        return byHandler.TryGetValue(handler.Name, out var files) && files.Adapters[0].Handler == handler ? files : FileGroup.Empty;
    }

    private static Dictionary<string, TypeShape> Shapes(Dictionary<string, TypeSpec> types, CancellationToken cancellationToken)
    {
        var ordered = types.Values.OrderBy(t => t.Id, System.StringComparer.Ordinal).ToList();
        var dynamoDb = DynamoDbReaderEmitter.Reach(ordered);
        var names = ReadableTypeNames.Assign(ordered);
        var shapes = new Dictionary<string, TypeShape>(types.Count, System.StringComparer.Ordinal);
        foreach (var type in types.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            shapes[type.Id] = TypeShape.Of(type) with { DynamoDb = dynamoDb.TryGetValue(type.Id, out var kind) ? kind : DynamoDbReaderKind.None, Name = names[type.Id] };
        }

        return shapes;
    }

    /// <summary>Makes each file with the shapes of the types its code mentions.</summary>
    private sealed class Files(Dictionary<string, TypeSpec> types, Dictionary<string, TypeShape> shapes, JsonOptionsSpec options)
    {
        /// <summary>Null for a primitive: it has no file, the code that uses it writes it inline.</summary>
        public SerializerFile? Serializer(string id) =>
            types[id] is PrimitiveSpec ? null : new SerializerFile(types[id], Of(TypeReferences.Of(types[id])), options);

        public AdapterFile Adapter(HandlerSpec handler) => new(handler, Of(TypeReferences.Of(handler)));

        public DispatchFile Dispatch(HttpFunctionSpec function) => new(function, Of(TypeReferences.Of(function)));

        private EquatableArray<TypeShape> Of(IEnumerable<string> ids) =>
            ids.Distinct(System.StringComparer.Ordinal).OrderBy(id => id, System.StringComparer.Ordinal).Select(id => shapes[id]).ToEquatableArray();
    }
}
