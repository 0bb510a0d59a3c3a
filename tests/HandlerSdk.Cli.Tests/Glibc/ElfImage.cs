using System.Text;

namespace HandlerSdk.Cli.Tests.Glibc;

/// <summary>
/// Writes the smallest 64-bit ELF executable the glibc reader looks at: a loadable segment at a base address other than 0
/// (so addresses must be mapped to file offsets), a dynamic segment, .dynstr, .dynsym, .gnu.version, .gnu.version_r and
/// a DT_HASH or DT_GNU_HASH table; section headers (naming .dynsym) only when asked, as a binary stripped of them has none.
/// </summary>
internal sealed class ElfImage
{
    public const ushort X64 = 62;
    public const ushort Arm64 = 183;
    private const long Base = 0x400000;

    private readonly List<(string Library, string Version, string[] Symbols)> _needs = [];

    public ushort Machine { get; init; } = X64;

    public bool SectionHeaders { get; init; } = true;

    /// <summary>Only DT_GNU_HASH, as <c>--hash-style=gnu</c> links: the symbol count is then found by walking its chains.</summary>
    public bool GnuHashOnly { get; init; }

    public ElfImage Needs(string library, string version, params string[] symbols)
    {
        _needs.Add((library, version, symbols));
        return this;
    }

    public byte[] Build()
    {
        var strings = new MemoryStream();
        strings.WriteByte(0);
        int Name(string text)
        {
            var offset = (int)strings.Length;
            strings.Write(Encoding.ASCII.GetBytes(text + "\0"));
            return offset;
        }

        var symbols = new List<(int Name, ushort Version)>();
        var libraries = _needs.GroupBy(need => need.Library, StringComparer.Ordinal).ToList();
        var verneed = new MemoryStream();
        var needWriter = new BinaryWriter(verneed);
        ushort index = 2;   // 0 and 1 are "local" and "global"
        for (var l = 0; l < libraries.Count; l++)
        {
            var versions = libraries[l].ToList();
            needWriter.Write((ushort)1);
            needWriter.Write((ushort)versions.Count);
            needWriter.Write(Name(libraries[l].Key));
            needWriter.Write(16u);
            needWriter.Write(l == libraries.Count - 1 ? 0u : (uint)(16 + (16 * versions.Count)));
            for (var v = 0; v < versions.Count; v++)
            {
                needWriter.Write(0u);
                needWriter.Write((ushort)0);
                needWriter.Write(index);
                needWriter.Write(Name(versions[v].Version));
                needWriter.Write(v == versions.Count - 1 ? 0u : 16u);
                symbols.AddRange(versions[v].Symbols.Select(symbol => (Name(symbol), index)));
                index++;
            }
        }

        // Layout: header, 2 program headers, then each table at an 8-byte boundary.
        long offset = 64 + (2 * 56);
        long Place(long size)
        {
            offset = (offset + 7) & ~7L;
            var at = offset;
            offset += size;
            return at;
        }

        var symbolCount = symbols.Count + 1;
        var stringsAt = Place(strings.Length);
        var symbolsAt = Place(24L * symbolCount);
        var versionsAt = Place(2L * symbolCount);
        var needsAt = Place(verneed.Length);
        // DT_HASH: nbucket, nchain (= the symbol count), one bucket, the chains. DT_GNU_HASH: nbuckets, symoffset 1,
        // one bloom word, shift, the bloom word, one bucket (the first hashed symbol), then a chain value per hashed
        // symbol whose low bit ends the chain.
        var hashAt = GnuHashOnly ? Place(16 + 8 + 4 + (4L * symbols.Count)) : Place(8 + 4 + (4L * symbolCount));
        var dynamicAt = Place(16 * 8);
        var sectionsAt = SectionHeaders ? Place(64 * 2) : 0;
        var image = new byte[offset];
        var writer = new BinaryWriter(new MemoryStream(image));

        writer.Write("\u007fELF"u8);
        writer.Write((byte)2);   // 64-bit
        writer.Write((byte)1);   // little-endian
        writer.Write((byte)1);   // version
        writer.Seek(16, SeekOrigin.Begin);
        writer.Write((ushort)3);   // ET_DYN, as a PIE executable is
        writer.Write(Machine);
        writer.Write(1u);
        writer.Write(0UL);                 // entry
        writer.Write(64UL);                // program headers
        writer.Write((ulong)sectionsAt);   // section headers
        writer.Write(0u);
        writer.Write((ushort)64);
        writer.Write((ushort)56);
        writer.Write((ushort)2);
        writer.Write((ushort)64);
        writer.Write((ushort)(SectionHeaders ? 2 : 0));
        writer.Write((ushort)0);

        ProgramHeader(writer, 1, 0, image.Length);
        ProgramHeader(writer, 2, dynamicAt, 16 * 8);

        writer.Seek((int)stringsAt, SeekOrigin.Begin);
        writer.Write(strings.ToArray());
        for (var s = 0; s < symbols.Count; s++)
        {
            writer.Seek((int)(symbolsAt + (24 * (s + 1))), SeekOrigin.Begin);
            writer.Write(symbols[s].Name);
            writer.Write((byte)0x12);   // global function
            writer.Seek((int)(versionsAt + (2 * (s + 1))), SeekOrigin.Begin);
            writer.Write(symbols[s].Version);
        }

        writer.Seek((int)needsAt, SeekOrigin.Begin);
        writer.Write(verneed.ToArray());
        writer.Seek((int)hashAt, SeekOrigin.Begin);
        if (GnuHashOnly)
        {
            writer.Write(1u);
            writer.Write(1u);
            writer.Write(1u);
            writer.Write(6u);
            writer.Write(0UL);
            writer.Write(symbols.Count > 0 ? 1u : 0u);
            for (var s = 0; s < symbols.Count; s++)
            {
                writer.Write(s == symbols.Count - 1 ? 1u : 0u);
            }
        }
        else
        {
            writer.Write(1u);
            writer.Write((uint)symbolCount);
        }

        writer.Seek((int)dynamicAt, SeekOrigin.Begin);
        foreach (var (tag, value) in new (long, long)[]
        {
            (5, Base + stringsAt), (10, strings.Length), (6, Base + symbolsAt), (11, 24), (GnuHashOnly ? 0x6ffffef5 : 4, Base + hashAt),
            (0x6ffffff0, Base + versionsAt), (0x6ffffffe, Base + needsAt), (0x6fffffff, libraries.Count),
        })
        {
            writer.Write(tag);
            writer.Write(value);
        }

        if (SectionHeaders)
        {
            writer.Seek((int)(sectionsAt + 64), SeekOrigin.Begin);
            writer.Write(0u);
            writer.Write(11u);   // SHT_DYNSYM
            writer.Write(2UL);
            writer.Write((ulong)(Base + symbolsAt));
            writer.Write((ulong)symbolsAt);
            writer.Write((ulong)(24 * symbolCount));
            writer.Write(0u);
            writer.Write(1u);
            writer.Write(8UL);
            writer.Write(24UL);
        }

        return image;
    }

    private static void ProgramHeader(BinaryWriter writer, uint type, long offset, long size)
    {
        writer.Write(type);
        writer.Write(4u);
        writer.Write((ulong)offset);
        writer.Write((ulong)(Base + offset));
        writer.Write((ulong)(Base + offset));
        writer.Write((ulong)size);
        writer.Write((ulong)size);
        writer.Write(8UL);
    }
}
