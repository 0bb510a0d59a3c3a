using HandlerSdk.Publishing;

namespace HandlerSdk.Cli.Tests.Glibc;

public sealed class GlibcRequirementsTests
{
    private static readonly Version Al2023 = new(2, 34);

    [Fact]
    public void Reads_every_glibc_version_with_the_symbols_that_ask_for_it()
    {
        var image = new ElfImage()
            .Needs("libc.so.6", "GLIBC_2.2.5", "malloc", "free")
            .Needs("libc.so.6", "GLIBC_2.34", "pthread_create")
            .Needs("libm.so.6", "GLIBC_2.29", "exp")
            .Needs("libgcc_s.so.1", "GCC_3.0", "_Unwind_Resume")
            .Build();

        var requirements = GlibcRequirements.Read(image);

        Assert.Equal("x86_64", requirements.Machine);
        Assert.Equal(new Version(2, 34), requirements.Newest);
        Assert.Equal([new Version(2, 2, 5), new Version(2, 29), new Version(2, 34)], requirements.Versions.Keys);
        Assert.Equal(["free", "malloc"], requirements.Versions[new Version(2, 2, 5)]);
        Assert.Equal(["exp"], requirements.Versions[new Version(2, 29)]);
    }

    [Fact]
    public void A_bootstrap_within_the_runtime_glibc_passes()
    {
        using var folder = new TempFolder();
        var bootstrap = Write(folder, new ElfImage().Needs("libc.so.6", "GLIBC_2.34", "__libc_start_main").Needs("libc.so.6", "GLIBC_2.17", "clock_gettime"));

        Assert.Null(GlibcRequirements.Problem(bootstrap, Al2023, "x86_64"));
    }

