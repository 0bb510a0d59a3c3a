using System.Runtime.InteropServices;
using HandlerSdk.Testing;

namespace HandlerSdk.IntegrationTests.Arm64;

/// <summary>
/// samples/HelloWorld published for linux-arm64 (cross-compiled on an x64 machine) once per test run, and run by the
/// emulator through qemu-user there: the emulator starts a wrapper script that execs <c>qemu-aarch64</c> with the arm64
/// sysroot's loader and libc, as Lambda's arm64 hosts would run the bootstrap natively.
/// </summary>
public sealed class HelloWorldArm64Bootstrap : IAsyncLifetime
{
    /// <summary>Where Debian's libc6-arm64-cross puts the arm64 loader and libc (eng/install-arm64-cross.sh installs it).</summary>
    public const string Sysroot = "/usr/aarch64-linux-gnu";

    private const string Install = "bash eng/install-arm64-cross.sh installs the cross toolchain and qemu-user";

    /// <summary>The published arm64 bootstrap.</summary>
    public string Path { get; private set; } = string.Empty;

    /// <summary>What the emulator executes: the bootstrap itself on an arm64 machine, else the qemu wrapper.</summary>
    public string LaunchPath { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("native AOT publishes for linux-arm64 only on Linux");
        }

        var native = RuntimeInformation.OSArchitecture == Architecture.Arm64;
        if (!native && !Directory.Exists(Sysroot))
        {
            throw new InvalidOperationException($"no arm64 sysroot at {Sysroot}: {Install}");
        }

        Path = await SamplePublisher.PublishAsync("HelloWorld", "linux-arm64");
        if (native)
        {
            LaunchPath = Path;
            return;
        }

        var qemu = FindOnPath("qemu-aarch64") ?? throw new InvalidOperationException($"qemu-aarch64 is not on PATH: {Install}");
        LaunchPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, "bootstrap-under-qemu");
        await File.WriteAllTextAsync(LaunchPath, $"#!/bin/sh\nexec '{qemu}' -L '{Sysroot}' '{Path}' \"$@\"\n");
        File.SetUnixFileMode(LaunchPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>An emulator running the arm64 bootstrap as function <c>hello-world</c>, handler <c>Hello</c>.</summary>
    public Task<LambdaEmulator> StartAsync() => LambdaEmulator.StartAsync(new LambdaEmulatorOptions
    {
        BootstrapPath = LaunchPath,
        FunctionName = "hello-world",
        Handler = "Hello",
        // Emulated instructions are slower; the timeout only has to catch a hang.
        Timeout = TimeSpan.FromSeconds(30),
    });

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}

[CollectionDefinition(Name)]
public sealed class HelloWorldArm64Tests : ICollectionFixture<HelloWorldArm64Bootstrap>
{
    public const string Name = "HelloWorld AOT linux-arm64";
}
