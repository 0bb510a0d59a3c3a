namespace HandlerSdk.Generators.Model;

/// <summary>
/// What one <c>[LambdaHandler]</c> method contributes: its spec, and every type its event and result reach.
/// Null <see cref="Handler"/> means the method is invalid (an analyzer reports why) and is skipped.
/// </summary>
internal sealed record HandlerModel(HandlerSpec? Handler, EquatableArray<TypeSpec> Types);

/// <summary>What the project looks like around the handlers: whether the generated entry point may be emitted.</summary>
/// <param name="IsExecutable">The project builds an executable (OutputType Exe).</param>
/// <param name="HasOwnEntryPoint">The project declares a <c>Main</c> or top-level statements.</param>
/// <param name="EntryPointDisabled"><c>HandlerSdkGenerateEntryPoint=false</c>: handlers only (a library, tests, benchmarks).</param>
internal sealed record ProjectSpec(bool IsExecutable, bool HasOwnEntryPoint, bool EntryPointDisabled);
