using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// How handler code gets to one member: from which handler, through which caller, and whether the member runs on
/// every invocation or once per execution environment (static initializers, an instance handler's constructor).
/// </summary>
internal sealed class Reach(MemberKey member, Reach? caller, HandlerRoot handler, bool perInvocation)
{
    public MemberKey Member { get; } = member;

    /// <summary>The member whose code reaches this one; null only for the handler method itself.</summary>
    public Reach? Caller { get; } = caller;

    public HandlerRoot Handler { get; } = handler;

    /// <summary>Runs on every invocation, not once per execution environment.</summary>
    public bool PerInvocation { get; } = perInvocation;

    /// <summary>The path from the handler to <paramref name="last"/>: <c>PlaceOrder → OrderStore.Load → File.ReadAllText</c>.</summary>
    public string PathTo(string last) => Steps(last);

    /// <summary>The path from the handler to this member: <c>PlaceOrder → OrderStore.Load</c>.</summary>
    public string Path => Steps(null);

    private string Steps(string? last)
    {
        var steps = new List<string>();
        if (last is not null)
        {
            steps.Add(last);
        }

        for (var current = this; current is not null; current = current.Caller)
        {
            // Every chain starts at the handler method itself, shown by its plain name.
            steps.Add(current.Caller is null ? Handler.Method.Name : current.Member.Display);
        }

        steps.Reverse();
        return string.Join(" → ", steps);
    }
}

/// <summary>A <c>[LambdaHandler]</c> method, with the <c>TimeoutSeconds</c> it declares (null when it declares none).</summary>
internal sealed record HandlerRoot(IMethodSymbol Method, string Name, int? TimeoutSeconds);
