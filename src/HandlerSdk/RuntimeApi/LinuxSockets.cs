using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace HandlerSdk.RuntimeApi;

/// <summary>
/// The C library's socket calls and the Linux constants they take (the same on x86-64 and arm64), for
/// <see cref="LinuxSocketTransport"/>. Native-AOT functions bind them at link time (<c>DirectPInvoke</c> in
/// HandlerSdk.targets), so the first call loads nothing.
/// </summary>
internal static unsafe partial class LinuxSockets
{
    public const int AddressFamilyInet = 2;
    public const int AddressFamilyInet6 = 10;
    public const int SocketStream = 1;
    public const int SocketNonBlocking = 0x800;
    public const int SocketCloseOnExec = 0x80000;
    public const int ProtocolTcp = 6;
    public const int LevelSocket = 1;
    public const int OptionError = 4;
    public const int OptionTcpNoDelay = 1;
    public const int FileGetFlags = 3;
    public const int FileSetFlags = 4;
    public const int FileNonBlocking = 0x800;
    public const short PollIn = 0x1;
    public const short PollOut = 0x4;
    public const short PollError = 0x8;
    public const short PollHangUp = 0x10;
    public const short PollInvalid = 0x20;
    public const int MessagePeek = 0x2;
    public const int MessageDontWait = 0x40;
    public const int MessageNoSignal = 0x4000;
    public const int ShutdownBoth = 2;

    public const int ErrorInterrupted = 4;
    public const int ErrorWouldBlock = 11;
    public const int ErrorInProgress = 115;

    private const string Library = "libc";

    [StructLayout(LayoutKind.Sequential)]
    public struct PollDescriptor
    {
        public int Descriptor;
        public short Events;
        public short ReturnedEvents;
    }

    [LibraryImport(Library, EntryPoint = "socket", SetLastError = true)]
    public static partial int Socket(int domain, int type, int protocol);

    [LibraryImport(Library, EntryPoint = "connect", SetLastError = true)]
    public static partial int Connect(int descriptor, byte* address, int addressLength);

    [LibraryImport(Library, EntryPoint = "setsockopt", SetLastError = true)]
    public static partial int SetOption(int descriptor, int level, int name, int* value, int valueLength);

    [LibraryImport(Library, EntryPoint = "getsockopt", SetLastError = true)]
    public static partial int GetOption(int descriptor, int level, int name, int* value, int* valueLength);

    [LibraryImport(Library, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Control(int descriptor, int command, int argument);

    [LibraryImport(Library, EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(PollDescriptor* descriptors, nuint count, int timeoutMilliseconds);

    [LibraryImport(Library, EntryPoint = "send", SetLastError = true)]
    public static partial nint Send(int descriptor, byte* buffer, nuint length, int flags);

    [LibraryImport(Library, EntryPoint = "recv", SetLastError = true)]
    public static partial nint Receive(int descriptor, byte* buffer, nuint length, int flags);

    [LibraryImport(Library, EntryPoint = "shutdown", SetLastError = true)]
    public static partial int Shutdown(int descriptor, int how);

    [LibraryImport(Library, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int descriptor);

    /// <summary>The last call's <c>errno</c> as the exception the rest of the client already handles.</summary>
    public static SocketException LastError() => ToException(Marshal.GetLastPInvokeError());

    public static SocketException ToException(int errno) => new((int)ToSocketError(errno), Marshal.GetPInvokeErrorMessage(errno));

    private static SocketError ToSocketError(int errno) => errno switch
    {
        13 => SocketError.AccessDenied,
        24 => SocketError.TooManyOpenSockets,
        32 => SocketError.Shutdown,
        97 => SocketError.AddressFamilyNotSupported,
        99 => SocketError.AddressNotAvailable,
        101 => SocketError.NetworkUnreachable,
        103 => SocketError.ConnectionAborted,
        104 => SocketError.ConnectionReset,
        105 => SocketError.NoBufferSpaceAvailable,
        107 => SocketError.NotConnected,
        110 => SocketError.TimedOut,
        111 => SocketError.ConnectionRefused,
        113 => SocketError.HostUnreachable,
        _ => SocketError.SocketError,
    };
}
