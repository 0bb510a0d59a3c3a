using System.Reflection;
using HandlerSdk.Testing;

namespace MyFunction.Tests;

// Builds the function once for all the tests and runs it as Lambda would: its own process, talking to a local
// Runtime API, with the handler picked by _HANDLER and the deadline enforced.
public sealed class LocalLambda : IAsyncLifetime
{
    private static readonly string FunctionProject = typeof(LocalLambda).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "FunctionProject").Value!;

    private LambdaEmulator? _emulator;

    public LambdaEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync() => _emulator = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions
    {
        ProjectPath = FunctionProject,
        Handler = "Handle",
        Timeout = TimeSpan.FromSeconds(30),
    });

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
