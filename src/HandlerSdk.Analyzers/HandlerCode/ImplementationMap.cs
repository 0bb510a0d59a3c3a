using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// For interface, abstract and virtual methods declared in source, the source methods that implement or override
/// them, so that a call through <c>IOrderStore.Load</c> reaches <c>SqlOrderStore.Load</c>. Built in one pass over the
/// compilation's types, on first need. Members declared in referenced assemblies (<c>IDisposable.Dispose</c>,
/// <c>object.ToString</c>) are left out: following them would reach every implementation in the project.
/// </summary>
internal sealed class ImplementationMap
{
    private readonly Dictionary<IMethodSymbol, List<IMethodSymbol>> _implementations = new(SymbolEqualityComparer.Default);

    public ImplementationMap(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { IsOverride: true } method)
                {
                    for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                    {
                        Add(overridden, method, compilation);
                    }
                }
            }

            foreach (var @interface in type.AllInterfaces)
            {
                if (!SymbolEqualityComparer.Default.Equals(@interface.ContainingAssembly, compilation.Assembly))
                {
                    continue;
                }

                foreach (var member in @interface.GetMembers())
                {
                    if (member is IMethodSymbol interfaceMethod && type.FindImplementationForInterfaceMember(interfaceMethod) is IMethodSymbol implementation)
                    {
                        Add(interfaceMethod, implementation, compilation);
                    }
                    else if (member is IPropertySymbol interfaceProperty && type.FindImplementationForInterfaceMember(interfaceProperty) is IPropertySymbol property)
                    {
                        AddAccessor(interfaceProperty.GetMethod, property.GetMethod, compilation);
                        AddAccessor(interfaceProperty.SetMethod, property.SetMethod, compilation);
                    }
                }
            }
        }
    }

    public IReadOnlyList<IMethodSymbol> Of(IMethodSymbol method) =>
        _implementations.TryGetValue(method.OriginalDefinition, out var found) ? found : [];

    private void AddAccessor(IMethodSymbol? declared, IMethodSymbol? implementation, Compilation compilation)
    {
        if (declared is not null && implementation is not null)
        {
            Add(declared, implementation, compilation);
        }
    }

    private void Add(IMethodSymbol declared, IMethodSymbol implementation, Compilation compilation)
    {
        if (!SymbolEqualityComparer.Default.Equals(declared.ContainingAssembly, compilation.Assembly))
        {
            return;
        }

        var key = declared.OriginalDefinition;
        if (!_implementations.TryGetValue(key, out var list))
        {
            _implementations[key] = list = [];
        }

        list.Add(implementation.OriginalDefinition);
    }

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                foreach (var type in SourceTypes(inner))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                foreach (var nested in WithNested(type))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
    {
        yield return type;
        foreach (var nested in type.GetTypeMembers())
        {
            foreach (var inner in WithNested(nested))
            {
                yield return inner;
            }
        }
    }
}
