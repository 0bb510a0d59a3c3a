using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// How handler code gets to one member: from which handler, through which caller, and whether the member runs on
/// every invocation or once per execution environment (static initializers, an instance handler's constructor).
/// </summary>
internal sealed class Reach(MemberKey member, Reach? caller, HandlerRoot handler, bool perInvocation, ReachEdge? edge = null)
{
    /// <summary>The member reached, or a lambda run through a stored delegate (<see cref="MemberKey.OfLambda"/>).</summary>
    public MemberKey Member { get; } = member;

    /// <summary>The member whose code reaches this one; null only for the handler method itself.</summary>
    public Reach? Caller { get; } = caller;

    public HandlerRoot Handler { get; } = handler;

    /// <summary>Runs on every invocation, not once per execution environment.</summary>
    public bool PerInvocation { get; } = perInvocation;

    /// <summary>How the caller gets here: a call, a callback the library makes later, a stored delegate.</summary>
    public ReachEdge Edge { get; } = edge ?? ReachEdge.Call;

    /// <summary>The path from the handler to <paramref name="last"/>: <c>PlaceOrder → OrderStore.Load → File.ReadAllText</c>.</summary>
    public string PathTo(string last) => Steps(last);

    /// <summary>The path from the handler to this member: <c>PlaceOrder → OrderStore.Load</c>.</summary>
    public string Path => Steps(null);

    private string Steps(string? last)
    {
        // Built backwards, from the last step to the handler, each step with the arrow that leads to it.
        var parts = new List<string>();
        if (last is not null)
        {
            parts.Add(last);
            parts.Add(ReachEdge.Call.Arrow);
        }

        for (var current = this; current is not null; current = current.Caller)
        {
            if (current.Caller is null)
            {
                parts.Add(Handler.Display);
                break;
            }

            parts.Add(current.Member.Display);
            parts.Add(current.Edge.Arrow);
            if (current.Edge.Through is { } through)
            {
                parts.Add(through);
                parts.Add(ReachEdge.Call.Arrow);
            }
        }

        parts.Reverse();
        return string.Concat(parts);
    }
}

/// <summary>
/// The kind of step from a caller to the member it reaches, as the path shows it: a plain call (<c> → </c>), a callback
/// the library makes later (<c> ⇢ (called later by the library) </c>: an override of a framework member, a method
/// handed to a library as a delegate), or a call through a delegate stored in a field or property (<c>Through</c>
/// names it, <c>Function._factory()</c>, before the code it runs). Holds no symbol: body facts carry it from one
/// compilation to the next (<see cref="CallStep"/>).
/// </summary>
/// <param name="Arrow">What separates the step from the one before it.</param>
/// <param name="Through">A step shown before the member: the stored delegate invoked; null for none.</param>
internal sealed record ReachEdge(string Arrow, string? Through = null)
{
    public static ReachEdge Call { get; } = new(" → ");

    public static ReachEdge LibraryCallback { get; } = new(" ⇢ (called later by the library) ");
}

/// <summary>A <c>[LambdaHandler]</c> method, with the <c>TimeoutSeconds</c> it declares (null when it declares none).</summary>
internal sealed record HandlerRoot(IMethodSymbol Method, string Name, int? TimeoutSeconds)
{
    /// <summary>
    /// How a path starts: the handler's name as the function knows it (its <c>_HANDLER</c> value), and the method when
    /// that differs (<c>Orders (Function.FunctionHandler)</c>): in real code most handler methods share a name.
    /// </summary>
    public string Display => Name == Method.Name ? Name : $"{Name} ({MemberDisplay.TypeDotName(Method)})";
}
