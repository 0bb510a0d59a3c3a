using System.Runtime.InteropServices;

namespace HandlerSdk.Runtime;

/// <summary>
/// Turns SIGTERM (Lambda's shutdown notice) and SIGINT (Ctrl+C when run by hand) into a graceful stop instead of
/// an immediate exit, so the in-flight invocation can finish and resources can be released.
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;

    private ShutdownSignals(PosixSignalRegistration[] registrations) => _registrations = registrations;

    public static ShutdownSignals Register(CancellationTokenSource stop)
    {
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        return new ShutdownSignals(
        [
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
        ]);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
