// The glibc check of a published bootstrap, in one file because it is compiled twice: by MSBuild's RoslynCodeTaskFactory
// for the publish targets (HandlerSdk.targets, task HandlerSdkCheckGlibc), and into hsdk for `hsdk package`. Both
// compilers see only netstandard2.0 there (Visual Studio's MSBuild runs on .NET Framework), hence byte arrays and
// hand-written little-endian reads rather than spans and BinaryPrimitives.
#pragma warning disable IDE0005 // hsdk has these as implicit usings; the task factory compiles this file as it is.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
#pragma warning restore IDE0005
#nullable enable

namespace HandlerSdk.Publishing;

/// <summary>
/// The glibc symbol versions a 64-bit ELF executable asks the dynamic loader for: its verneed table
/// (<c>.gnu.version_r</c>), found through the dynamic segment as the loader finds it, so a binary without section
/// headers is read too. Symbol names come from <c>.dynsym</c> and its version table (<c>.gnu.version</c>).
/// </summary>
internal sealed class GlibcRequirements
{
    private const ushort MachineX64 = 62;      // EM_X86_64
    private const ushort MachineArm64 = 183;   // EM_AARCH64
    private const uint LoadSegment = 1;        // PT_LOAD
    private const uint DynamicSegment = 2;     // PT_DYNAMIC
    private const long TagHash = 4;            // DT_HASH
    private const long TagStringTable = 5;     // DT_STRTAB
    private const long TagSymbolTable = 6;     // DT_SYMTAB
    private const long TagGnuHash = 0x6ffffef5;
    private const long TagVersionSymbols = 0x6ffffff0;
    private const long TagVersionNeeds = 0x6ffffffe;
    private const long TagVersionNeedCount = 0x6fffffff;
    private const uint SectionDynamicSymbols = 11;  // SHT_DYNSYM
    private const string GlibcPrefix = "GLIBC_";

    private readonly byte[] _elf;
    private readonly List<Segment> _loads = new List<Segment>();

    private GlibcRequirements(byte[] elf, string machine)
    {
        _elf = elf;
        Machine = machine;
    }

    /// <summary><c>x86_64</c> or <c>arm64</c>, Lambda's names for the two architectures.</summary>
    public string Machine { get; }

    /// <summary>Every <c>GLIBC_x.y</c> version asked for, with the dynamic symbols that ask for it (empty when unknown).</summary>
    public SortedDictionary<Version, SortedSet<string>> Versions { get; } = new SortedDictionary<Version, SortedSet<string>>();

    /// <summary>The newest glibc the executable needs, or null for one that needs no versioned glibc symbol.</summary>
    public Version? Newest => Versions.Count == 0 ? null : Versions.Keys.Last();

