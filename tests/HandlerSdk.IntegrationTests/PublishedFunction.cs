using System.IO.Compression;

namespace HandlerSdk.IntegrationTests;

/// <summary>What HandlerSdk.targets leaves in a publish folder for Lambda: <c>bootstrap</c> and <c>function.zip</c>.</summary>
internal static class PublishedFunction
{
    private const UnixFileMode Executable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static void AssertReadyForLambda(string publishFolder, string assemblyName)
    {
        var bootstrap = Path.Combine(publishFolder, "bootstrap");
        var content = File.ReadAllBytes(bootstrap);
        Assert.True(content.AsSpan().StartsWith("\u007FELF"u8), "bootstrap is not an ELF executable");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(Executable, File.GetUnixFileMode(bootstrap) & Executable);
        }

        // Renamed, not copied: the zip and the folder hold one executable, and the assembly kept its own name.
        Assert.False(File.Exists(Path.Combine(publishFolder, assemblyName)), $"{assemblyName} left beside bootstrap");
        Assert.True(File.Exists(Path.Combine(publishFolder, assemblyName + ".dbg")), "the symbols keep the assembly's name");

        using var zip = ZipFile.OpenRead(Path.Combine(publishFolder, "function.zip"));
        var entry = Assert.Single(zip.Entries);
        Assert.Equal("bootstrap", entry.FullName);
        var mode = entry.ExternalAttributes >> 16;
        Assert.Equal(0x1ED, mode & 0x1FF);      // 0755
        Assert.Equal(0x8000, mode & 0xF000);    // S_IFREG: a regular file
        Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime);  // fixed, so the zip is deterministic
        using var stream = entry.Open();
        using var unpacked = new MemoryStream();
        stream.CopyTo(unpacked);
        Assert.True(unpacked.ToArray().AsSpan().SequenceEqual(content), "function.zip's bootstrap differs from the published one");
    }
}

[Collection(HelloWorldTests.Name)]
public sealed class HelloWorldPublishTests(HelloWorldBootstrap bootstrap)
{
    [Fact]
    public void Publishing_leaves_bootstrap_and_function_zip_with_mode_0755() =>
        PublishedFunction.AssertReadyForLambda(bootstrap.OutputFolder, "HelloWorld");
}

[Collection(OrdersTests.Name)]
public sealed class OrdersPublishTests(OrdersBootstrap bootstrap)
{
    [Fact]
    public void Publishing_leaves_bootstrap_and_function_zip_with_mode_0755() =>
        PublishedFunction.AssertReadyForLambda(Path.GetDirectoryName(bootstrap.Path)!, "Orders");
}

[Collection(HelloWorldTests.Name)]
public sealed class HelloWorldGlibcCheckTests(HelloWorldBootstrap bootstrap)
{
    [Fact]
    public async Task Publishing_for_provided_al2_refuses_a_bootstrap_linked_against_a_newer_glibc()
    {
        // Again into the same artifacts (the native link is reused), to a folder of its own: provided.al2 has glibc 2.26,
        // and every glibc since 2.34 gives __libc_start_main the version GLIBC_2.34.
        var artifacts = bootstrap.Artifacts;
        var folder = Directory.CreateDirectory(Path.Combine(artifacts, "out-al2")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "function.zip"), "the zip of an earlier, good bootstrap");
        var (exitCode, output) = await SamplePublisher.RunAsync("HelloWorld", "linux-x64", artifacts, folder, "HandlerSdkTargetGlibc=2.26");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("but provided.al2 has glibc 2.26", output, StringComparison.Ordinal);
        Assert.Matches(@"Symbols too new: GLIBC_2\.\d+ \(", output);
        Assert.False(File.Exists(Path.Combine(folder, "function.zip")), "a function.zip stayed beside the refused bootstrap");
    }
}
