namespace HandlerSdk.Generators.Model;

/// <summary>
/// Everything the emitters write from, already cut into files: each file holds its own inputs and nothing more.
/// </summary>
/// <param name="Handlers">Valid handlers with distinct names, in source order (for the entry point).</param>
/// <param name="HttpFunctions">Valid HTTP functions whose names no plain handler takes, by name.</param>
/// <param name="HandlerFiles">
/// Per valid handler, the files emitted from its own row of the pipeline: its adapter and the serializers of the types
/// it is the first handler to reach.
/// </param>
/// <param name="SharedFiles">
/// The files no single handler's row can emit: the serializers of types only HTTP routes reach, and the files of a
/// handler declared twice alike (two rows with one spec, which a compile error already reports).
/// </param>
/// <param name="Dispatches">One dispatch file per HTTP function.</param>
/// <param name="EmitEntryPoint">Whether to write <c>Main</c> (an executable without its own entry point).</param>
internal sealed record GenerationSpec(
    EquatableArray<HandlerSpec> Handlers,
    EquatableArray<Http.HttpFunctionSpec> HttpFunctions,
    EquatableArray<FileGroup> HandlerFiles,
    FileGroup SharedFiles,
    EquatableArray<DispatchFile> Dispatches,
    bool EmitEntryPoint);

/// <summary>Files emitted from one row of the pipeline.</summary>
/// <param name="Adapters">Handler adapters: one in a handler's own group.</param>
/// <param name="Serializers">Serializer files, ordered by type id.</param>
internal sealed record FileGroup(EquatableArray<AdapterFile> Adapters, EquatableArray<SerializerFile> Serializers)
{
    public static FileGroup Empty { get; } = new(EquatableArray<AdapterFile>.Empty, EquatableArray<SerializerFile>.Empty);
}

/// <summary>One serializer file's inputs: its type, the shapes of the types its code mentions (itself included), the options.</summary>
internal sealed record SerializerFile(TypeSpec Type, EquatableArray<TypeShape> Shapes, JsonOptionsSpec Options);

/// <summary>One adapter file's inputs: its handler and the shapes of its event, result and batch or stream types.</summary>
internal sealed record AdapterFile(HandlerSpec Handler, EquatableArray<TypeShape> Shapes);

/// <summary>One HTTP function's dispatch file inputs: the function and the shapes of its bodies, payload models and results.</summary>
internal sealed record DispatchFile(Http.HttpFunctionSpec Function, EquatableArray<TypeShape> Shapes);

/// <summary>What the entry point registers: the plain handlers and the HTTP functions.</summary>
internal sealed record EntryPointSpec(EquatableArray<HandlerSpec> Handlers, EquatableArray<Http.HttpFunctionSpec> HttpFunctions);
