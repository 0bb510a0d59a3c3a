using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.Analyzers;

/// <summary>
/// The <c>[LambdaHandler]</c> methods of a compilation, found once per compilation on first use, so that rules that
/// need every handler (HSDK0005, HSDK0006, the handler-code rules) can still report while a single file is analysed,
/// live in the IDE, instead of at compilation end. Candidates are found by syntax (an attribute named LambdaHandler)
/// and confirmed by symbol, so only methods that look like handlers are ever bound.
/// </summary>
/// <remarks>Shared with the generator (linked into HandlerSdk.Generators), whose HSDK0005 and HSDK0006 need it too.</remarks>
internal sealed class HandlerMethods
{
    // One search per compilation: concurrent first callers wait for it instead of each doing their own.
    private static readonly ConditionalWeakTable<Compilation, Gate> Cache = new();

    /// <summary>The metadata name of <c>[LambdaHandler]</c>.</summary>
    public const string AttributeName = "HandlerSdk.LambdaHandlerAttribute";

    private readonly Dictionary<string, int> _nameCounts = new(System.StringComparer.Ordinal);

    private HandlerMethods(Compilation compilation, CancellationToken cancellationToken)
    {
        Attribute = compilation.GetTypeByMetadataName(AttributeName);
        if (Attribute is null)
        {
            return;
        }

        var roots = compilation.SyntaxTrees.Select(t => t.GetRoot(cancellationToken)).ToList();
        // using LH = HandlerSdk.LambdaHandlerAttribute; [LH] … : the alias names count too (global ones from any file).
        var names = new HashSet<string>(System.StringComparer.Ordinal) { "LambdaHandler", "LambdaHandlerAttribute" };
        foreach (var alias in roots.SelectMany(r => r.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>()))
        {
            if (alias.Alias is { } name && alias.NamespaceOrType is NameSyntax target && names.Contains(RightmostName(target)))
            {
                names.Add(name.Name.Identifier.ValueText);
            }
        }

        var candidateNames = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var root in roots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var method in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<MethodDeclarationSyntax>())
            {
                if (method.AttributeLists.SelectMany(l => l.Attributes).Any(a => names.Contains(RightmostName(a.Name))))
                {
                    candidateNames.Add(method.Identifier.ValueText);
                }
            }
        }

        if (candidateNames.Count == 0)
        {
            return;
        }

        var handlers = ImmutableArray.CreateBuilder<IMethodSymbol>();
        foreach (var method in compilation.GetSymbolsWithName(candidateNames.Contains, SymbolFilter.Member, cancellationToken).OfType<IMethodSymbol>())
        {
            if (NameOf(method, Attribute) is { } name)
            {
                handlers.Add(method);
                _nameCounts[name] = _nameCounts.TryGetValue(name, out var count) ? count + 1 : 1;
            }
        }

        All = handlers.ToImmutable();
    }

    /// <summary><c>HandlerSdk.LambdaHandlerAttribute</c>, or null when the compilation does not reference HandlerSdk.</summary>
    public INamedTypeSymbol? Attribute { get; }

    /// <summary>Every method marked <c>[LambdaHandler]</c>, valid or not.</summary>
    public ImmutableArray<IMethodSymbol> All { get; } = ImmutableArray<IMethodSymbol>.Empty;

    public static HandlerMethods For(Compilation compilation) => For(compilation, CancellationToken.None);

    /// <summary>The handlers of <paramref name="compilation"/>, searched once; a cancelled search is left for the next caller to do.</summary>
    public static HandlerMethods For(Compilation compilation, CancellationToken cancellationToken)
    {
        var gate = Cache.GetValue(compilation, static _ => new Gate());
        if (gate.Found is { } found)
        {
            return found;
        }

        gate.Lock.Wait(cancellationToken);
        try
        {
            return gate.Found ??= new HandlerMethods(compilation, cancellationToken);
        }
        finally
        {
            gate.Lock.Release();
        }
    }

    /// <summary>How many handlers answer to <paramref name="name"/>.</summary>
    public int Count(string name) => _nameCounts.TryGetValue(name, out var count) ? count : 0;

    /// <summary>The <c>[LambdaHandler]</c> attribute of <paramref name="method"/>, if it has one.</summary>
    public static AttributeData? AttributeOf(IMethodSymbol method, INamedTypeSymbol attribute) =>
        method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));

    /// <summary>The name a <c>[LambdaHandler]</c> method is dispatched by (its <c>Name</c>, else the method name); null for other methods.</summary>
    public static string? NameOf(IMethodSymbol method, INamedTypeSymbol attribute) =>
        AttributeOf(method, attribute) is not { } data ? null : NameOf(method, data);

    /// <summary>The name a handler is dispatched by, given its <c>[LambdaHandler]</c> attribute: its <c>Name</c>, else the method name.</summary>
    public static string NameOf(IMethodSymbol method, AttributeData attribute) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == "Name").Value.Value is string { Length: > 0 } name ? name : method.Name;

    /// <summary>The handler's <c>TimeoutSeconds</c>, or null when it does not set one.</summary>
    public static int? TimeoutOf(IMethodSymbol method, INamedTypeSymbol attribute) =>
        AttributeOf(method, attribute)?.NamedArguments.FirstOrDefault(a => a.Key == "TimeoutSeconds").Value.Value is int seconds and > 0 ? seconds : null;

    private static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax plain => plain.Identifier.ValueText,
        _ => string.Empty,
    };

    private sealed class Gate
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public HandlerMethods? Found { get; set; }
    }
}
