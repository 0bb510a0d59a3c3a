namespace HandlerSdk.Generators.Model;

/// <summary>Everything the emitters write from: the valid handlers, every type they reach (once), the options.</summary>
/// <param name="Handlers">Valid handlers with distinct names, in source order.</param>
/// <param name="Types">Every serialized type, each once, ordered by id.</param>
/// <param name="Options">The assembly-wide JSON settings.</param>
/// <param name="EmitEntryPoint">Whether to write <c>Main</c> (an executable without its own entry point).</param>
internal sealed record GenerationSpec(EquatableArray<HandlerSpec> Handlers, EquatableArray<TypeSpec> Types, JsonOptionsSpec Options, bool EmitEntryPoint);
