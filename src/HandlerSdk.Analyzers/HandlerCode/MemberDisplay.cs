using Microsoft.CodeAnalysis;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>Short names for the steps of a handler path: <c>OrderStore.Load</c>, <c>new OrderStore</c>, <c>File.ReadAllText</c>.</summary>
internal static class MemberDisplay
{
    public static string Of(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => "new " + constructor.ContainingType.Name,
        IMethodSymbol { MethodKind: MethodKind.StaticConstructor } constructor => constructor.ContainingType.Name + " (static constructor)",
        IMethodSymbol { MethodKind: MethodKind.PropertySet, AssociatedSymbol: { } property } => TypeDotName(property) + " (set)",
        IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet, AssociatedSymbol: { } property } => TypeDotName(property),
        IFieldSymbol or IPropertySymbol => TypeDotName(member) + " (initializer)",
        _ => TypeDotName(member),
    };

    /// <summary><c>Type.Member</c>, without namespaces or type arguments.</summary>
    public static string TypeDotName(ISymbol member) =>
        member.ContainingType is { } type ? type.Name + "." + member.Name : member.Name;
}
