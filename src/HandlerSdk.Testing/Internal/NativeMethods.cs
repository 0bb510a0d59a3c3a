using System.Runtime.InteropServices;

namespace HandlerSdk.Testing.Internal;

/// <summary>POSIX calls .NET does not expose: <see cref="System.Diagnostics.Process.Kill()"/> only sends SIGKILL.</summary>
internal static partial class NativeMethods
{
    private const int SigTerm = 15;

    /// <summary>Asks a process to shut down the way Lambda does, so the runtime's SIGTERM handling is exercised.</summary>
    public static bool TrySendSigTerm(int processId) =>
        !OperatingSystem.IsWindows() && Kill(processId, SigTerm) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
