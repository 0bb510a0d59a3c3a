using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// One body of handler code, as the rules see it: its operation blocks (a method body, a constructor with its
/// initializer, a field or property initializer), how handler code reaches it, and where diagnostics go. The same
/// whether the body was handed over live, file by file, or collected for the end of a command-line build. A lambda
/// that handler code runs through a stored delegate is a body of its own (<see cref="ForBlocks"/>), with its own reach.
/// </summary>
internal sealed class HandlerBody(
    ISymbol owner, ImmutableArray<IOperation> blocks, Reach reach, HandlerCodeSettings settings, Compilation compilation, Action<Diagnostic> report,
    CancellationToken cancellationToken, IReadOnlyList<IOperation>? excluded = null)
{
    private IReadOnlyList<IOperation>? _operations;

    /// <summary>The member that owns the body.</summary>
    public ISymbol Owner { get; } = owner;

    public Reach Reach { get; } = reach;

    public HandlerCodeSettings Settings { get; } = settings;

    public Compilation Compilation { get; } = compilation;

    /// <summary>
    /// Every operation of the body, lambdas and local functions included (less the lambdas split off as bodies of their
    /// own), in source order; computed once. Going through them checks the analysis' cancellation token, so every rule's
    /// loop over a long body stops when the IDE cancels.
    /// </summary>
    public IReadOnlyList<IOperation> Operations => _operations ??=
        new CancellableOperations(blocks.SelectMany(b => b.DescendantsAndSelf()).Where(o => !IsExcluded(o)).ToList(), CancellationToken);

    /// <summary>The analysis' cancellation token.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>
    /// The bodies to judge in a member's operation blocks: the member's own, when handler code reaches it, and each
    /// lambda in it that handler code runs through a stored delegate, with that reach, unless the member's own reach
    /// already runs per invocation and the delegate's does not.
    /// </summary>
    public static IEnumerable<HandlerBody> ForBlocks(
        ISymbol owner, ImmutableArray<IOperation> blocks, Reach? reach, IReadOnlyDictionary<Microsoft.CodeAnalysis.Text.TextSpan, Reach> delegates,
        HandlerCodeSettings settings, Compilation compilation, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var split = new List<IOperation>();
        if (delegates.Count > 0)
        {
            foreach (var lambda in blocks.SelectMany(b => b.Descendants()).OfType<IAnonymousFunctionOperation>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (delegates.TryGetValue(lambda.Syntax.Span, out var called) && (called.PerInvocation || reach is not { PerInvocation: true }) &&
                    !split.Any(outer => outer.Syntax.Span.Contains(lambda.Syntax.Span)))
                {
                    split.Add(lambda);
                    yield return new HandlerBody(owner, ImmutableArray.Create<IOperation>(lambda), called, settings, compilation, report, cancellationToken);
                }
            }
        }

        if (reach is not null)
        {
            yield return new HandlerBody(owner, blocks, reach, settings, compilation, report, cancellationToken, split);
        }
    }

    private bool IsExcluded(IOperation operation) =>
        excluded is { Count: > 0 } && excluded.Any(e => e.Syntax.SyntaxTree == operation.Syntax.SyntaxTree && e.Syntax.Span.Contains(operation.Syntax.Span));

    public void Report(Diagnostic diagnostic) => report(diagnostic);
}

/// <summary>A list whose enumerator checks a cancellation token every 128 items.</summary>
internal sealed class CancellableOperations(List<IOperation> operations, CancellationToken cancellationToken) : IReadOnlyList<IOperation>
{
    public int Count => operations.Count;

    public IOperation this[int index] => operations[index];

    public IEnumerator<IOperation> GetEnumerator()
    {
        for (var i = 0; i < operations.Count; i++)
        {
            if ((i & 127) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return operations[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
