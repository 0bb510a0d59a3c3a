using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// The <see cref="BodyCalls"/> of the bodies the live walk has bound, kept from one compilation of a project to the next
/// while that is sound: the IDE makes a new compilation on every edit, and an edit inside a body changes nothing about
/// what the other bodies call. A body's calls are reused when every syntax tree it was bound from is still in the
/// compilation (the same tree object: its text did not change) and no declaration of the project changed in between
/// (same options and references, and every changed tree equal to its previous version outside bodies and
/// initializers). Otherwise the next walk starts over.
/// </summary>
/// <remarks>
/// Holds no symbol, operation or semantic model: only the calls, as member keys, and the syntax trees they came from.
/// Each project's latest compilation is remembered by what <see cref="SameDeclarations"/> compares (options, references,
/// syntax trees), not by the compilation, which the analyzer driver clones and the IDE drops on the next edit: those
/// trees and references are the ones the IDE's current compilation holds anyway, but for the one file last edited.
/// </remarks>
internal sealed class LiveCallCache
{
    private static readonly ConditionalWeakTable<Compilation, LiveCallCache> ByCompilation = new();
    private static readonly ConcurrentDictionary<string, Snapshot> Latest = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Entry> _bodies;

    private LiveCallCache(ConcurrentDictionary<string, Entry> bodies) => _bodies = bodies;

    /// <summary>How many bodies this cache knows the calls of (for tests).</summary>
    public int Count => _bodies.Count;

    /// <summary>The cache of <paramref name="compilation"/>: its predecessor's when their declarations are the same, else a new one.</summary>
    public static LiveCallCache For(Compilation compilation, CancellationToken cancellationToken)
    {
        if (ByCompilation.TryGetValue(compilation, out var known))
        {
            return known;
        }

        var project = compilation.AssemblyName ?? string.Empty;
        var inherited = Latest.TryGetValue(project, out var previous) && SameDeclarations(previous, compilation, cancellationToken)
            ? previous.Bodies
            : new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        var cache = ByCompilation.GetValue(compilation, _ => new LiveCallCache(inherited));
        Latest[project] = new Snapshot(compilation.Options, [.. compilation.References], [.. compilation.SyntaxTrees], cache._bodies);
        return cache;
    }

    /// <summary>Starts this compilation over with an empty cache: a kept call named a member this compilation no longer has.</summary>
    public static LiveCallCache Reset(Compilation compilation)
    {
        ByCompilation.Remove(compilation);
        var cache = ByCompilation.GetValue(compilation, _ => new LiveCallCache(new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal)));
        Latest[compilation.AssemblyName ?? string.Empty] = new Snapshot(compilation.Options, [.. compilation.References], [.. compilation.SyntaxTrees], cache._bodies);
        return cache;
    }

    /// <summary>The calls of <paramref name="member"/>'s bodies, reused or bound now; null when the member cannot be found in this compilation.</summary>
    public BodyCalls? CallsOf(MemberKey member, SourceMembers members, BodyBinder binder, CancellationToken cancellationToken)
    {
        var compilation = members.Compilation;
        if (_bodies.TryGetValue(member.Id, out var entry) && entry.Trees.All(compilation.ContainsSyntaxTree))
        {
            return entry.Calls;
        }

        if (members.SymbolOf(member) is not { } symbol)
        {
            return null;
        }

        var (bodies, trees) = binder.Bind(symbol, cancellationToken);
        var calls = BodyCalls.Of(bodies, members, cancellationToken);
        _bodies[member.Id] = new Entry(calls, trees);
        return calls;
    }

    /// <summary>
    /// Whether <paramref name="current"/> declares exactly what <paramref name="previous"/> does: same options and
    /// references, the same syntax trees in the same order, each the same object or, for an edited file, equal outside
    /// bodies and initializers (<see cref="SyntaxTree.IsEquivalentTo"/> at top level) and with the same members having
    /// initializers (top-level equivalence ignores whether a field has one, which decides what initializing its type runs).
    /// </summary>
    private static bool SameDeclarations(Snapshot previous, Compilation current, CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(previous.Options, current.Options) && !previous.Options.Equals(current.Options) ||
            !previous.References.SequenceEqual(current.References))
        {
            return false;
        }

        using var before = ((IEnumerable<SyntaxTree>)previous.Trees).GetEnumerator();
        using var after = current.SyntaxTrees.GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var more = before.MoveNext();
            if (more != after.MoveNext())
            {
                return false;
            }

            if (!more)
            {
                return true;
            }

            var a = before.Current;
            var b = after.Current;
            if (!ReferenceEquals(a, b) && (!string.Equals(a.FilePath, b.FilePath, StringComparison.Ordinal) ||
                !a.IsEquivalentTo(b, topLevel: true) || !InitializedMembers(a, cancellationToken).SequenceEqual(InitializedMembers(b, cancellationToken))))
            {
                return false;
            }
        }
    }

    private static IEnumerable<bool> InitializedMembers(SyntaxTree tree, CancellationToken cancellationToken) =>
        tree.GetRoot(cancellationToken)
            .DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax or BaseFieldDeclarationSyntax or VariableDeclarationSyntax)
            .Select(static n => n switch
            {
                VariableDeclaratorSyntax variable => (bool?)(variable.Initializer is not null),
                PropertyDeclarationSyntax property => property.Initializer is not null,
                _ => null,
            })
            .Where(static initialized => initialized.HasValue)
            .Select(static initialized => initialized!.Value);

    private sealed record Entry(BodyCalls Calls, ImmutableArray<SyntaxTree> Trees);

    /// <summary>What a project's latest compilation declared, and the calls learnt under it.</summary>
    private sealed record Snapshot(CompilationOptions Options, ImmutableArray<MetadataReference> References, ImmutableArray<SyntaxTree> Trees, ConcurrentDictionary<string, Entry> Bodies);
}
