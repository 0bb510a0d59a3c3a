using HandlerSdk.Generators.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Generators.Analyzers.Pitfalls;

/// <summary>
/// A client made per invocation (HSDK1202): <c>new HttpClient()</c>, <c>new HttpClientHandler()</c>,
/// <c>new SocketsHttpHandler()</c>, or an AWS SDK service client (a type deriving from
/// <c>Amazon.Runtime.AmazonServiceClient</c>, matched by name since the SDK cannot be referenced here). Creations in
/// code that runs once per execution environment, and creations stored straight into a field or property
/// (<c>_client ??= new HttpClient()</c>), are left alone.
/// </summary>
internal static class PerInvocationClient
{
    /// <summary>The created client type's name, or null when the creation is fine.</summary>
    public static string? Find(IObjectCreationOperation creation, Reach reach, HandlerCodeSymbols symbols)
    {
        if (!reach.PerInvocation || creation.Type is not INamedTypeSymbol type || !IsClient(type, symbols) || IsStoredInMember(creation))
        {
            return null;
        }

        return type.Name;
    }

    private static bool IsClient(INamedTypeSymbol type, HandlerCodeSymbols symbols)
    {
        if (HandlerCodeSymbols.DerivesFrom(type, symbols.HttpClient) || HandlerCodeSymbols.DerivesFrom(type, symbols.HttpClientHandler) ||
            HandlerCodeSymbols.DerivesFrom(type, symbols.SocketsHttpHandler))
        {
            return true;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name == "AmazonServiceClient" && current.ContainingNamespace?.ToDisplayString() == "Amazon.Runtime")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStoredInMember(IOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            creation = parent;
            parent = parent.Parent;
        }

        return parent is IAssignmentOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation } assignment && assignment.Value == creation ||
            parent is ICoalesceAssignmentOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation } coalesce && coalesce.Value == creation;
    }
}
