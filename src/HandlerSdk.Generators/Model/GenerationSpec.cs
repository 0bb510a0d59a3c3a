namespace HandlerSdk.Generators.Model;

/// <summary>Everything the emitters write from: the valid handlers, every type they reach (once), the options.</summary>
/// <param name="Handlers">Valid handlers with distinct names, in source order.</param>
/// <param name="Types">Every serialized type, each once, ordered by id.</param>
/// <param name="Shapes">The <see cref="TypeShape"/> of each of <paramref name="Types"/>, in the same order.</param>
/// <param name="Options">The assembly-wide JSON settings.</param>
/// <param name="EmitEntryPoint">Whether to write <c>Main</c> (an executable without its own entry point).</param>
/// <param name="HttpFunctions">Valid HTTP functions whose names no plain handler takes, by name.</param>
internal sealed record GenerationSpec(
    EquatableArray<HandlerSpec> Handlers,
    EquatableArray<Http.HttpFunctionSpec> HttpFunctions,
    EquatableArray<TypeSpec> Types,
    EquatableArray<TypeShape> Shapes,
    JsonOptionsSpec Options,
    bool EmitEntryPoint);

/// <summary>One serializer file's inputs: its type, the shapes of all types (for the ones it mentions), the options.</summary>
internal sealed record SerializerFile(TypeSpec Type, EquatableArray<TypeShape> Shapes, JsonOptionsSpec Options);

/// <summary>One adapter file's inputs: its handler and the shapes of all types (for its event and result).</summary>
internal sealed record AdapterFile(HandlerSpec Handler, EquatableArray<TypeShape> Shapes);

/// <summary>One HTTP function's dispatch file inputs: the function and the shapes of all types (for its bodies and results).</summary>
internal sealed record DispatchFile(Http.HttpFunctionSpec Function, EquatableArray<TypeShape> Shapes);

/// <summary>What the entry point registers: the plain handlers and the HTTP functions.</summary>
internal sealed record EntryPointSpec(EquatableArray<HandlerSpec> Handlers, EquatableArray<Http.HttpFunctionSpec> HttpFunctions);
