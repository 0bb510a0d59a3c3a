using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// Every source member that handler code reaches, with how it gets there (<see cref="Reach"/>): one breadth-first
/// walk per compilation over what each reached body calls (<see cref="BodyCalls"/>), and what the delegates it invokes
/// were stored with by their type's construction (<see cref="StoredDelegates"/>), either bound here on demand and
/// kept from one compilation to the next (<see cref="Bind"/>, live in the IDE) or computed from the operation trees
/// the compiler already handed the analyzer (<see cref="FromBodies"/>, at the end of a build). The rules look up the
/// member whose body they analyse and never walk the graph themselves.
/// </summary>
/// <remarks>
/// Handlers are walked one at a time, those with the smallest <c>TimeoutSeconds</c> first: a member shared by several
/// handlers is attributed to the strictest one, which is the one HSDK1104 must measure against. Every loop of the walk
/// checks the cancellation token: the IDE cancels an analysis as soon as the next keystroke makes it stale.
/// </remarks>
internal sealed class HandlerCodeIndex
{
    private static readonly ConditionalWeakTable<Compilation, Gate> Live = new();

    private static readonly Dictionary<TextSpan, Reach> NoLambdas = [];

    private readonly Dictionary<string, Reach> _reached = new(StringComparer.Ordinal);
    private readonly Queue<Reach> _queue = new();
    private readonly SourceMembers _members;
    private readonly Func<MemberKey, BodyCalls> _callsOf;
    private readonly StoredDelegateOwners _storedDelegateOwners;

    // Lambdas run through stored delegates: by the key id of the member whose code holds them, then by their span.
    private readonly Dictionary<string, Dictionary<TextSpan, Reach>> _lambdas = new(StringComparer.Ordinal);
    private readonly Dictionary<Reach, BodyCalls> _lambdaCalls = [];

    // What each constructor or initializer stores, asked once per walk: in build mode every ask would compute it again.
    private readonly Dictionary<string, ImmutableArray<StoredValue>> _stores = new(StringComparer.Ordinal);

    private HandlerCodeIndex(SourceMembers members, Func<MemberKey, BodyCalls> callsOf, CancellationToken cancellationToken)
    {
        _members = members;
        _callsOf = callsOf;
        _storedDelegateOwners = new StoredDelegateOwners(members, cancellationToken);
        var handlers = HandlerMethods.For(members.Compilation, cancellationToken);
        if (handlers.Attribute is not { } attribute)
        {
            return;
        }

        var roots = handlers.All
            .Select(m => new HandlerRoot(m, HandlerMethods.NameOf(m, attribute)!, HandlerMethods.TimeoutOf(m, attribute)))
            .OrderBy(r => r.TimeoutSeconds ?? int.MaxValue);
        foreach (var root in roots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reach = new Reach(members.KeyOf(Key(root.Method)), null, root, perInvocation: true);
            _reached[reach.Member.Id] = reach;
            _queue.Enqueue(reach);
            Follow(BodyCalls.OfHandler(root.Method, members, cancellationToken), reach);
            while (_queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var next = _queue.Dequeue();
                Follow(_lambdaCalls.TryGetValue(next, out var lambda) ? lambda : callsOf(next.Member), next);
            }
        }
    }

    /// <summary>
    /// Live (the IDE): walks the graph once per compilation, binding what no earlier compilation of the project already
    /// turned into <see cref="BodyCalls"/> (<see cref="LiveCallCache"/>), so that a single file can be judged without
    /// the rest having been analysed, and an edit costs the bodies it changed. Concurrent callers wait for one walk;
    /// a cancelled walk leaves what it learnt in the cache and the next caller goes on from there.
    /// </summary>
    public static HandlerCodeIndex Bind(Compilation compilation, CancellationToken cancellationToken)
    {
        var gate = Live.GetValue(compilation, static _ => new Gate());
        if (gate.Index is { } done)
        {
            return done;
        }

        gate.Lock.Wait(cancellationToken);
        try
        {
            return gate.Index ??= Walk(compilation, cancellationToken);
        }
        finally
        {
            gate.Lock.Release();
        }
    }

    /// <summary>
    /// At the end of a command-line build: walks the graph over the bodies the compiler already bound and handed to
    /// the analyzer, binding nothing again. Keys are <see cref="Key"/>s.
    /// </summary>
    public static HandlerCodeIndex FromBodies(SourceMembers members, IReadOnlyDictionary<ISymbol, System.Collections.Immutable.ImmutableArray<IOperation>> bodies, CancellationToken cancellationToken) =>
        new(members, member => members.SymbolOf(member) is { } symbol && bodies.TryGetValue(symbol, out var blocks)
            ? BodyCalls.Of(blocks, members, cancellationToken)
            : BodyCalls.None, cancellationToken);

