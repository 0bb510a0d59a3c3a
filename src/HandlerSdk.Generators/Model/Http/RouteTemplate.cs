using System.Linq;

namespace HandlerSdk.Generators.Model.Http;

/// <summary>A parsed route template, e.g. <c>/orders/{id:guid}/lines/{*rest}</c>.</summary>
/// <param name="Text">The template as written in the attribute.</param>
/// <param name="Segments">The path segments between slashes; none for the root <c>/</c>.</param>
internal sealed record RouteTemplate(string Text, EquatableArray<RouteSegment> Segments)
{
    /// <summary>The parameters (not the literals), in template order: the order of the router's captured values.</summary>
    public EquatableArray<RouteSegment> Parameters => Segments.Where(s => s.Kind != RouteSegmentKind.Literal).ToEquatableArray();

    /// <summary>The fewest path segments the template matches: every segment up to the first optional one or catch-all.</summary>
    public int MinSegments => Segments.TakeWhile(s => s.Kind == RouteSegmentKind.Literal || (s.Kind == RouteSegmentKind.Parameter && !s.Optional)).Count();

    public bool HasCatchAll => Segments.Count > 0 && Segments[Segments.Count - 1].Kind == RouteSegmentKind.CatchAll;
}

internal enum RouteSegmentKind
{
    /// <summary>Text matched case-sensitively, as API Gateway matches resource paths.</summary>
    Literal,

    /// <summary><c>{name}</c>, <c>{name:constraint}</c>, <c>{name?}</c>: one non-empty segment.</summary>
    Parameter,

    /// <summary><c>{*name}</c>: the rest of the path, zero or more segments, slashes included.</summary>
    CatchAll,
}

/// <param name="Kind">What the segment matches.</param>
/// <param name="Text">The literal text, or the parameter's name.</param>
/// <param name="Constraints">Checks the segment's text must pass for the route to match.</param>
/// <param name="Optional">A parameter the path may leave out (<c>{name?}</c>); always true of a catch-all.</param>
internal sealed record RouteSegment(RouteSegmentKind Kind, string Text, EquatableArray<RouteConstraint> Constraints, bool Optional)
{
    public static RouteSegment Literal(string text) => new(RouteSegmentKind.Literal, text, EquatableArray<RouteConstraint>.Empty, false);

    /// <summary>What the segment accepts, without the parameter's name: two templates whose segments all have equal
    /// shapes match the same paths.</summary>
    public string Shape => Kind switch
    {
        RouteSegmentKind.Literal => "'" + Text + "'",
        RouteSegmentKind.CatchAll => "*" + ConstraintsKey,
        _ => "{}" + ConstraintsKey,
    };

    private string ConstraintsKey => string.Concat(Constraints.Select(c => c.ToString()).OrderBy(c => c, System.StringComparer.Ordinal).Select(c => ":" + c));
}

internal enum RouteConstraintKind
{
    Int,
    Long,
    Bool,
    Guid,
    Decimal,
    Double,
    DateTime,
    Alpha,
    Min,
    Max,
    Range,
    MinLength,
    MaxLength,
    Length,
}

/// <param name="Kind">The check.</param>
/// <param name="Arguments">Its numeric arguments: one for min/max/minlength/maxlength/length(n), two for range and length(a,b).</param>
internal sealed record RouteConstraint(RouteConstraintKind Kind, EquatableArray<long> Arguments)
{
    public override string ToString() =>
        Kind.ToString().ToLowerInvariant() + (Arguments.Count == 0 ? string.Empty : "(" + string.Join(",", Arguments.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")");
}
