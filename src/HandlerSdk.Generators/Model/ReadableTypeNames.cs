using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HandlerSdk.Generators.Model;

/// <summary>
/// The name a type goes by in generated member names, after its C# spelling without namespaces:
/// <c>List&lt;int&gt;</c> is <c>ListOfInt32</c>, <c>Dictionary&lt;string, List&lt;int&gt;&gt;</c>
/// <c>DictionaryOfStringAndListOfInt32</c>, <c>Guid?</c> <c>NullableOfGuid</c>, <c>Order[]</c> <c>ArrayOfOrder</c>.
/// Names hold no underscore, so <c>_</c> can separate a name from what follows it in a member name
/// (<see cref="Emitting.SerializerNames"/>).
/// </summary>
internal static class ReadableTypeNames
{
    /// <summary>
    /// A distinct name for each type: its readable name, or where two types read the same (two <c>Order</c>s in
    /// different namespaces) the first by id keeps it and the others get the smallest number suffix no other type's
    /// name has. Deterministic: the same types get the same names whatever order they come in.
    /// </summary>
    public static Dictionary<string, string> Assign(IEnumerable<TypeSpec> types)
    {
        var ordered = types.OrderBy(t => t.Id, System.StringComparer.Ordinal).ToList();
        var wanted = ordered.ToDictionary(t => t.Id, Of, System.StringComparer.Ordinal);
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);

        // Primitives have no generated members, so they take no name from a type that has.
        var taken = new HashSet<string>(ordered.Where(t => t is not PrimitiveSpec).Select(t => wanted[t.Id]), System.StringComparer.Ordinal);
        var given = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var type in ordered)
        {
            var name = wanted[type.Id];
            if (type is PrimitiveSpec)
            {
                names[type.Id] = name;
                continue;
            }

            if (!given.Add(name))
            {
                var suffix = 2;
                while (taken.Contains(name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                {
                    suffix++;
                }

                name += suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
                taken.Add(name);
                given.Add(name);
            }

            names[type.Id] = name;
        }

        return names;
    }

    /// <summary>The readable name of one type, before collisions are resolved; variants of a type say what they are.</summary>
    public static string Of(TypeSpec spec) => spec switch
    {
        EnumSpec or NullableSpec when spec.Id.EndsWith(AsStringMarker, System.StringComparison.Ordinal) => OfType(spec.Type) + "AsString",
        ConverterSpec c when spec.Id.Contains(ViaMarker) => OfType(spec.Type) + "Via" + OfType(c.Converter),
        EncodedPayloadSpec p => OfType(spec.Type) + "As" + p.Encoding + "Payload",
        _ => OfType(spec.Type),
    };

    // The markers TypeGraphBuilder appends to the id of a variant of a type (Parsing/TypeNames.Identifier's scheme).
    private const string AsStringMarker = "_1AsString";
    private const string ViaMarker = "_1Via";

    /// <summary>The readable name of a C# type as generated code spells it (<c>global::</c>-qualified).</summary>
    public static string OfType(string type)
    {
        var position = 0;
        var builder = new StringBuilder(type.Length);
        AppendType(type.Replace("global::", string.Empty), ref position, builder);
        return builder.Length == 0 ? "Value" : builder.ToString();
    }

    // type := (name ('<' type (',' type)* '>')? | '(' type (',' type)* ')') ('[' ','* ']' | '?')*
    private static void AppendType(string text, ref int position, StringBuilder output)
    {
        var start = output.Length;
        SkipSpaces(text, ref position);
        if (position < text.Length && text[position] == '(')
        {
            position++;
            output.Append("TupleOf");
            AppendArguments(text, ref position, output, ')');
        }
        else
        {
            var name = ReadName(text, ref position);
            output.Append(Keyword(name));
            if (position < text.Length && text[position] == '<')
            {
                position++;
                output.Append("Of");
                AppendArguments(text, ref position, output, '>');
            }
        }

        // Suffixes apply innermost first: int?[] is an array of int?.
        while (position < text.Length && (text[position] == '[' || text[position] == '?'))
        {
            var prefix = text[position] == '?' ? "NullableOf" : "ArrayOf";
            if (text[position] == '[')
            {
                while (position < text.Length && text[position] != ']')
                {
                    position++;
                }
            }

            position++;
            output.Insert(start, prefix);
        }
    }

    private static void AppendArguments(string text, ref int position, StringBuilder output, char close)
    {
        var first = true;
        while (position < text.Length)
        {
            if (!first)
            {
                output.Append("And");
            }

            first = false;
            AppendType(text, ref position, output);
            SkipSpaces(text, ref position);
            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            if (position < text.Length && text[position] == close)
            {
                position++;
            }

            return;
        }
    }

    /// <summary>A dotted name's last part (the type itself, not its namespace or containing type), without underscores or <c>@</c>.</summary>
    private static string ReadName(string text, ref int position)
    {
        var last = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '.')
            {
                last.Clear();
            }
            else if (char.IsLetterOrDigit(c))
            {
                last.Append(c);
            }
            else if (c is not ('_' or '@'))
            {
                break;
            }

            position++;
        }

        return last.ToString();
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
    }

    /// <summary>C# keywords for types, by their .NET names, as a reader of <c>Utf8JsonReader.GetInt32</c> knows them.</summary>
    private static string Keyword(string name) => name switch
    {
        "bool" => "Boolean",
        "byte" => "Byte",
        "sbyte" => "SByte",
        "short" => "Int16",
        "ushort" => "UInt16",
        "int" => "Int32",
        "uint" => "UInt32",
        "long" => "Int64",
        "ulong" => "UInt64",
        "nint" => "IntPtr",
        "nuint" => "UIntPtr",
        "float" => "Single",
        "double" => "Double",
        "decimal" => "Decimal",
        "char" => "Char",
        "string" => "String",
        "object" => "Object",
        _ => name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name.Substring(1) : name,
    };
}
