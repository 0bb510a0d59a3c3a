using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Tests.Differential;

/// <summary>
/// The corpus (Differential/Corpus/*.cs) compiled in memory with the generator under one set of assembly-wide JSON
/// options, loaded into its own load context, next to the System.Text.Json options that mean the same thing.
/// A library, so no entry point is generated; HandlerSdk resolves from the test's own load context.
/// </summary>
internal sealed class CorpusAssembly
{
    public const string DefaultName = "Default";
    public const string CamelCaseName = "CamelCase";
    public const string SnakeCaseName = "SnakeCase";

    private static readonly Dictionary<string, Lazy<CorpusAssembly>> All = new(StringComparer.Ordinal)
    {
        // Our defaults: System.Text.Json's, except reads match names ignoring case (exact match first).
        [DefaultName] = new(() => Load(DefaultName, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })),
        [CamelCaseName] = new(() => Load(CamelCaseName, new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        })),
        [SnakeCaseName] = new(() => Load(SnakeCaseName, new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Converters = { new JsonStringEnumConverter() },
        })),
    };

    private readonly JsonSerializerOptions _readable;
    private readonly Func<Type, object?, byte[]> _write;
    private readonly Func<Type, byte[], object?> _read;

    private CorpusAssembly(string name, GeneratorRun run, Assembly assembly, JsonSerializerOptions stj)
    {
        Name = name;
        Run = run;
        Assembly = assembly;
        Stj = stj;
        _readable = new JsonSerializerOptions(stj) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var bridge = assembly.GetType("Corpus.Bridge", throwOnError: true)!;
        _write = bridge.GetMethod("Write")!.CreateDelegate<Func<Type, object?, byte[]>>();
        _read = bridge.GetMethod("Read")!.CreateDelegate<Func<Type, byte[], object?>>();
        Roots = (Type[])bridge.GetMethod("Roots")!.Invoke(null, null)!;
    }

    public static IReadOnlyList<string> Names { get; } = [DefaultName, CamelCaseName, SnakeCaseName];

    public string Name { get; }

    public GeneratorRun Run { get; }

    public Assembly Assembly { get; }

    /// <summary>The System.Text.Json options equivalent to the corpus's <c>[assembly: LambdaJsonOptions]</c>.</summary>
    public JsonSerializerOptions Stj { get; }

    /// <summary>Every type the corpus's Bridge can read and write with the generated code.</summary>
    public IReadOnlyList<Type> Roots { get; }

    public static CorpusAssembly Get(string name) => All[name].Value;

    public Type Type(string name) => Assembly.GetType("Corpus." + name, throwOnError: true)!;

    /// <summary>A root by its short display name (<c>List&lt;Order&gt;</c>, <c>Point?</c>).</summary>
    public Type Root(string displayName) => Roots.Single(t => Display(t) == displayName);

    public string OursWrite(Type type, object? value) => Encoding.UTF8.GetString(_write(type, value));

    public object? OursRead(Type type, string json) => _read(type, Encoding.UTF8.GetBytes(json));

    public object? OursRead(Type type, byte[] json) => _read(type, json);

    public string StjWrite(Type type, object? value) => JsonSerializer.Serialize(value, type, Stj);

    public object? StjRead(Type type, string json) => JsonSerializer.Deserialize(json, type, Stj);

    public static string Display(Type type)
    {
        if (type.IsArray)
        {
            return Display(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Display(underlying) + "?";
        }

        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Display))}>";
        }

        return type == typeof(string) ? "string" : type.Name;
    }

    private static CorpusAssembly Load(string name, JsonSerializerOptions stj)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Differential", "Corpus");
        var sources = new[] { "Model.cs", "Handlers.cs", "Bridge.cs", "UserCode.cs", Path.Combine("Options", name + ".cs") }
            .Select(file => File.ReadAllText(Path.Combine(directory, file)));
        var run = GeneratorRun.Run(sources, OutputKind.DynamicallyLinkedLibrary);
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, $"The {name} corpus does not compile:{Environment.NewLine}{GeneratorRun.Describe(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))}");
        image.Position = 0;
        var assembly = new AssemblyLoadContext("Corpus." + name).LoadFromStream(image);
        stj.MakeReadOnly(populateMissingResolver: true);
        return new CorpusAssembly(name, run, assembly, stj);
    }

    /// <summary>For failure messages: JSON as System.Text.Json would write it, without escaping non-ASCII.</summary>
    public string Describe(Type type, object? value)
    {
        try
        {
            return JsonSerializer.Serialize(value, type, _readable);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return $"<{e.GetType().Name}: {e.Message}>";
        }
    }
}
