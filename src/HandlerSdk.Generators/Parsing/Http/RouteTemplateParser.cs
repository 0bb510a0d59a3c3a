using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Http;

namespace HandlerSdk.Generators.Parsing.Http;

/// <summary>
/// Reads a route template into a <see cref="RouteTemplate"/>, or says in one sentence what is wrong with it (HSDK0201).
/// The leading slash may be left out and one trailing slash is ignored, as the router ignores one on the path.
/// </summary>
internal static class RouteTemplateParser
{
    public const string KnownConstraints = "int, long, bool, guid, decimal, double, datetime, alpha, min(n), max(n), range(a,b), minlength(n), maxlength(n), length(n), length(a,b)";

    public static RouteTemplate? TryParse(string template, out string? error)
    {
        error = Parse(template, out var segments);
        return error is null ? new RouteTemplate(template, segments.ToEquatableArray()) : null;
    }

    private static string? Parse(string template, out List<RouteSegment> segments)
    {
        segments = [];
        if (template is null)
        {
            return "the template is null";
        }

        var path = template;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] is '?' or '#' && !IsInsideBraces(path, i))
            {
                return $"'{path[i]}' cannot appear in a path; bind query values with [FromQuery] instead";
            }
        }

        if (path.StartsWith("~/", System.StringComparison.Ordinal))
        {
            return "'~/' has no meaning here; start the template with '/'";
        }

        path = path.StartsWith("/", System.StringComparison.Ordinal) ? path.Substring(1) : path;
        path = path.EndsWith("/", System.StringComparison.Ordinal) ? path.Substring(0, path.Length - 1) : path;
        if (path.Length == 0)
        {
            return null;
        }

        var names = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var text in SplitSegments(path))
        {
            if (text.Length == 0)
            {
                return "it has an empty segment ('//')";
            }

            if (segments.Count > 0 && segments[segments.Count - 1].Kind == RouteSegmentKind.CatchAll)
            {
                return $"the catch-all '{{*{segments[segments.Count - 1].Text}}}' must be the last segment";
            }

            if (text.IndexOf('{') < 0 && text.IndexOf('}') < 0)
            {
                if (segments.Count > 0 && segments[segments.Count - 1].Optional)
                {
                    return $"the literal '{text}' follows the optional parameter '{segments[segments.Count - 1].Text}'; only the last segments can be optional";
                }

                segments.Add(RouteSegment.Literal(text));
                continue;
            }

            if (text[0] != '{' || text[text.Length - 1] != '}' || text.IndexOf('{', 1) >= 0 || text.IndexOf('}') != text.Length - 1)
            {
                return $"the segment '{text}' mixes text and parameters or has unbalanced braces; a segment is either literal text or one parameter such as '{{id}}'";
            }

            if (ParseParameter(text.Substring(1, text.Length - 2), out var segment) is { } problem)
            {
                return $"in '{text}': {problem}";
            }

            if (!names.Add(segment!.Text))
            {
                return $"the parameter '{segment.Text}' appears twice (names are compared ignoring case)";
            }

            if (segment.Kind == RouteSegmentKind.CatchAll && segments.Count > 0 && segments[segments.Count - 1].Optional)
            {
                return $"the catch-all '{{*{segment.Text}}}' follows the optional parameter '{segments[segments.Count - 1].Text}'; make that one required";
            }

            if (segment.Kind == RouteSegmentKind.Parameter && !segment.Optional && segments.Count > 0 && segments[segments.Count - 1].Optional)
            {
                return $"the required parameter '{segment.Text}' follows the optional parameter '{segments[segments.Count - 1].Text}'; only the last segments can be optional";
            }

            segments.Add(segment);
        }

        return null;
    }

    /// <summary>Splits on slashes outside braces, so that a stray slash inside a parameter is reported as such.</summary>
    private static IEnumerable<string> SplitSegments(string path)
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i < path.Length; i++)
        {
            depth += path[i] == '{' ? 1 : path[i] == '}' ? -1 : 0;
            if (path[i] == '/' && depth <= 0)
            {
                yield return path.Substring(start, i - start);
                start = i + 1;
            }
        }

        yield return path.Substring(start);
    }

    private static bool IsInsideBraces(string text, int index) => text.LastIndexOf('{', index) > text.LastIndexOf('}', index);

    private static string? ParseParameter(string inner, out RouteSegment? segment)
    {
        segment = null;
        var kind = RouteSegmentKind.Parameter;
        if (inner.StartsWith("**", System.StringComparison.Ordinal))
        {
            return "'**' is not supported; use '{*name}' for the rest of the path (slashes kept as they came)";
        }

        if (inner.StartsWith("*", System.StringComparison.Ordinal))
        {
            kind = RouteSegmentKind.CatchAll;
            inner = inner.Substring(1);
        }

        var optional = inner.EndsWith("?", System.StringComparison.Ordinal);
        if (optional)
        {
            if (kind == RouteSegmentKind.CatchAll)
            {
                return "a catch-all already matches an empty rest of the path; remove the '?'";
            }

            inner = inner.Substring(0, inner.Length - 1);
        }

        if (inner.IndexOf('=') >= 0)
        {
            return "default values in templates are not supported; give the method parameter a default value instead";
        }

        var parts = SplitConstraints(inner);
        var name = parts[0];
        if (name.Length == 0)
        {
            return "the parameter has no name";
        }

        if (!IsIdentifier(name))
        {
            return $"'{name}' is not a valid parameter name (letters, digits and '_', not starting with a digit)";
        }

        var constraints = new List<RouteConstraint>();
        foreach (var text in parts.Skip(1))
        {
            if (ParseConstraint(text, out var constraint) is { } problem)
            {
                return problem;
            }

            constraints.Add(constraint!);
        }

        segment = new RouteSegment(kind, name, constraints.ToEquatableArray(), optional || kind == RouteSegmentKind.CatchAll);
        return null;
    }

    /// <summary>Splits on ':' outside parentheses: <c>id:range(1,10):int</c>.</summary>
    private static List<string> SplitConstraints(string inner)
    {
        var parts = new List<string>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            depth += inner[i] == '(' ? 1 : inner[i] == ')' ? -1 : 0;
            if (inner[i] == ':' && depth == 0)
            {
                parts.Add(inner.Substring(start, i - start));
                start = i + 1;
            }
        }

        parts.Add(inner.Substring(start));
        return parts;
    }

    private static string? ParseConstraint(string text, out RouteConstraint? constraint)
    {
        constraint = null;
        var open = text.IndexOf('(');
        var name = (open < 0 ? text : text.Substring(0, open)).ToLowerInvariant();
        string[] arguments = [];
        if (open >= 0)
        {
            if (!text.EndsWith(")", System.StringComparison.Ordinal))
            {
                return $"the constraint '{text}' has no closing ')'";
            }

            arguments = text.Substring(open + 1, text.Length - open - 2).Split(',');
        }

        if (name.Length == 0)
        {
            return "a ':' is followed by no constraint";
        }

        if (name == "regex")
        {
            return "regex constraints are not supported (routes are matched without regular expressions); use a typed constraint such as 'int' or 'alpha'";
        }

        RouteConstraintKind kind;
        int[] arities;
        switch (name)
        {
            case "int": (kind, arities) = (RouteConstraintKind.Int, [0]); break;
            case "long": (kind, arities) = (RouteConstraintKind.Long, [0]); break;
            case "bool": (kind, arities) = (RouteConstraintKind.Bool, [0]); break;
            case "guid": (kind, arities) = (RouteConstraintKind.Guid, [0]); break;
            case "decimal": (kind, arities) = (RouteConstraintKind.Decimal, [0]); break;
            case "double": (kind, arities) = (RouteConstraintKind.Double, [0]); break;
            case "datetime": (kind, arities) = (RouteConstraintKind.DateTime, [0]); break;
            case "alpha": (kind, arities) = (RouteConstraintKind.Alpha, [0]); break;
            case "min": (kind, arities) = (RouteConstraintKind.Min, [1]); break;
            case "max": (kind, arities) = (RouteConstraintKind.Max, [1]); break;
            case "range": (kind, arities) = (RouteConstraintKind.Range, [2]); break;
            case "minlength": (kind, arities) = (RouteConstraintKind.MinLength, [1]); break;
            case "maxlength": (kind, arities) = (RouteConstraintKind.MaxLength, [1]); break;
            case "length": (kind, arities) = (RouteConstraintKind.Length, [1, 2]); break;
            default: return $"'{name}' is not a known constraint (known: {KnownConstraints})";
        }

        if (!arities.Contains(arguments.Length))
        {
            var expected = string.Join(" or ", arities.Select(a => a == 0 ? "no arguments" : a == 1 ? "one integer argument" : "two integer arguments"));
            return $"the constraint '{name}' takes {expected}, not '{text}'";
        }

        var values = new List<long>();
        foreach (var argument in arguments)
        {
            if (!long.TryParse(argument.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return $"'{argument.Trim()}' in '{text}' is not an integer";
            }

            values.Add(value);
        }

        var isLength = kind is RouteConstraintKind.MinLength or RouteConstraintKind.MaxLength or RouteConstraintKind.Length;
        if (isLength && values.Any(v => v < 0))
        {
            return $"'{text}' has a negative length";
        }

        if (values.Count == 2 && values[0] > values[1])
        {
            return $"'{text}' has its lower bound above its upper bound, so nothing matches";
        }

        constraint = new RouteConstraint(kind, values.ToEquatableArray());
        return null;
    }

    private static bool IsIdentifier(string name) =>
        (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}
