using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CsCheck;

namespace HandlerSdk.Generators.Tests.Differential;

/// <summary>
/// Random object graphs of any corpus type, built by reflection so that adding a type to the corpus needs no new
/// generator. Values lean on the edges: extremes, defaults, nulls, empty collections, undefined enum values,
/// escapes and non-ASCII text. Reference-typed members below <see cref="MaxDepth"/> are null.
/// </summary>
internal sealed class ValueGen
{
    public const int MaxDepth = 3;
    private const int MaxItems = 3;

    private readonly Dictionary<(Type, int), Gen<object?>> _cache = [];
    private readonly Lock _lock = new();

    public Gen<object?> For(Type type, int depth = 0)
    {
        lock (_lock)
        {
            if (!_cache.TryGetValue((type, depth), out var gen))
            {
                gen = Build(type, depth);
                _cache[(type, depth)] = gen;
            }

            return gen;
        }
    }

    private Gen<object?> Build(Type type, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return OrNull(For(underlying, depth), 4);
        }

        if (Primitive(type) is { } primitive)
        {
            return type.IsValueType ? primitive : OrNull(primitive, 10);
        }

        if (type.IsEnum)
        {
            return EnumGen(type);
        }

        if (depth > MaxDepth)
        {
            return type.IsValueType ? Gen.Const<object?>(() => Activator.CreateInstance(type)) : Gen.Const(default(object));
        }