    /// <summary>Reads an executable; <see cref="InvalidDataException"/> says, in words for the user, why it cannot.</summary>
    public static GlibcRequirements Read(byte[] file)
    {
        if (file.Length < 64 || file[0] != 0x7F || file[1] != (byte)'E' || file[2] != (byte)'L' || file[3] != (byte)'F')
        {
            throw new InvalidDataException("it is not an ELF executable");
        }

        if (file[4] != 2)
        {
            throw new InvalidDataException("it is a 32-bit ELF executable; Lambda runs 64-bit x86_64 and arm64 executables");
        }

        if (file[5] != 1)
        {
            throw new InvalidDataException("it is a big-endian ELF executable; Lambda runs little-endian x86_64 and arm64 executables");
        }

        var machine = ReadUInt16(file, 18);
        var name = machine == MachineX64 ? "x86_64" : machine == MachineArm64 ? "arm64" : null;
        if (name == null)
        {
            throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture, "it is an ELF executable for machine type {0}; Lambda runs x86_64 and arm64 executables", machine));
        }

        var requirements = new GlibcRequirements(file, name);
        requirements.ReadVersionNeeds();
        return requirements;
    }

    /// <summary>
    /// Checks the executable at <paramref name="path"/> against the glibc of the target runtime: null when it can run
    /// there, else the error to show, which names the symbol version, the symbols and the fixes.
    /// </summary>
    public static string? Problem(string path, Version targetGlibc, string? expectedMachine)
    {
        GlibcRequirements requirements;
        try
        {
            requirements = Read(File.ReadAllBytes(path));
        }
        catch (InvalidDataException error)
        {
            return string.Format(CultureInfo.InvariantCulture, "{0} cannot run on Lambda: {1}.", path, error.Message);
        }

        if (expectedMachine != null && !string.Equals(requirements.Machine, expectedMachine, StringComparison.Ordinal))
        {
            return string.Format(CultureInfo.InvariantCulture, "{0} is an {1} executable, but the function is published for {2}.", path, requirements.Machine, expectedMachine);
        }

        var newest = requirements.Newest;
        if (newest == null || newest <= targetGlibc)
        {
            return null;
        }

        var tooNew = requirements.Versions.Where(pair => pair.Key > targetGlibc).Reverse()
            .Select(pair => pair.Value.Count == 0
                ? GlibcPrefix + Format(pair.Key)
                : GlibcPrefix + Format(pair.Key) + " (" + string.Join(", ", pair.Value.Take(5)) + (pair.Value.Count > 5 ? ", ..." : string.Empty) + ")");
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} needs glibc {1}, but {2} has glibc {3}: Lambda would fail to start it with \"version `GLIBC_{1}' not found\". "
            + "Symbols too new: {4}. The native link takes these versions from the glibc of the machine that publishes: "
            + "publish on a system (or in a container) whose glibc is {3} or older{5}, or cross-compile "
            + "against an older sysroot (the SysRoot property of native AOT). HandlerSdkTargetGlibc (hsdk package: --glibc) sets the glibc to check against.",
            path,
            Format(newest),
            RuntimeName(targetGlibc),
            Format(targetGlibc),
            string.Join("; ", tooNew),
            DistributionExample(targetGlibc));
    }

    /// <summary>Parses <c>2.34</c>; anything else is an <see cref="ArgumentException"/> naming the value.</summary>
    public static Version ParseGlibc(string text)
    {
        Version? version;
        if (!Version.TryParse(text, out version) || version == null || version.Build >= 0)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "'{0}' is not a glibc version such as 2.34", text));
        }

        return version;
    }

    /// <summary>The Lambda runtime that ships a glibc, for the message: provided.al2023 has 2.34, provided.al2 2.26.</summary>
    public static string RuntimeName(Version glibc) =>
        glibc == new Version(2, 34) ? "provided.al2023" : glibc == new Version(2, 26) ? "provided.al2" : "the target runtime";

    private static string DistributionExample(Version glibc) =>
        glibc == new Version(2, 34) ? " (Amazon Linux 2023)" : glibc == new Version(2, 26) ? " (Amazon Linux 2)" : string.Empty;

    private static string Format(Version version) => version.ToString(2);

    private void ReadVersionNeeds()
    {
        var dynamic = ReadProgramHeaders();
        if (dynamic == null)
        {
            return;   // Statically linked: nothing is asked of the runtime's glibc.
        }

        var tags = ReadDynamicTags(dynamic.Value);
        long needs;
        long needCount;
        long strings;
        if (!tags.TryGetValue(TagVersionNeeds, out needs) || !tags.TryGetValue(TagVersionNeedCount, out needCount)
            || !tags.TryGetValue(TagStringTable, out strings))
        {
            return;   // No versioned references at all.
        }

        var stringTable = FileOffset(strings);
        var glibcByIndex = new Dictionary<int, Version>();
        var need = FileOffset(needs);
        for (long n = 0; n < needCount; n++)
        {
            var auxCount = ReadUInt16(_elf, need + 2);
            var aux = need + ReadUInt32(_elf, need + 8);
            for (var a = 0; a < auxCount; a++)
            {
                var versionName = ReadString(stringTable + ReadUInt32(_elf, aux + 8));
                var version = GlibcVersion(versionName);
                if (version != null)
                {
                    glibcByIndex[ReadUInt16(_elf, aux + 6) & 0x7FFF] = version;
                    SortedSet<string>? symbols;
                    if (!Versions.TryGetValue(version, out symbols))
                    {
                        symbols = new SortedSet<string>(StringComparer.Ordinal);
                        Versions.Add(version, symbols);
                    }

                    if (!versionName.StartsWith(GlibcPrefix + "2.", StringComparison.Ordinal))
                    {
                        symbols.Add(versionName); // an ABI marker has no symbols: name the marker itself
                    }
                }

                aux += ReadUInt32(_elf, aux + 12);
            }

            need += ReadUInt32(_elf, need + 12);
        }

        ReadSymbolNames(tags, stringTable, glibcByIndex);
    }

    private void ReadSymbolNames(Dictionary<long, long> tags, long stringTable, Dictionary<int, Version> glibcByIndex)
    {
        long versionSymbols;
        long symbols;
        if (glibcByIndex.Count == 0 || !tags.TryGetValue(TagVersionSymbols, out versionSymbols) || !tags.TryGetValue(TagSymbolTable, out symbols))
        {
            return;
        }

        var count = SymbolCount(tags);
        var versionTable = FileOffset(versionSymbols);
        var symbolTable = FileOffset(symbols);
        for (long i = 1; i < count; i++)
        {
            Version? version;
            if (glibcByIndex.TryGetValue(ReadUInt16(_elf, versionTable + (2 * i)) & 0x7FFF, out version) && version != null)
            {
                Versions[version].Add(ReadString(stringTable + ReadUInt32(_elf, symbolTable + (24 * i))));
            }
        }
    }

    // How many dynamic symbols there are is written in the section headers; without them (a binary stripped of its
    // sections) the hash table the loader uses tells: DT_HASH directly, DT_GNU_HASH through its last chain.
    private long SymbolCount(Dictionary<long, long> tags)
    {
        var fromSections = DynamicSymbolCountFromSections();
        if (fromSections > 0)
        {
            return fromSections;
        }

        long hash;
        if (tags.TryGetValue(TagHash, out hash))
        {
            return ReadUInt32(_elf, FileOffset(hash) + 4);
        }

        long gnuHash;
        if (!tags.TryGetValue(TagGnuHash, out gnuHash))
        {
            return 0;
        }

        var table = FileOffset(gnuHash);
        var bucketCount = ReadUInt32(_elf, table);
        var firstHashed = ReadUInt32(_elf, table + 4);
        var bloomWords = ReadUInt32(_elf, table + 8);
        var buckets = table + 16 + (8L * bloomWords);
        long last = 0;
        for (long b = 0; b < bucketCount; b++)
        {
            last = Math.Max(last, ReadUInt32(_elf, buckets + (4 * b)));
        }

        if (last < firstHashed)
        {
            return firstHashed;
        }

        var chains = buckets + (4L * bucketCount);
        while ((ReadUInt32(_elf, chains + (4 * (last - firstHashed))) & 1) == 0)
        {
            last++;
        }

        return last + 1;
    }

    private long DynamicSymbolCountFromSections()
    {
        var offset = (long)ReadUInt64(_elf, 40);
        var size = ReadUInt16(_elf, 58);
        var count = ReadUInt16(_elf, 60);
        if (offset == 0 || size < 64)
        {
            return 0;
        }

        for (long s = 0; s < count; s++)
        {
            var header = offset + (s * size);
            var entrySize = (long)ReadUInt64(_elf, header + 56);
            if (ReadUInt32(_elf, header + 4) == SectionDynamicSymbols && entrySize > 0)
            {
                return (long)ReadUInt64(_elf, header + 32) / entrySize;
            }
        }

        return 0;
    }

    private Segment? ReadProgramHeaders()
    {
        var offset = (long)ReadUInt64(_elf, 32);
        var size = ReadUInt16(_elf, 54);
        var count = ReadUInt16(_elf, 56);
        if (size < 56)
        {
            throw new InvalidDataException("its program headers are damaged");
        }

        Segment? dynamic = null;
        for (long p = 0; p < count; p++)
        {
            var header = offset + (p * size);
            var segment = new Segment((long)ReadUInt64(_elf, header + 8), (long)ReadUInt64(_elf, header + 16), (long)ReadUInt64(_elf, header + 32));
            var type = ReadUInt32(_elf, header);
            if (type == LoadSegment)
            {
                _loads.Add(segment);
            }
            else if (type == DynamicSegment)
            {
                dynamic = segment;
            }
        }

        return dynamic;
    }

    private Dictionary<long, long> ReadDynamicTags(Segment dynamic)
    {
        var tags = new Dictionary<long, long>();
        for (var entry = dynamic.Offset; entry + 16 <= dynamic.Offset + dynamic.Size; entry += 16)
        {
            var tag = (long)ReadUInt64(_elf, entry);
            if (tag == 0)
            {
                break;
            }

            tags[tag] = (long)ReadUInt64(_elf, entry + 8);
        }

        return tags;
    }

    // The dynamic section holds addresses in memory; the loadable segments map them back to the file.
    private long FileOffset(long address)
    {
        foreach (var load in _loads)
        {
            if (address >= load.Address && address < load.Address + load.Size)
            {
                return address - load.Address + load.Offset;
            }
        }

        throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture, "its dynamic section points outside the file (address 0x{0:x})", address));
    }

    private string ReadString(long offset)
    {
        var end = offset;
        while (end >= 0 && end < _elf.Length && _elf[end] != 0)
        {
            end++;
        }

        if (offset < 0 || end >= _elf.Length)
        {
            throw new InvalidDataException("its string table is damaged");
        }

        return Encoding.ASCII.GetString(_elf, (int)offset, (int)(end - offset));
    }

    private static Version? GlibcVersion(string name)
    {
        // ABI markers are needed like versions: the loader refuses a binary that needs one its glibc lacks. Packed
        // relative relocations (ld -z pack-relative-relocs, the default of some newer toolchains) need glibc 2.36.
        if (string.Equals(name, "GLIBC_ABI_DT_RELR", StringComparison.Ordinal))
        {
            return new Version(2, 36);
        }

        Version? version;
        return name.StartsWith(GlibcPrefix, StringComparison.Ordinal) && Version.TryParse(name.Remove(0, GlibcPrefix.Length), out version) ? version : null;
    }

    private static ushort ReadUInt16(byte[] data, long offset)
    {
        Require(data, offset, 2);
        return (ushort)(data[offset] | (data[offset + 1] << 8));
    }

    private static uint ReadUInt32(byte[] data, long offset)
    {
        Require(data, offset, 4);
        return (uint)(data[offset] | (data[offset + 1] << 8) | (data[offset + 2] << 16) | (data[offset + 3] << 24));
    }

    private static ulong ReadUInt64(byte[] data, long offset) => ReadUInt32(data, offset) | ((ulong)ReadUInt32(data, offset + 4) << 32);

    private static void Require(byte[] data, long offset, int length)
    {
        if (offset < 0 || offset > data.Length - length)
        {
            throw new InvalidDataException("it is cut short or damaged (a table points past its end)");
        }
    }

    private struct Segment
    {
        public Segment(long offset, long address, long size)
        {
            Offset = offset;
            Address = address;
            Size = size;
        }

        public long Offset { get; }

        public long Address { get; }

        public long Size { get; }
    }
}

