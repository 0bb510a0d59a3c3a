using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Events/Corpus/*.cs (handlers taking each event model, one file per family of sources) compiled in memory with the generator, with or without an
/// assembly-wide naming policy, and loaded into its own load context. The event models themselves come from
/// HandlerSdk.dll, which resolves from the test's load context, so the values read are the test's own types.
/// </summary>
internal sealed class EventCorpus
{
    public const string DefaultName = "Default";
    public const string SnakeCaseName = "SnakeCase";

    private static readonly Dictionary<string, Lazy<EventCorpus>> All = new(StringComparer.Ordinal)
    {
        [DefaultName] = new(() => Load(DefaultName, [])),
        [SnakeCaseName] = new(() => Load(SnakeCaseName, ["SnakeCaseOptions.cs"])),
    };

    /// <summary>Files only one corpus compiles; every other file in Events/Corpus is in both.</summary>
    private static readonly string[] OptionFiles = ["SnakeCaseOptions.cs"];

    private readonly Func<Type, object?, byte[]> _write;
    private readonly Func<Type, byte[], object?> _read;

    private EventCorpus(Assembly assembly)
    {
        Assembly = assembly;
        var bridge = assembly.GetType("EventCorpus.Bridge", throwOnError: true)!;
        _write = bridge.GetMethod("Write")!.CreateDelegate<Func<Type, object?, byte[]>>();
        _read = bridge.GetMethod("Read")!.CreateDelegate<Func<Type, byte[], object?>>();
    }

    public static IReadOnlyList<string> Names { get; } = [DefaultName, SnakeCaseName];

    public Assembly Assembly { get; }

    public static EventCorpus Get(string name) => All[name].Value;

    public Type Type(string name) => Assembly.GetType("EventCorpus." + name, throwOnError: true)!;

    public string Write(Type type, object? value) => Encoding.UTF8.GetString(_write(type, value));

    public object? Read(Type type, string json) => _read(type, Encoding.UTF8.GetBytes(json));

    private static EventCorpus Load(string name, string[] extraFiles)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Events", "Corpus");
        var sources = Directory.GetFiles(directory, "*.cs")
            .Where(file => !OptionFiles.Contains(Path.GetFileName(file)))
            .Concat(extraFiles.Select(file => Path.Combine(directory, file)))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText);
        var run = GeneratorRun.Run(sources, OutputKind.DynamicallyLinkedLibrary);
        Assert.True(run.Diagnostics.IsEmpty, $"The {name} event corpus has diagnostics:{Environment.NewLine}{GeneratorRun.Describe(run.Diagnostics)}");
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, $"The {name} event corpus does not compile:{Environment.NewLine}{GeneratorRun.Describe(emitted.Diagnostics)}");
        image.Position = 0;
        return new EventCorpus(new AssemblyLoadContext("EventCorpus." + name).LoadFromStream(image));
    }
}
