using System.IO.Compression;

namespace HandlerSdk.Cli.Package;

/// <summary>
/// Writes <c>function.zip</c> as Lambda wants it: one entry, <c>bootstrap</c>, at the root, executable (Unix mode 0755 in
/// the entry's external attributes, whatever the host OS) and with a fixed timestamp, so the same bootstrap gives the
/// same zip bytes and deploy tools see no change.
/// </summary>
internal static class FunctionZip
{
    public const string FileName = "function.zip";
    public const string EntryName = "bootstrap";

    /// <summary>Regular file (S_IFREG, 0100000) with rwxr-xr-x, in the high 16 bits as Info-ZIP's Unix hosts write it.</summary>
    public const int UnixExternalAttributes = (0x8000 | 0b111_101_101) << 16;

    /// <summary>1980-01-01, the earliest time a zip entry can hold.</summary>
    public static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Create(string bootstrapPath, string zipPath)
    {
        var temporary = zipPath + ".tmp";
        using (var file = File.Create(temporary))
        using (var archive = new ZipArchive(file, ZipArchiveMode.Create))
        {
            var entry = archive.CreateEntry(EntryName, CompressionLevel.SmallestSize);
            entry.ExternalAttributes = UnixExternalAttributes;
            entry.LastWriteTime = Timestamp;
            using var source = File.OpenRead(bootstrapPath);
            using var target = entry.Open();
            source.CopyTo(target);
        }

        File.Move(temporary, zipPath, overwrite: true);
        return zipPath;
    }
}
