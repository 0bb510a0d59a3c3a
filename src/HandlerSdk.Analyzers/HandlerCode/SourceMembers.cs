using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// The source members of one compilation as the walk sees them: which symbols are in source, their
/// <see cref="MemberKey"/>s and back, what initializes a type, and what implements a virtual member. Safe to share
/// between the threads of one compilation's analysis; held only while that analysis runs.
/// </summary>
internal sealed class SourceMembers(Compilation compilation)
{
    private readonly ConcurrentDictionary<ISymbol, MemberKey> _keys = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, ISymbol> _symbols = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<ISymbol>> _staticInitialization = new(SymbolEqualityComparer.Default);
    private readonly object _implementationsGate = new();
    private ImplementationMap? _implementations;

    public Compilation Compilation { get; } = compilation;

    public bool IsInSource(ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, Compilation.Assembly) && symbol.Locations.Any(l => l.IsInSource);

    /// <summary>The key of a member that is already a <see cref="HandlerCodeIndex.Key"/>.</summary>
    public MemberKey KeyOf(ISymbol member)
    {
        if (_keys.TryGetValue(member, out var known))
        {
            return known;
        }

        var key = MemberKey.Of(member);
        _symbols.TryAdd(key.Id, member);
        return _keys.GetOrAdd(member, key);
    }

    /// <summary>
    /// The member of this compilation that <paramref name="key"/> names: known when a body of this compilation
    /// reached it, else looked up by its id (a key a body of an earlier compilation wrote); null when nothing matches.
    /// </summary>
    public ISymbol? SymbolOf(MemberKey key)
    {
        if (_symbols.TryGetValue(key.Id, out var known))
        {
            return known;
        }

        var at = key.Id.LastIndexOf('@');
        var id = at < 0 ? key.Id : key.Id.Substring(0, at);
        var found = DocumentationCommentId.GetSymbolsForDeclarationId(id, Compilation)
            .Select(HandlerCodeIndex.Key)
            .FirstOrDefault(s => string.Equals(KeyOf(s).Id, key.Id, System.StringComparison.Ordinal));
        return found;
    }

    /// <summary>The static field and property initializers and the static constructor of a source type.</summary>
    public ImmutableArray<ISymbol> StaticInitialization(INamedTypeSymbol type) => _staticInitialization.GetOrAdd(type, static t =>
        t.GetMembers().Where(m => m.IsStatic && HasInitializer(m)).Concat(t.StaticConstructors).ToImmutableArray());

    /// <summary>What implements or overrides the source members of this compilation; built on first need.</summary>
    public ImplementationMap Implementations(CancellationToken cancellationToken)
    {
        lock (_implementationsGate)
        {
            return _implementations ??= new ImplementationMap(Compilation, cancellationToken);
        }
    }

    public static bool HasInitializer(ISymbol member) => member switch
    {
        IFieldSymbol { IsImplicitlyDeclared: false } field => field.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is VariableDeclaratorSyntax { Initializer: not null }),
        IPropertySymbol property => property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null }),
        _ => false,
    };
}