    [Fact]
    public void A_too_new_symbol_is_refused_naming_the_version_the_symbols_and_the_fix()
    {
        using var folder = new TempFolder();
        var bootstrap = Write(folder, new ElfImage()
            .Needs("libc.so.6", "GLIBC_2.34", "__libc_start_main")
            .Needs("libc.so.6", "GLIBC_2.38", "__isoc23_strtol", "__isoc23_sscanf")
            .Needs("libc.so.6", "GLIBC_2.36", "arc4random"));

        var problem = GlibcRequirements.Problem(bootstrap, Al2023, "x86_64");

        Assert.NotNull(problem);
        Assert.StartsWith($"{bootstrap} needs glibc 2.38, but provided.al2023 has glibc 2.34", problem, StringComparison.Ordinal);
        Assert.Contains("Symbols too new: GLIBC_2.38 (__isoc23_sscanf, __isoc23_strtol); GLIBC_2.36 (arc4random).", problem, StringComparison.Ordinal);
        Assert.Contains("Amazon Linux 2023", problem, StringComparison.Ordinal);
        Assert.Contains("SysRoot", problem, StringComparison.Ordinal);
        Assert.Contains("HandlerSdkTargetGlibc", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Packed_relative_relocations_need_glibc_2_36_though_no_symbol_asks_for_it()
    {
        // ld -z pack-relative-relocs adds a GLIBC_ABI_DT_RELR need: glibc 2.34 refuses to load such a binary.
        using var folder = new TempFolder();
        var bootstrap = Write(folder, new ElfImage()
            .Needs("libc.so.6", "GLIBC_2.34", "__libc_start_main")
            .Needs("libc.so.6", "GLIBC_ABI_DT_RELR"));

        var problem = GlibcRequirements.Problem(bootstrap, Al2023, "x86_64");

        Assert.NotNull(problem);
        Assert.StartsWith($"{bootstrap} needs glibc 2.36, but provided.al2023 has glibc 2.34", problem, StringComparison.Ordinal);
        Assert.Contains("Symbols too new: GLIBC_2.36 (GLIBC_ABI_DT_RELR).", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Provided_al2_is_checked_against_glibc_2_26()
    {
        using var folder = new TempFolder();
        var bootstrap = Write(folder, new ElfImage().Needs("libc.so.6", "GLIBC_2.28", "fcntl64"));

        var problem = GlibcRequirements.Problem(bootstrap, new Version(2, 26), "x86_64");

        Assert.StartsWith($"{bootstrap} needs glibc 2.28, but provided.al2 has glibc 2.26", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_without_section_headers_is_read_through_its_dynamic_segment()
    {
        var image = new ElfImage { SectionHeaders = false }.Needs("libc.so.6", "GLIBC_2.38", "__isoc23_strtol").Build();

        var requirements = GlibcRequirements.Read(image);

        Assert.Equal(new Version(2, 38), requirements.Newest);
        Assert.Equal(["__isoc23_strtol"], requirements.Versions[new Version(2, 38)]);
    }

    [Fact]
    public void A_binary_without_section_headers_or_DT_HASH_counts_its_symbols_through_the_GNU_hash_chains()
    {
        var image = new ElfImage { SectionHeaders = false, GnuHashOnly = true }
            .Needs("libc.so.6", "GLIBC_2.17", "clock_gettime", "memcpy")
            .Needs("libc.so.6", "GLIBC_2.38", "__isoc23_strtol")
            .Build();

        var requirements = GlibcRequirements.Read(image);

        Assert.Equal(["clock_gettime", "memcpy"], requirements.Versions[new Version(2, 17)]);
        Assert.Equal(["__isoc23_strtol"], requirements.Versions[new Version(2, 38)]);
    }

    [Fact]
    public void An_arm64_bootstrap_is_read_and_must_match_the_architecture_published_for()
    {
        using var folder = new TempFolder();
        var bootstrap = Write(folder, new ElfImage { Machine = ElfImage.Arm64 }.Needs("libc.so.6", "GLIBC_2.34", "pthread_create"));

        Assert.Null(GlibcRequirements.Problem(bootstrap, Al2023, "arm64"));
        Assert.Equal($"{bootstrap} is an arm64 executable, but the function is published for x86_64.", GlibcRequirements.Problem(bootstrap, Al2023, "x86_64"));
    }

    [Fact]
    public void A_file_that_is_not_ELF_is_refused()
    {
        using var folder = new TempFolder();
        var script = folder.Write("bootstrap", "#!/bin/sh\nexec ./MyFunction\n");

        Assert.Equal($"{script} cannot run on Lambda: it is not an ELF executable.", GlibcRequirements.Problem(script, Al2023, null));
    }

    [Fact]
    public void A_32_bit_or_foreign_architecture_ELF_is_refused()
    {
        var image = new ElfImage().Needs("libc.so.6", "GLIBC_2.0", "puts").Build();
        var elf32 = (byte[])image.Clone();
        elf32[4] = 1;
        var riscv = (byte[])image.Clone();
        riscv[18] = 243;   // EM_RISCV

        Assert.Contains("32-bit", Assert.Throws<InvalidDataException>(() => GlibcRequirements.Read(elf32)).Message, StringComparison.Ordinal);
        Assert.Equal(
            "it is an ELF executable for machine type 243; Lambda runs x86_64 and arm64 executables",
            Assert.Throws<InvalidDataException>(() => GlibcRequirements.Read(riscv)).Message);
    }

    [Fact]
    public void A_truncated_ELF_is_refused_rather_than_read_past_its_end()
    {
        var image = new ElfImage().Needs("libc.so.6", "GLIBC_2.34", "pthread_create").Build();

        var error = Assert.Throws<InvalidDataException>(() => GlibcRequirements.Read(image[..200]));

        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_static_executable_needs_no_glibc()
    {
        var image = new ElfImage().Build();
        image[64 + 56] = 0;   // the second program header, PT_DYNAMIC, becomes PT_NULL: as a static link has none

        Assert.Null(GlibcRequirements.Read(image).Newest);
    }

    [Theory]
    [InlineData("2.34", 2, 34)]
    [InlineData("2.26", 2, 26)]
    public void Glibc_versions_parse(string text, int major, int minor) =>
        Assert.Equal(new Version(major, minor), GlibcRequirements.ParseGlibc(text));

    [Theory]
    [InlineData("al2023")]
    [InlineData("2.34.1")]
    [InlineData("")]
    public void Other_glibc_values_are_refused_by_name(string text) =>
        Assert.Contains($"'{text}' is not a glibc version", Assert.Throws<ArgumentException>(() => GlibcRequirements.ParseGlibc(text)).Message, StringComparison.Ordinal);

    private static string Write(TempFolder folder, ElfImage image)
    {
        var path = Path.Combine(folder.Path, "bootstrap");
        File.WriteAllBytes(path, image.Build());
        return path;
    }
}