        var gen = type.IsArray ? ArrayGen(type.GetElementType()!, depth)
            : CollectionGen(type, depth) ?? DictionaryGen(type, depth) ?? ObjectGen(type, depth);
        return type.IsValueType ? gen : OrNull(gen, 8);
    }

    private static Gen<object?> OrNull(Gen<object?> gen, int oneIn) => Gen.Frequency((1, Gen.Const(default(object))), (oneIn - 1, gen));

    private static Gen<object?> Box<T>(Gen<T> gen) => gen.Select(v => (object?)v);

    private static Gen<object?> Box<T>(Gen<T> gen, params T[] edges) => Gen.Frequency((4, Box(gen)), (1, Box(Gen.OneOf(edges))));

    private static Gen<object?>? Primitive(Type type) =>
        type == typeof(bool) ? Box(Gen.Bool)
        : type == typeof(byte) ? Box(Gen.Byte, byte.MinValue, byte.MaxValue)
        : type == typeof(sbyte) ? Box(Gen.SByte, sbyte.MinValue, sbyte.MaxValue, (sbyte)0)
        : type == typeof(short) ? Box(Gen.Short, short.MinValue, short.MaxValue, (short)0)
        : type == typeof(ushort) ? Box(Gen.UShort, ushort.MinValue, ushort.MaxValue)
        : type == typeof(int) ? Box(Gen.Int, int.MinValue, int.MaxValue, 0, -1)
        : type == typeof(uint) ? Box(Gen.UInt, uint.MinValue, uint.MaxValue)
        : type == typeof(long) ? Box(Gen.Long, long.MinValue, long.MaxValue, 0L)
        : type == typeof(ulong) ? Box(Gen.ULong, ulong.MinValue, ulong.MaxValue)
        : type == typeof(float) ? Box(Gen.Float.Where(float.IsFinite), float.MaxValue, float.MinValue, float.Epsilon, -0f, 0f, 1e-30f, 16777217f, 0.1f, 3.4028235e38f)
        : type == typeof(double) ? Box(Gen.Double.Where(double.IsFinite), double.MaxValue, double.MinValue, double.Epsilon, -0d, 0d, 0.1, 1e300, 5e-324, 9007199254740993d, 123456789.123456789)
        : type == typeof(decimal) ? Box(Gen.Decimal, decimal.MaxValue, decimal.MinValue, 0m, 0.0m, 1.00m, -0.0000000000000000000000000001m, 79228162514264337593543950335m, 0.1m)
        : type == typeof(char) ? Box(Char)
        : type == typeof(string) ? Box(String)
        : type == typeof(DateTime) ? Box(DateTimeGen, DateTime.MinValue, DateTime.MaxValue, DateTime.UnixEpoch, new DateTime(2024, 2, 29, 23, 59, 59, 999, DateTimeKind.Utc))
        : type == typeof(DateTimeOffset) ? Box(DateTimeOffsetGen, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.UnixEpoch)
        : type == typeof(DateOnly) ? Box(Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber), DateOnly.MinValue, DateOnly.MaxValue)
        : type == typeof(TimeOnly) ? Box(Gen.Long[0, TimeSpan.TicksPerDay - 1].Select(t => new TimeOnly(t)), TimeOnly.MinValue, TimeOnly.MaxValue, new TimeOnly(12, 0))
        : type == typeof(TimeSpan) ? Box(Gen.Long.Select(t => new TimeSpan(t)), TimeSpan.MinValue, TimeSpan.MaxValue, TimeSpan.Zero, TimeSpan.FromDays(1), TimeSpan.FromTicks(-1))
        : type == typeof(Guid) ? Box(Gen.Guid, Guid.Empty)
        : type == typeof(Uri) ? Box(UriGen)
        : type == typeof(byte[]) ? Box(Gen.Byte.Array[0, 20])
        : type == typeof(JsonElement) ? Box(Json.Select(text => JsonDocument.Parse(text).RootElement.Clone()))
        : type == typeof(JsonNode) ? Box(Json.Select(text => (object?)JsonNode.Parse(text)))
        : type == typeof(JsonObject) ? Box(Json.Select(text => (JsonNode?)new JsonObject { ["v"] = JsonNode.Parse(text) }))
        : type == typeof(JsonArray) ? Box(Json.Select(text => (JsonNode?)new JsonArray(JsonNode.Parse(text))))
        : null;

    /// <summary>Printable ASCII, HTML-sensitive and JSON-special characters, controls, any BMP character but lone surrogates.</summary>
    public static readonly Gen<char> Char = Gen.Frequency(
        (6, Gen.Char[' ', '~']),
        (2, Gen.OneOf('<', '>', '&', '\'', '"', '\\', '/', '+', '`', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\uffff')),
        (1, Gen.Char['\0', '\u001f']),
        (3, Gen.Char['\u0080', '\ud7ff']),
        (1, Gen.Char['\ue000', '\uffff']));

    /// <summary>Strings of those characters, sometimes with surrogate pairs (emoji, astral CJK).</summary>
    public static readonly Gen<string> String = Gen.Frequency(
        (5, Char.Array[0, 12].Select(chars => new string(chars))),
        (1, Gen.OneOf("", "😀", "a😀b", "𠀋𠀌", "\u00e9t\u00e9", "line\nbreak\ttab", "</script>", "\"quoted\"", "back\\slash")),
        (1, Gen.Int[0x10000, 0x10FFFF].Array[1, 3].Select(points => string.Concat(points.Select(char.ConvertFromUtf32)))));

    private static readonly Gen<DateTime> DateTimeGen =
        Gen.Select(Gen.Long[0, DateTime.MaxValue.Ticks], Gen.OneOf(DateTimeKind.Utc, DateTimeKind.Unspecified, DateTimeKind.Local), (ticks, kind) => new DateTime(ticks, kind));

    private static readonly long MaxOffsetTicks = TimeSpan.FromHours(14).Ticks;

    private static readonly Gen<DateTimeOffset> DateTimeOffsetGen =
        Gen.Select(Gen.Long[MaxOffsetTicks, DateTime.MaxValue.Ticks - MaxOffsetTicks], Gen.Int[-14 * 60, 14 * 60], (ticks, minutes) => new DateTimeOffset(ticks, TimeSpan.FromMinutes(minutes)));

    private static readonly Gen<Uri> UriGen = Gen.Frequency(
        (3, Gen.Char["abcxyz09-._~%"].Array[0, 8].Select(path => new Uri("https://example.com/" + new string(path), UriKind.Absolute))),
        (1, Gen.OneOf(
            new Uri("relative/path?q=1#frag", UriKind.Relative),
            new Uri("/rooted", UriKind.Relative),
            new Uri("urn:isbn:0451450523"),
            new Uri("https://例え.jp/ä?q=ü"),
            new Uri("http://user:pass@host:8080/a%20b?x=<y>"),
            new Uri("mailto:someone@example.com"),
            new Uri("file:///tmp/x.txt"))));

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.OneOf("null", "true", "false", "0", "-0", "1.5e300", "-12", "123456789012345678901234567890"),
        String.Select(s => JsonSerializer.Serialize(s)),
        Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Small JSON documents, for JsonElement and JsonNode members.</summary>
    public static readonly Gen<string> Json = Gen.Recursive<string>((depth, inner) => depth >= 3
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, inner.Array[0, 3].Select(items => "[" + string.Join(",", items) + "]")),
            (1, Gen.Select(String, inner).Array[0, 3].Select(members =>
                "{" + string.Join(",", members.DistinctBy(m => m.Item1).Select(m => JsonSerializer.Serialize(m.Item1) + ":" + m.Item2)) + "}"))));

    private static Gen<object?> EnumGen(Type type)
    {
        var values = Enum.GetValues(type).Cast<object>().ToArray();
        var underlying = Enum.GetUnderlyingType(type);
        var defined = Gen.OneOf(values);
        var isFlags = type.IsDefined(typeof(FlagsAttribute));
        var raw = Primitive(underlying)!.Select(v => (object?)Enum.ToObject(type, v!));
        var combined = Gen.Select(defined, defined, (a, b) => (object?)Enum.ToObject(type, Convert.ToUInt64(a, null) | Convert.ToUInt64(b, null)));
        return isFlags
            ? Gen.Frequency((6, defined.Select(v => (object?)v)), (3, combined), (1, raw))
            : Gen.Frequency((9, defined.Select(v => (object?)v)), (1, raw));
    }

    private Gen<object?> ArrayGen(Type element, int depth) =>
        For(element, depth + 1).Array[0, MaxItems].Select(items =>
        {
            var array = System.Array.CreateInstance(element, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                array.SetValue(items[i], i);
            }

            return (object?)array;
        });

    private Gen<object?>? CollectionGen(Type type, int depth)
    {
        if (!type.IsGenericType || type.GetGenericArguments().Length != 1)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        var element = type.GetGenericArguments()[0];
        Type concrete;
        if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(IEnumerable<>) ||
            definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>))
        {
            concrete = typeof(List<>).MakeGenericType(element);
        }
        else if (definition == typeof(HashSet<>) || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>))
        {
            concrete = typeof(HashSet<>).MakeGenericType(element);
        }
        else
        {
            return null;
        }

        var add = concrete.GetMethod("Add")!;
        return For(element, depth + 1).Array[0, MaxItems].Select(items =>
        {
            var collection = Activator.CreateInstance(concrete)!;
            foreach (var item in items)
            {
                add.Invoke(collection, [item]);
            }

            return (object?)collection;
        });
    }

    private Gen<object?>? DictionaryGen(Type type, int depth)
    {
        if (!type.IsGenericType || type.GetGenericArguments().Length != 2)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        if (definition != typeof(Dictionary<,>) && definition != typeof(IDictionary<,>) && definition != typeof(IReadOnlyDictionary<,>))
        {
            return null;
        }

        var arguments = type.GetGenericArguments();
        var concrete = typeof(Dictionary<,>).MakeGenericType(arguments);
        var keys = arguments[0] == typeof(string) ? Box(String) : For(arguments[0], depth + 1);
        return Gen.Select(keys, For(arguments[1], depth + 1)).Array[0, MaxItems].Select(pairs =>
        {
            var dictionary = (IDictionary)Activator.CreateInstance(concrete)!;
            foreach (var (key, value) in pairs)
            {
                dictionary[key!] = value;
            }

            return (object?)dictionary;
        });
    }

    /// <summary>Built the way System.Text.Json would: [JsonConstructor], else parameterless, else the only public constructor; then every settable member.</summary>
    private Gen<object?> ObjectGen(Type type, int depth)
    {
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);
        var constructor = constructors.FirstOrDefault(c => c.IsDefined(typeof(JsonConstructorAttribute)))
            ?? constructors.FirstOrDefault(c => c.IsPublic && c.GetParameters().Length == 0)
            ?? (type.IsValueType ? null : constructors.Single(c => c.IsPublic));
        var parameters = constructor?.GetParameters() ?? [];
        var members = type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(m => m switch
            {
                PropertyInfo p => p.GetIndexParameters().Length == 0 && p.SetMethod is { } set && (set.IsPublic || p.IsDefined(typeof(JsonIncludeAttribute))),
                FieldInfo f => f.IsDefined(typeof(JsonIncludeAttribute)),
                _ => false,
            })
            .GroupBy(m => m.Name)
            .Select(g => g.OrderByDescending(m => InheritanceDepth(m.DeclaringType!)).First())
            .ToArray();
        var arguments = Sequence(parameters.Select(p => For(p.ParameterType, depth + 1)));
        var values = Sequence(members.Select(m => For(m is PropertyInfo p ? p.PropertyType : ((FieldInfo)m).FieldType, depth + 1)));
        return Gen.Select(arguments, values, (args, memberValues) =>
        {
            var instance = constructor is null ? Activator.CreateInstance(type)! : constructor.Invoke(args);
            for (var i = 0; i < members.Length; i++)
            {
                switch (members[i])
                {
                    case PropertyInfo property:
                        property.SetValue(instance, memberValues[i]);
                        break;
                    case FieldInfo field:
                        field.SetValue(instance, memberValues[i]);
                        break;
                }
            }

            return (object?)instance;
        });
    }

    private static int InheritanceDepth(Type type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }

    private static Gen<object?[]> Sequence(IEnumerable<Gen<object?>> gens)
    {
        var result = Gen.Const(System.Array.Empty<object?>());
        foreach (var gen in gens)
        {
            result = Gen.Select(result, gen, (items, item) => (object?[])[.. items, item]);
        }

        return result;
    }
}