    /// <summary>The walk itself, over calls from anywhere: what <see cref="Bind"/> and <see cref="FromBodies"/> run, and what tests drive.</summary>
    internal static HandlerCodeIndex Over(SourceMembers members, Func<MemberKey, BodyCalls> callsOf, CancellationToken cancellationToken) =>
        new(members, callsOf, cancellationToken);

    /// <summary>How handler code reaches the member that owns a body (a method, accessor, constructor or initialized field/property); null when it does not.</summary>
    public Reach? Find(ISymbol owner) => _reached.TryGetValue(_members.KeyOf(Key(owner)).Id, out var reach) ? reach : null;

    /// <summary>
    /// The lambdas in the body of <paramref name="owner"/> (a constructor or an initialized field or property) that
    /// handler code runs through a stored delegate, by the lambda's span, each with its own reach.
    /// </summary>
    public IReadOnlyDictionary<TextSpan, Reach> DelegatesIn(ISymbol owner) =>
        _lambdas.TryGetValue(_members.KeyOf(Key(owner)).Id, out var lambdas) ? lambdas : NoLambdas;

    /// <summary>One key per member: the generic definition, the reduced extension's definition, a partial method's declaration.</summary>
    public static ISymbol Key(ISymbol symbol)
    {
        if (symbol is IMethodSymbol method)
        {
            method = method.ReducedFrom ?? method;
            method = method.OriginalDefinition;
            return method.PartialDefinitionPart ?? method;
        }

        return symbol.OriginalDefinition;
    }

    private static HandlerCodeIndex Walk(Compilation compilation, CancellationToken cancellationToken)
    {
        var cache = LiveCallCache.For(compilation, cancellationToken);
        while (true)
        {
            var members = new SourceMembers(compilation);
            var binder = new BodyBinder(compilation);
            var stale = false;
            var index = new HandlerCodeIndex(members, member =>
            {
                if (stale)
                {
                    return BodyCalls.None;
                }

                var calls = cache.CallsOf(member, members, binder, cancellationToken);
                stale = calls is null;
                return calls ?? BodyCalls.None;
            }, cancellationToken);
            if (!stale)
            {
                return index;
            }

            // A kept call named a member this compilation cannot find: start over without what earlier ones learnt.
            cache = LiveCallCache.Reset(compilation);
        }
    }

    private void Follow(BodyCalls calls, Reach from)
    {
        foreach (var step in calls.Steps)
        {
            if (step.StoredDelegate)
            {
                RunStoredDelegate(step.Target, from);
            }
            else
            {
                Visit(step.Target, from, step.PerInvocation, step.Edge);
            }
        }
    }

    /// <summary>
    /// <c>_factory()</c>, where <c>_factory</c> is a field or property set only in its type's constructors or initializers:
    /// the lambdas and methods those store there run here (<see cref="StoredDelegates"/>).
    /// </summary>
    private void RunStoredDelegate(MemberKey member, Reach from)
    {
        foreach (var owner in _storedDelegateOwners.Of(member))
        {
            if (!_stores.TryGetValue(owner.Id, out var stores))
            {
                _stores[owner.Id] = stores = _callsOf(owner).Stores;
            }

            foreach (var stored in stores)
            {
                if (!stored.Into.Equals(member))
                {
                    continue;
                }

                switch (stored)
                {
                    case StoredMethod method:
                        foreach (var step in method.Steps)
                        {
                            Visit(step.Target, from, step.PerInvocation, step.Edge);
                        }

                        break;
                    case StoredLambda lambda:
                        ReachLambda(owner, lambda, from);
                        break;
                }
            }
        }
    }

    /// <summary>Walks a stored lambda, declared in <paramref name="owner"/>'s code, as code reached from <paramref name="from"/>.</summary>
    private void ReachLambda(MemberKey owner, StoredLambda lambda, Reach from)
    {
        if (!_lambdas.TryGetValue(owner.Id, out var lambdas))
        {
            _lambdas[owner.Id] = lambdas = [];
        }

        if (lambdas.TryGetValue(lambda.Span, out var existing) && (existing.PerInvocation || !from.PerInvocation))
        {
            return;
        }

        var reach = new Reach(MemberKey.OfLambda(owner, lambda.Span), from, from.Handler, from.PerInvocation, lambda.Edge);
        lambdas[lambda.Span] = reach;
        _lambdaCalls[reach] = lambda.Calls;
        _queue.Enqueue(reach);
    }

    private void Visit(MemberKey member, Reach from, bool? perInvocation, ReachEdge? edge)
    {
        var runsPerInvocation = perInvocation ?? from.PerInvocation;
        if (_reached.TryGetValue(member.Id, out var existing) && (existing.PerInvocation || !runsPerInvocation))
        {
            return;
        }

        // First reach, or a member so far known to run once that also runs per invocation: walk it (again) as such.
        var reach = new Reach(member, from, from.Handler, runsPerInvocation, edge);
        _reached[member.Id] = reach;
        _queue.Enqueue(reach);
    }

    private sealed class Gate
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public HandlerCodeIndex? Index { get; set; }
    }
}