#if !HANDLERSDK_CLI
/// <summary>The publish targets' step: fails the publish, before function.zip is written, with <see cref="GlibcRequirements.Problem"/>.</summary>
public sealed class HandlerSdkCheckGlibc : Microsoft.Build.Utilities.Task
{
    /// <summary>The published executable.</summary>
    [Microsoft.Build.Framework.Required]
    public string Bootstrap { get; set; } = string.Empty;

    /// <summary>The newest glibc the target runtime has, such as 2.34 (provided.al2023).</summary>
    [Microsoft.Build.Framework.Required]
    public string TargetGlibc { get; set; } = string.Empty;

    /// <summary>x86_64 or arm64: what the runtime identifier asked for.</summary>
    public string Machine { get; set; } = string.Empty;

    /// <inheritdoc/>
    public override bool Execute()
    {
        Version target;
        try
        {
            target = GlibcRequirements.ParseGlibc(TargetGlibc);
        }
        catch (ArgumentException error)
        {
            Log.LogError("HandlerSdkTargetGlibc: " + error.Message + ".");
            return false;
        }

        var problem = GlibcRequirements.Problem(Bootstrap, target, Machine.Length == 0 ? null : Machine);
        if (problem != null)
        {
            Log.LogError("HandlerSdk: " + problem);
        }

        return !Log.HasLoggedErrors;
    }
}
#endif
