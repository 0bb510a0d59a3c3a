using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HandlerSdk.Generators.Model.Http;

namespace HandlerSdk.Generators.Emitting.Http;

/// <summary>
/// Route constraints as the router checks them: one C# condition per parameter segment, with the parse each constraint
/// names under the invariant culture (the number styles ASP.NET Core's constraints use), and the two small helpers
/// (<c>IsAlpha</c>, <c>InRange</c>) emitted only into routers whose routes use them. No regex: the constraints we
/// accept are the ones that need none.
/// </summary>
internal static class RouteConstraintEmitter
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
    private const string Styles = "global::System.Globalization.NumberStyles";

    /// <summary>
    /// The condition a segment (the span <paramref name="value"/>) must meet: every constraint, and not empty when
    /// <paramref name="nonEmpty"/> (a parameter segment; a catch-all's rest may be empty).
    /// </summary>
    public static string Condition(string value, Model.EquatableArray<RouteConstraint> constraints, bool nonEmpty)
    {
        var checks = new List<string>();
        if (nonEmpty)
        {
            checks.Add($"!{value}.IsEmpty");
        }

        foreach (var constraint in constraints)
        {
            checks.Add(Check(value, constraint));
        }

        return checks.Count == 0 ? "true" : string.Join(" && ", checks);
    }

    /// <summary>The helpers the conditions of <paramref name="used"/> call, as private static methods of the router.</summary>
    public static void EmitHelpers(SourceWriter writer, IReadOnlyCollection<RouteConstraintKind> used)
    {
        if (used.Contains(RouteConstraintKind.Alpha))
        {
            writer.Line();
            writer.Line("private static bool IsAlpha(global::System.ReadOnlySpan<char> value)");
            using (writer.Block())
            {
                writer.Line("foreach (var c in value)");
                using (writer.Block())
                {
                    writer.Line("if (!char.IsAsciiLetter(c))");
                    using (writer.Block())
                    {
                        writer.Line("return false;");
                    }
                }

                writer.Line();
                writer.Line("return true;");
            }
        }

        if (used.Any(k => k is RouteConstraintKind.Min or RouteConstraintKind.Max or RouteConstraintKind.Range))
        {
            writer.Line();
            writer.Line("private static bool InRange(global::System.ReadOnlySpan<char> value, long min, long max) =>");
            using (writer.Indent())
            {
                writer.Line($"long.TryParse(value, {Styles}.Integer, {Invariant}, out var number) && number >= min && number <= max;");
            }
        }
    }

    private static string Check(string value, RouteConstraint constraint)
    {
        var longs = constraint.Arguments.Select(n => n.ToString(CultureInfo.InvariantCulture) + "L").ToList();
        var ints = constraint.Arguments.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        return constraint.Kind switch
        {
            RouteConstraintKind.Int => $"int.TryParse({value}, {Styles}.Integer, {Invariant}, out _)",
            RouteConstraintKind.Long => $"long.TryParse({value}, {Styles}.Integer, {Invariant}, out _)",
            RouteConstraintKind.Bool => $"bool.TryParse({value}, out _)",
            RouteConstraintKind.Guid => $"global::System.Guid.TryParse({value}, out _)",
            RouteConstraintKind.Decimal => $"decimal.TryParse({value}, {Styles}.Number, {Invariant}, out _)",
            RouteConstraintKind.Double => $"double.TryParse({value}, {Styles}.Float | {Styles}.AllowThousands, {Invariant}, out _)",
            RouteConstraintKind.DateTime => $"global::System.DateTime.TryParse({value}, {Invariant}, global::System.Globalization.DateTimeStyles.None, out _)",
            RouteConstraintKind.Alpha => $"IsAlpha({value})",
            RouteConstraintKind.Min => $"InRange({value}, {longs[0]}, long.MaxValue)",
            RouteConstraintKind.Max => $"InRange({value}, long.MinValue, {longs[0]})",
            RouteConstraintKind.Range => $"InRange({value}, {longs[0]}, {longs[1]})",
            RouteConstraintKind.MinLength => $"{value}.Length >= {ints[0]}",
            RouteConstraintKind.MaxLength => $"{value}.Length <= {ints[0]}",
            RouteConstraintKind.Length when ints.Count == 1 => $"{value}.Length == {ints[0]}",
            RouteConstraintKind.Length => $"{value}.Length >= {ints[0]} && {value}.Length <= {ints[1]}",
            _ => throw new System.InvalidOperationException("Unknown constraint " + constraint.Kind),
        };
    }
}
