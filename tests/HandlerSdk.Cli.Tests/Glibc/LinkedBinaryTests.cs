using System.Diagnostics;
using System.Runtime.InteropServices;
using HandlerSdk.Publishing;

namespace HandlerSdk.Cli.Tests.Glibc;

/// <summary>
/// The reader on executables a real linker wrote: glibc 2.99 does not exist, so the library here defines a symbol under
/// that version with a linker version script, and a program that calls it asks for GLIBC_2.99 exactly as a program built
/// against a too-new glibc asks for its newer versions. clang and lld are what native AOT links with (eng/install-prerequisites.sh).
/// </summary>
public sealed class LinkedBinaryTests
{
    [Fact]
    public async Task A_program_linked_against_a_newer_glibc_symbol_version_is_refused_by_name()
    {
        using var folder = new TempFolder();
        folder.Write("fake.c", "int fake_new(void) { return 1; }\n");
        folder.Write("fake.map", "GLIBC_2.99 { global: fake_new; local: *; };\n");
        folder.Write("main.c", "int fake_new(void);\nint main(void) { return fake_new(); }\n");
        await Clang(folder, "-shared", "-fPIC", "-fuse-ld=lld", "-Wl,--version-script=fake.map", "-o", "libfake.so", "fake.c");
        await Clang(folder, "-fuse-ld=lld", "-o", "bootstrap", "main.c", "-L.", "-lfake");
        var bootstrap = Path.Combine(folder.Path, "bootstrap");

        var requirements = GlibcRequirements.Read(File.ReadAllBytes(bootstrap));
        var problem = GlibcRequirements.Problem(bootstrap, new Version(2, 34), requirements.Machine);

        Assert.Equal(RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x86_64", requirements.Machine);
        Assert.Equal(new Version(2, 99), requirements.Newest);
        Assert.Equal(["fake_new"], requirements.Versions[new Version(2, 99)]);
        Assert.Contains("__libc_start_main", requirements.Versions.SelectMany(version => version.Value));
        Assert.StartsWith($"{bootstrap} needs glibc 2.99, but provided.al2023 has glibc 2.34", problem, StringComparison.Ordinal);
        Assert.Contains("Symbols too new: GLIBC_2.99 (fake_new).", problem, StringComparison.Ordinal);
    }

    private static async Task Clang(TempFolder folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("clang") { WorkingDirectory = folder.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var clang = Process.Start(start)!;
        var errors = clang.StandardError.ReadToEndAsync();
        await clang.StandardOutput.ReadToEndAsync();
        await clang.WaitForExitAsync();
        Assert.True(clang.ExitCode == 0, $"clang {string.Join(' ', arguments)} failed: {await errors}");
    }
}
