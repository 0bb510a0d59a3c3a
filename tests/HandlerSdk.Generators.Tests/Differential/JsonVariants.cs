using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace HandlerSdk.Generators.Tests.Differential;

/// <summary>
/// Rewrites JSON that System.Text.Json wrote, guided by System.Text.Json's own contract of the target type (so it
/// knows which objects are CLR objects and which are dictionaries): property names re-cased, unknown properties
/// added, members shuffled, dropped or repeated, whitespace and escapes varied; or one value replaced by a value
/// of the wrong kind; or the text damaged.
/// </summary>
internal sealed class JsonVariants(JsonSerializerOptions options, Random random)
{
    private readonly StringBuilder _text = new();
    private int _positions;
    private int _mismatchAt = -1;
    private double _escapeChance;
    private string _indent = string.Empty;
    private bool _vary;

    /// <summary>JSON that reads (with case-insensitive names) to the same value, or fails the same way.</summary>
    public string Vary(string json, Type type)
    {
        _vary = true;
        _escapeChance = random.Next(3) switch { 0 => 0, 1 => 0.2, _ => 1 };
        _indent = random.Next(3) switch { 0 => string.Empty, 1 => "  ", _ => "\t" };
        Emit(JsonNode.Parse(json), type, 0);
        return _text.ToString();
    }

    /// <summary>The same JSON with one value replaced by one of a kind its type never accepts; null when there is no such value.</summary>
    public string? Mismatch(string json, Type type)
    {
        var node = JsonNode.Parse(json);
        Emit(node, type, 0);
        if (_positions == 0)
        {
            return null;
        }

        _mismatchAt = random.Next(_positions);
        _positions = 0;
        _text.Clear();
        Emit(node, type, 0);
        return _text.ToString();
    }

