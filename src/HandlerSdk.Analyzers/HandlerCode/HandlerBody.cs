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
/// whether the body was handed over live, file by file, or collected for the end of a command-line build.
/// </summary>
internal sealed class HandlerBody(ISymbol owner, ImmutableArray<IOperation> blocks, Reach reach, HandlerCodeSettings settings, Compilation compilation, Action<Diagnostic> report)
{
    private IReadOnlyList<IOperation>? _operations;

    /// <summary>The member that owns the body.</summary>
    public ISymbol Owner { get; } = owner;

    public Reach Reach { get; } = reach;

    public HandlerCodeSettings Settings { get; } = settings;

    public Compilation Compilation { get; } = compilation;

    /// <summary>Every operation of the body, lambdas and local functions included, in source order; computed once.</summary>
    public IReadOnlyList<IOperation> Operations => _operations ??= blocks.SelectMany(b => b.DescendantsAndSelf()).ToList();

    public void Report(Diagnostic diagnostic) => report(diagnostic);
}
