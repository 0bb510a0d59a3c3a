using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.Generators.Analyzers;

/// <summary>
/// How many <c>[LambdaHandler]</c> methods of the compilation answer to each handler name. Built once per compilation,
/// on first use, so that HSDK0005 and HSDK0006 can be reported while a single file is analysed (live in the IDE)
/// instead of at compilation end. Candidates are found by syntax (an attribute named LambdaHandler) and confirmed
/// by symbol, so only methods that look like handlers are ever bound.
/// </summary>
internal sealed class HandlerNameIndex
{
    private readonly Dictionary<string, int> _counts;

    private HandlerNameIndex(Dictionary<string, int> counts) => _counts = counts;

    /// <summary>Whether the compilation has any handler at all.</summary>
    public bool HasHandlers => _counts.Count > 0;

    public int Count(string name) => _counts.TryGetValue(name, out var count) ? count : 0;

    public static HandlerNameIndex Build(Compilation compilation, INamedTypeSymbol attribute, CancellationToken cancellationToken)
    {
        var candidateNames = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var root = tree.GetRoot(cancellationToken);
            foreach (var method in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<MethodDeclarationSyntax>())
            {
                if (method.AttributeLists.SelectMany(l => l.Attributes).Any(a => IsLambdaHandlerName(a.Name)))
                {
                    candidateNames.Add(method.Identifier.ValueText);
                }
            }
        }

        var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
        if (candidateNames.Count == 0)
        {
            return new HandlerNameIndex(counts);
        }

        foreach (var method in compilation.GetSymbolsWithName(candidateNames.Contains, SymbolFilter.Member, cancellationToken).OfType<IMethodSymbol>())
        {
            if (NameOf(method, attribute) is { } name)
            {
                counts[name] = counts.TryGetValue(name, out var count) ? count + 1 : 1;
            }
        }

        return new HandlerNameIndex(counts);
    }

    /// <summary>The name a <c>[LambdaHandler]</c> method is dispatched by (its <c>Name</c>, else the method name); null for other methods.</summary>
    public static string? NameOf(IMethodSymbol method, INamedTypeSymbol attribute)
    {
        var data = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
        if (data is null)
        {
            return null;
        }

        return data.NamedArguments.FirstOrDefault(a => a.Key == "Name").Value.Value is string { Length: > 0 } name ? name : method.Name;
    }

    private static bool IsLambdaHandlerName(NameSyntax name)
    {
        var simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right,
            AliasQualifiedNameSyntax alias => alias.Name,
            SimpleNameSyntax plain => plain,
            _ => null,
        };
        return simple?.Identifier.ValueText is "LambdaHandler" or "LambdaHandlerAttribute";
    }
}
