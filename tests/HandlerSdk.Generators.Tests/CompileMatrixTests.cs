using HandlerSdk.Generators.Tests.Infrastructure;

namespace HandlerSdk.Generators.Tests;

/// <summary>
/// Handler shapes × event and result types: whatever the generator accepts must compile with no error and no
/// warning (users build with TreatWarningsAsErrors). One test case per cell.
/// </summary>
public sealed class CompileMatrixTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using HandlerSdk;

        """;

    /// <summary>Types the cells use; only those a handler reaches get serializers.</summary>
    private const string Declarations = Usings + """
        namespace Matrix;

        public sealed record Customer(string Name, string? Email);

        public sealed record InitRecord
        {
            public string Name { get; init; } = "";
            public int? Age { get; init; }
            public List<string> Tags { get; init; } = [];
        }

        public struct MutableStruct
        {
            public int X { get; set; }
            public string? Label { get; set; }
        }

        public record struct PointRecordStruct(int X, int Y);

        public readonly record struct ReadonlyPoint(double X, double Y, string? Name);

        public sealed class RequiredClass
        {
            public required string Id { get; init; }
            public required int Count { get; set; }
            public string? Optional { get; init; }
            public DateOnly? When { get; set; }
        }

        public sealed class Tree
        {
            public string Name { get; set; } = "";
            public List<Tree> Children { get; set; } = [];
            public Tree? Parent { get; set; }
            public Dictionary<string, Tree>? Index { get; set; }
        }

        public sealed record LinkedNode(int Value, LinkedNode? Next);

        public class BaseEntity
        {
            public Guid Id { get; set; }
        }

        public sealed class DerivedEntity : BaseEntity
        {
            public string Title { get; set; } = "";
        }

        public sealed class FieldsClass
        {
            [JsonInclude]
            public int Count;

            [JsonInclude]
            public string Name = "";

            [JsonInclude]
            public readonly string Fixed = "f";
        }

        public sealed record DefaultsRecord(string Name = "n", int Count = 3, Color Color = Color.Green, decimal Price = 1.5m, double? Ratio = null, bool On = true, char Mark = 'x', string? Missing = null, long Big = -9, float Small = 0.25f);

        public sealed class JsonCtorClass
        {
            [JsonConstructor]
            public JsonCtorClass(string name, int count)
            {
                Name = name;
                Count = count;
            }

            public JsonCtorClass()
            {
                Name = "";
            }

            public string Name { get; }
            public int Count { get; }
            public string? Extra { get; set; }
        }

        public sealed class PrivateSetClass
        {
            public string Name { get; private set; } = "";
            public int Computed => Name.Length;
        }

        public sealed class Outer
        {
            public sealed record Inner(int Value);
        }

        public sealed record Page<T>(List<T> Items, int Total);

        public sealed record Keywords(string @class, int @event)
        {
            public bool @namespace { get; set; }
        }

        public enum Color
        {
            Red,
            Green,
        }

        [JsonConverter(typeof(JsonStringEnumConverter))]
        public enum StringColor
        {
            Cyan,
            [JsonStringEnumMemberName("magenta-ish")]
            Magenta,
        }

        [Flags]
        [JsonConverter(typeof(JsonStringEnumConverter<Access>))]
        public enum Access
        {
            None = 0,
            Read = 1,
            Write = 2,
            All = Read | Write,
        }

        [Flags]
        public enum NumericFlags : ushort
        {
            A = 1,
            B = 2,
        }

        public enum LongEnum : long
        {
            Min = long.MinValue,
            Max = long.MaxValue,
        }

        public enum ULongEnum : ulong
        {
            Zero = 0,
            Max = ulong.MaxValue,
        }

        [JsonConverter(typeof(JsonStringEnumConverter<ByteEnum>))]
        public enum ByteEnum : byte
        {
            One = 1,
            Two = 2,
        }

        public sealed record EnumMembers(Color Plain, [property: JsonConverter(typeof(JsonStringEnumConverter<Color>))] Color Named)
        {
            [JsonConverter(typeof(JsonStringEnumConverter))]
            public Color? MaybeNamed { get; set; }
        }

        """;

    private static readonly string[] TypeCells =
    [
        // Every PrimitiveKind.
        "bool", "byte", "sbyte", "short", "ushort", "int", "uint", "long", "ulong", "float", "double", "decimal", "char", "string",
        "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan", "Guid", "Uri", "byte[]", "JsonElement", "JsonNode",

        // Nullable<T> and nullable references.
        "int?", "bool?", "char?", "double?", "decimal?", "DateTime?", "DateOnly?", "TimeOnly?", "TimeSpan?", "Guid?", "Color?", "StringColor?",
        "PointRecordStruct?", "ReadonlyPoint?", "MutableStruct?", "string?", "Uri?", "Customer?", "byte[]?", "JsonNode?", "JsonElement?",

        // Enums.
        "Color", "StringColor", "Access", "NumericFlags", "LongEnum", "ULongEnum", "ByteEnum", "EnumMembers",

        // Collections.
        "int[]", "string[]", "Customer[]", "int[][]", "List<int>", "List<string?>", "List<Customer>", "List<List<int>>", "IEnumerable<int>",
        "IList<Customer>", "ICollection<string>", "IReadOnlyList<Customer>", "IReadOnlyCollection<Guid>", "HashSet<string>", "ISet<int>",
        "IReadOnlySet<long>", "List<int?>", "List<Color>", "List<StringColor>", "List<JsonElement>", "List<byte[]>",

        // Dictionaries.
        "Dictionary<string, int>", "Dictionary<string, Customer>", "Dictionary<string, string?>", "IDictionary<string, string>",
        "IReadOnlyDictionary<string, List<int>>", "Dictionary<int, string>", "Dictionary<long, int>", "Dictionary<uint, int>",
        "Dictionary<ulong, int>", "Dictionary<short, int>", "Dictionary<ushort, int>", "Dictionary<byte, int>", "Dictionary<sbyte, int>",
        "Dictionary<Guid, string>", "Dictionary<Color, int>", "Dictionary<StringColor, int>", "Dictionary<Access, int>",
        "IDictionary<int, Customer>", "IReadOnlyDictionary<Guid, Customer>", "Dictionary<string, Dictionary<string, int>>", "Dictionary<string, int?>",
        "Dictionary<string, JsonNode?>",

        // Objects.
        "Customer", "InitRecord", "MutableStruct", "PointRecordStruct", "ReadonlyPoint", "RequiredClass", "Tree", "LinkedNode", "DerivedEntity",
        "FieldsClass", "DefaultsRecord", "JsonCtorClass", "PrivateSetClass", "Outer.Inner", "Page<Customer>", "Page<int>", "Keywords",
    ];

    public static TheoryData<string> Types() => [.. TypeCells];

    public static TheoryData<string> Shapes() => [.. ShapeCells().Keys];

    /// <summary>The type as event and result, as a constructor-bound member, an array element, a settable and an init member.</summary>
    [Theory]
    [MemberData(nameof(Types))]
    public void Type_compiles_without_warnings(string type)
    {
        var source = Usings + $$"""
            namespace Matrix;

            public sealed record Holder({{type}} Value, {{type}}[] Many);

            public sealed class Settable
            {
                public {{type}} Value { get; set; } = default!;
                public List<{{type}}> Items { get; init; } = [];
                public Dictionary<string, {{type}}>? ByName { get; set; }
            }

            public static class Handlers
            {
                [LambdaHandler]
                public static {{type}} Direct({{type}} input) => input;

                [LambdaHandler]
                public static Holder Wrapped(Holder input) => input;

                [LambdaHandler]
                public static Task<Settable> Set(Settable input) => Task.FromResult(input);
            }
            """;

        var run = GeneratorRun.Run([Declarations, source]).AssertCompilesCleanly();

        Assert.Contains("Matrix_Handlers.Direct.g.cs", run.Sources.Keys);
        Assert.Contains("Matrix_Handlers.Wrapped.g.cs", run.Sources.Keys);
        Assert.Contains("Matrix_Handlers.Set.g.cs", run.Sources.Keys);
        Assert.Contains("LambdaEntryPoint.g.cs", run.Sources.Keys);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_compiles_without_warnings(string shape)
    {
        var run = GeneratorRun.Run([Declarations, Usings + "namespace Matrix;\n\n" + ShapeCells()[shape]]).AssertCompilesCleanly();

        Assert.Contains("LambdaEntryPoint.g.cs", run.Sources.Keys);
        Assert.Equal(2, run.Sources.Keys.Count(k => k.StartsWith("Matrix_Function.", StringComparison.Ordinal)));
    }

    private static readonly (string Type, string Body, bool IsAsync)[] Returns =
    [
        ("void", "", false),
        ("Customer", "return Sample;", false),
        ("Task", "return Task.CompletedTask;", false),
        ("Task<Customer>", "return Task.FromResult(Sample);", false),
        ("ValueTask", "return ValueTask.CompletedTask;", false),
        ("ValueTask<Customer>", "return ValueTask.FromResult(Sample);", false),
        ("async Task", "await Task.Yield();", true),
        ("async Task<Customer>", "await Task.Yield(); return Sample;", true),
        ("async ValueTask", "await Task.Yield();", true),
        ("async ValueTask<Customer>", "await Task.Yield(); return Sample;", true),
    ];

    private static readonly string[] ParameterLists =
    [
        "",
        "Customer input",
        "Customer input, ILambdaContext context",
        "ILambdaContext context, Customer input",
        "Customer input, CancellationToken cancellationToken",
        "CancellationToken cancellationToken, Customer input, ILambdaLogger logger",
        "ILambdaLogger logger, ILambdaContext context, CancellationToken cancellationToken, Customer input",
        "ILambdaContext context",
        "CancellationToken cancellationToken, ILambdaLogger logger",
    ];

    private static readonly (string Type, string Sample)[] RawInputs =
    [
        ("Stream", "input.Length"),
        ("MemoryStream", "input.Length"),
        ("byte[]", "input.Length"),
        ("ReadOnlyMemory<byte>", "input.Length"),
        ("JsonElement", "(int)input.ValueKind"),
        ("JsonNode", "input.GetPath().Length"),
        ("string", "input.Length"),
    ];

    private static readonly (string Type, string Value)[] RawOutputs =
    [
        ("Stream", "new MemoryStream(new byte[length])"),
        ("MemoryStream", "new MemoryStream(new byte[length])"),
        ("byte[]", "new byte[length]"),
        ("ReadOnlyMemory<byte>", "new byte[length]"),
        ("string", "length.ToString(System.Globalization.CultureInfo.InvariantCulture)"),
    ];

    /// <summary>Each cell declares two handlers in <c>Matrix.Function</c>: one static, one on the instance.</summary>
    private static Dictionary<string, string> ShapeCells()
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var r = 0; r < Returns.Length; r++)
        {
            for (var p = 0; p < ParameterLists.Length; p++)
            {
                var (type, body, _) = Returns[r];
                var parameters = ParameterLists[p];
                cells[$"{type}({parameters})"] = $$"""
                    public sealed class Function
                    {
                        private static readonly Customer Sample = new("n", null);

                        [LambdaHandler]
                        public static {{type}} Static({{parameters}}) { {{body}} }

                        [LambdaHandler]
                        public {{type}} Instance({{parameters}}) { _ = this; {{body}} }
                    }
                    """;
            }
        }

        foreach (var (input, sample) in RawInputs)
        {
            foreach (var (output, value) in RawOutputs)
            {
                cells[$"raw {output}({input})"] = $$"""
                    public static class Function
                    {
                        [LambdaHandler]
                        public static {{output}} Sync({{input}} input) { var length = {{sample}}; return {{value}}; }

                        [LambdaHandler]
                        public static async Task<{{output}}> Async({{input}} input, CancellationToken cancellationToken) { await Task.Delay(1, cancellationToken); var length = {{sample}}; return {{value}}; }
                    }
                    """;
            }
        }

        cells["instance on IDisposable"] = """
            public sealed class Function : IDisposable
            {
                [LambdaHandler]
                public Customer First(Customer input) => input;

                [LambdaHandler]
                public void Second(ILambdaContext context) => context.Logger.LogLine("x");

                public void Dispose()
                {
                }
            }
            """;
        cells["instance on IAsyncDisposable and IDisposable"] = """
            public sealed class Function : IAsyncDisposable, IDisposable
            {
                [LambdaHandler]
                public Task<Customer> First(Customer input) => Task.FromResult(input);

                [LambdaHandler]
                public ValueTask Second() => ValueTask.CompletedTask;

                public ValueTask DisposeAsync() => ValueTask.CompletedTask;

                public void Dispose()
                {
                }
            }
            """;
        cells["instance on a struct"] = """
            public struct Function
            {
                [LambdaHandler]
                public readonly Customer First(Customer input) => input;

                [LambdaHandler]
                public readonly int Second(int input) => input;
            }
            """;
        cells["internal type, internal methods"] = """
            internal sealed class Function
            {
                [LambdaHandler]
                internal static Customer First(Customer input) => input;

                [LambdaHandler(Name = "second-name")]
                internal int Second(int input) => input;
            }
            """;
        cells["internal constructor"] = """
            public sealed class Function
            {
                internal Function()
                {
                }

                [LambdaHandler]
                public Customer First(Customer input) => input;

                [LambdaHandler]
                public static int Second(int input) => input;
            }
            """;
        return cells;
    }
}
