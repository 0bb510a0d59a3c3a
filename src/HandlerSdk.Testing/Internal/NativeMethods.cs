using System.Runtime.InteropServices;

namespace HandlerSdk.Testing.Internal;

/// <summary>POSIX calls .NET does not expose: SIGTERM (<see cref="System.Diagnostics.Process.Kill()"/> only sends SIGKILL), and poll/read on a pipe.</summary>
internal static partial class NativeMethods
{
    public const short PollIn = 0x001;
    public const short PollErr = 0x008;
    public const short PollHup = 0x010;
    public const short PollNval = 0x020;

    private const int SigTerm = 15;
    private const int EIntr = 4;

    /// <summary>Asks a process to shut down the way Lambda does, so the runtime's SIGTERM handling is exercised.</summary>
    public static bool TrySendSigTerm(int processId) =>
        !OperatingSystem.IsWindows() && Kill(processId, SigTerm) == 0;

    /// <summary>poll(2), retried on EINTR; a negative result is a real failure.</summary>
    public static unsafe int Poll(Span<PollFd> fds, int timeoutMs)
    {
        fixed (PollFd* pointer = fds)
        {
            while (true)
            {
                var result = PollCore(pointer, (nuint)fds.Length, timeoutMs);
                if (result >= 0 || Marshal.GetLastPInvokeError() != EIntr)
                {
                    return result;
                }
            }
        }
    }

    /// <summary>read(2), retried on EINTR: bytes read, 0 at end of stream, negative on failure.</summary>
    public static unsafe int Read(int fd, Span<byte> buffer)
    {
        fixed (byte* pointer = buffer)
        {
            while (true)
            {
                var result = ReadCore(fd, pointer, (nuint)buffer.Length);
                if (result >= 0 || Marshal.GetLastPInvokeError() != EIntr)
                {
                    return (int)result;
                }
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static unsafe partial int PollCore(PollFd* fds, nuint count, int timeoutMs);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static unsafe partial nint ReadCore(int fd, byte* buffer, nuint count);

    /// <summary>struct pollfd.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }
}
