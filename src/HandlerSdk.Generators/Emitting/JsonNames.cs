using System.Text;
using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting;

/// <summary>Applies the naming policy the way System.Text.Json's built-in policies do.</summary>
internal static class JsonNames
{
    public static string Apply(string name, string? explicitName, NamingPolicy policy)
    {
        if (explicitName is not null)
        {
            return explicitName;
        }

        return policy switch
        {
            NamingPolicy.CamelCase => CamelCase(name),
            NamingPolicy.SnakeCaseLower => Separated(name, '_', upper: false),
            NamingPolicy.SnakeCaseUpper => Separated(name, '_', upper: true),
            NamingPolicy.KebabCaseLower => Separated(name, '-', upper: false),
            NamingPolicy.KebabCaseUpper => Separated(name, '-', upper: true),
            _ => name,
        };
    }

    /// <summary>Lower-cases the leading run of capitals, keeping the last one before a lower-case letter (URLValue → urlValue).</summary>
    private static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>Words split where System.Text.Json's separator policies split them: before a capital that follows a
    /// lower-case letter or digit, before the last capital of a run followed by a lower-case letter, and at spaces.</summary>
    private static string Separated(string name, char separator, bool upper)
    {
        var builder = new StringBuilder(name.Length + 8);
        var state = State.NotStarted;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (state is State.LowerOrDigit or State.Space ||
                    (state == State.Upper && i + 1 < name.Length && char.IsLower(name[i + 1])))
                {
                    builder.Append(separator);
                }

                builder.Append(upper ? c : char.ToLowerInvariant(c));
                state = State.Upper;
            }
            else if (char.IsLower(c) || char.IsDigit(c))
            {
                if (state == State.Space)
                {
                    builder.Append(separator);
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                state = State.LowerOrDigit;
            }
            else if (c == ' ')
            {
                if (state != State.NotStarted)
                {
                    state = State.Space;
                }
            }
            else
            {
                builder.Append(c);
                state = State.NotStarted;
            }
        }

        return builder.ToString();
    }

    private enum State
    {
        NotStarted,
        Upper,
        LowerOrDigit,
        Space,
    }
}