    /// <summary>The text with a few characters deleted, inserted, replaced, or cut off.</summary>
    public string Damage(string json)
    {
        var chars = new List<char>(json);
        var edits = 1 + random.Next(3);
        for (var i = 0; i < edits && chars.Count > 0; i++)
        {
            var at = random.Next(chars.Count);
            const string Noise = "{}[]\",:0-1.eE\\ tfnu\u00e9";
            switch (random.Next(4))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, Noise[random.Next(Noise.Length)]); break;
                case 2: chars[at] = Noise[random.Next(Noise.Length)]; break;
                default: chars.RemoveRange(at, chars.Count - at); break;
            }
        }

        return new string([.. chars]);
    }

    private void Emit(JsonNode? node, Type? type, int depth)
    {
        var info = type is null ? null : options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        if (type is not null && IsTyped(type))
        {
            if (_positions++ == _mismatchAt)
            {
                var underlying = Nullable.GetUnderlyingType(type) ?? type;
                _text.Append(underlying == typeof(bool) ? "\"x\"" : "true");
                return;
            }
        }

        if (type is not null && !IsTyped(type))
        {
            // JsonElement and JsonNode values are data, not members: passed through untouched.
            _text.Append(node?.ToJsonString() ?? "null");
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                EmitObject(obj, info, depth);
                break;
            case JsonArray array:
                Open('[', depth);
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        _text.Append(',');
                    }

                    NewLine(depth + 1);
                    Emit(array[i], info?.Kind == JsonTypeInfoKind.Enumerable ? info.ElementType : null, depth + 1);
                }

                Close(']', depth, array.Count);
                break;
            case null:
                _text.Append("null");
                break;
            default:
                var value = node.AsValue();
                if (value.GetValueKind() == JsonValueKind.String)
                {
                    EmitString(value.GetValue<string>());
                }
                else
                {
                    _text.Append(value.ToJsonString());
                }

                break;
        }
    }

    private void EmitObject(JsonObject obj, JsonTypeInfo? info, int depth)
    {
        var members = obj.Select(m => (Name: m.Key, m.Value, Type: MemberType(info, m.Key))).ToList();
        if (_vary && info?.Kind == JsonTypeInfoKind.Object)
        {
            if (random.Next(3) == 0)
            {
                members = [.. members.OrderBy(_ => random.Next())];
            }

            if (members.Count > 0 && random.Next(8) == 0)
            {
                members.RemoveAt(random.Next(members.Count));
            }

            if (members.Count > 0 && random.Next(8) == 0)
            {
                var repeated = members[random.Next(members.Count)];
                members.Insert(random.Next(members.Count + 1), repeated);
            }

            if (random.Next(3) == 0)
            {
                members.Insert(random.Next(members.Count + 1), ("unknown_" + random.Next(1000).ToString(CultureInfo.InvariantCulture), RandomJson(2), null));
            }

            members = [.. members.Select(m => m.Type is not null && random.Next(3) == 0 ? (Recase(m.Name), m.Value, m.Type) : m)];
        }

        Open('{', depth);
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            NewLine(depth + 1);
            EmitString(members[i].Name);
            _text.Append(_indent.Length > 0 ? ": " : ":");
            var valueType = info?.Kind == JsonTypeInfoKind.Dictionary ? info.ElementType : members[i].Type;
            Emit(members[i].Value?.DeepClone(), valueType, depth + 1);
        }

        Close('}', depth, members.Count);
    }

    /// <summary>The type of a member System.Text.Json reads (it skips read-only ones); null for others.</summary>
    private static Type? MemberType(JsonTypeInfo? info, string name) =>
        info?.Kind == JsonTypeInfoKind.Object && info.Properties.FirstOrDefault(p => p.Name == name) is { } property &&
        (property.Set is not null || property.AssociatedParameter is not null)
            ? property.PropertyType
            : null;

    /// <summary>Values whose type rejects both <c>true</c> and strings (or, for bool, strings): not the JSON DOM types.</summary>
    private static bool IsTyped(Type type) =>
        type != typeof(JsonElement) && type != typeof(JsonElement?) && !typeof(JsonNode).IsAssignableFrom(type) && type != typeof(object);

    private string Recase(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (random.Next(2) == 0)
            {
                chars[i] = char.IsUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    private JsonNode? RandomJson(int depth) => random.Next(depth <= 0 ? 4 : 6) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.NextDouble() * 1e6),
        3 => JsonValue.Create("s\u00e9\"" + random.Next(100).ToString(CultureInfo.InvariantCulture)),
        4 => new JsonArray([.. Enumerable.Range(0, random.Next(3)).Select(_ => RandomJson(depth - 1))]),
        _ => new JsonObject(Enumerable.Range(0, random.Next(3)).Select(i => KeyValuePair.Create("k" + i.ToString(CultureInfo.InvariantCulture), RandomJson(depth - 1)))),
    };

    private void EmitString(string value)
    {
        _text.Append('"');
        var escapeLow = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];

            // A surrogate pair is escaped whole or not at all: half a pair is not text.
            var escape = char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]) ? escapeLow : _escapeChance > 0 && random.NextDouble() < _escapeChance;
            escapeLow = escape;
            if (c is '"' or '\\' or < ' ' || escape)
            {
                _text.Append(c switch
                {
                    '"' when random.Next(2) == 0 => "\\\"",
                    '\\' when random.Next(2) == 0 => "\\\\",
                    '\n' => "\\n",
                    '/' => "\\/",
                    _ => "\\u" + ((int)c).ToString(random.Next(2) == 0 ? "x4" : "X4", CultureInfo.InvariantCulture),
                });
            }
            else
            {
                _text.Append(c);
            }
        }

        _text.Append('"');
    }

    private void Open(char bracket, int depth)
    {
        _text.Append(bracket);
        _ = depth;
    }

    private void Close(char bracket, int depth, int count)
    {
        if (count > 0)
        {
            NewLine(depth);
        }

        _text.Append(bracket);
    }

    private void NewLine(int depth)
    {
        if (_indent.Length > 0)
        {
            _text.Append('\n');
            for (var i = 0; i < depth; i++)
            {
                _text.Append(_indent);
            }
        }
    }
}
