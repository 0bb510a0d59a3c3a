using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// One body of handler code, as the rules see it: its operation blocks (a method body, a constructor with its
/// initializer, a field or property initializer), how handler code reaches it, and where diagnostics go. The same
/// whether the body was handed over live, file by file, or collected for the end of a command-line build. A lambda
/// that handler code runs through a stored delegate is a body of its own (<see cref="ForBlocks"/>), with its own reach.
/// </summary>
internal sealed class HandlerBody(ISymbol owner, ImmutableArray<IOperation> blocks, Reach reach, HandlerCodeSettings settings, Compilation compilation, Action<Diagnostic> report, IReadOnlyList<IOperation>? excluded = null)
{
    private IReadOnlyList<IOperation>? _operations;

    /// <summary>The member that owns the body.</summary>
    public ISymbol Owner { get; } = owner;

    public Reach Reach { get; } = reach;

    public HandlerCodeSettings Settings { get; } = settings;

    public Compilation Compilation { get; } = compilation;

    /// <summary>Every operation of the body, lambdas and local functions included, in source order; computed once.</summary>
    public IReadOnlyList<IOperation> Operations => _operations ??= blocks.SelectMany(b => b.DescendantsAndSelf()).Where(o => !IsExcluded(o)).ToList();

    /// <summary>
    /// The bodies to judge in a member's operation blocks: the member's own, when handler code reaches it, and each
    /// lambda in it that handler code runs through a stored delegate, with that reach, unless the member's own reach
    /// already runs per invocation and the delegate's does not.
    /// </summary>
    public static IEnumerable<HandlerBody> ForBlocks(
        ISymbol owner, ImmutableArray<IOperation> blocks, Reach? reach, IReadOnlyDictionary<Microsoft.CodeAnalysis.Text.TextSpan, Reach> delegates,
        HandlerCodeSettings settings, Compilation compilation, Action<Diagnostic> report)
    {
        var split = new List<IOperation>();
        if (delegates.Count > 0)
        {
            foreach (var lambda in blocks.SelectMany(b => b.Descendants()).OfType<IAnonymousFunctionOperation>())
            {
                if (delegates.TryGetValue(lambda.Syntax.Span, out var called) && (called.PerInvocation || reach is not { PerInvocation: true }) &&
                    !split.Any(outer => outer.Syntax.Span.Contains(lambda.Syntax.Span)))
                {
                    split.Add(lambda);
                    yield return new HandlerBody(owner, ImmutableArray.Create<IOperation>(lambda), called, settings, compilation, report);
                }
            }
        }

        if (reach is not null)
        {
            yield return new HandlerBody(owner, blocks, reach, settings, compilation, report, split);
        }
    }

    private bool IsExcluded(IOperation operation) =>
        excluded is { Count: > 0 } && excluded.Any(e => e.Syntax.SyntaxTree == operation.Syntax.SyntaxTree && e.Syntax.Span.Contains(operation.Syntax.Span));

    public void Report(Diagnostic diagnostic) => report(diagnostic);
}
