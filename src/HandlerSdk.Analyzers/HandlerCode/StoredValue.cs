using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// A lambda or method group a body stores in a delegate field or property (<paramref name="Into"/>), as a fact of that
/// body: no symbol or operation, so it serves later compilations as the rest of the body's facts do.
/// </summary>
internal abstract record StoredValue(MemberKey Into);

/// <summary>A method group: what calling the delegate runs, with the path's step through the delegate (<c>Notifier.Count()</c>).</summary>
internal sealed record StoredMethod(MemberKey Into, ImmutableArray<CallStep> Steps) : StoredValue(Into);

/// <summary>
/// A lambda, where it is in the storing body (what the rules split off as a body of its own), the path's step through
/// the delegate, and what the lambda's own code runs.
/// </summary>
internal sealed record StoredLambda(MemberKey Into, TextSpan Span, ReachEdge Edge, BodyCalls Calls) : StoredValue(Into);
