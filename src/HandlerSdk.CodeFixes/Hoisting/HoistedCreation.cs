using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.CodeFixes.Hoisting;

/// <summary>
/// A client creation (HSDK1202) that can move into a static readonly field of its type, and the statement shape it
/// sits in. Null from <see cref="Find"/> when the move would not compile or would break the program: the creation
/// reads locals, parameters, <c>this</c> or method type parameters (a static field initializer has none of them),
/// holds a lambda, <c>await</c> or <c>out var</c>; it is handed straight to an <c>HttpMessageInvoker</c>
/// (<c>new HttpClient(new HttpClientHandler())</c>), which disposes its handler (fix the outer creation instead); it
/// is disposed as the resource of <c>using (new HttpClient())</c>, or as a local that the code disposes itself, or
/// declared by a <c>using</c> with several variables; the type it is in is an interface; or the code changes the client
/// after creating it (<see cref="ClientMutations"/>: per-call headers, <c>BaseAddress</c>, <c>Timeout</c>), which a shared
/// client would turn into state shared by every invocation.
/// </summary>
/// <param name="Creation">The creation, in the original tree.</param>
/// <param name="Type">The created type, also the field's type.</param>
/// <param name="Container">The type declaration the field goes into.</param>
/// <param name="Local">The statement that declares a local from the creation (<c>using var c = new HttpClient();</c>, <c>using (var c = …) { }</c>, <c>var c = …;</c>), else null.</param>
internal sealed record HoistedCreation(BaseObjectCreationExpressionSyntax Creation, INamedTypeSymbol Type, TypeDeclarationSyntax Container, StatementSyntax? Local)
{
    /// <summary>Equal for creations of the same type with the same arguments and initializer, which may share a field.</summary>
    public string Key { get; } = Type.ToDisplayString() + Text(Creation.ArgumentList) + Text(Creation.Initializer);

    public static HoistedCreation? Find(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        if (node is not BaseObjectCreationExpressionSyntax creation ||
            model.GetTypeInfo(creation, cancellationToken).Type is not INamedTypeSymbol type ||
            creation.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } container || container is InterfaceDeclarationSyntax ||
            model.GetOperation(creation, cancellationToken) is not { } operation ||
            !UsesOnlyStatics(operation) || IsHandlerOfInvoker(creation, model, cancellationToken) ||
            ClientMutations.IsMutated(creation, model, cancellationToken))
        {
            return null;
        }

        var declarator = creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } ? variable : null;
        var local = declarator?.Parent?.Parent as StatementSyntax;
        switch (local)
        {
            case LocalDeclarationStatementSyntax { Declaration.Variables.Count: > 1, UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword }:
            case UsingStatementSyntax { Declaration.Variables.Count: > 1 }:
                return null;
            case LocalDeclarationStatementSyntax or UsingStatementSyntax:
                if (IsDisposedByName(declarator!, model, cancellationToken))
                {
                    return null;
                }

                break;
            default:
                local = null;
                break;
        }

        return creation.Parent is UsingStatementSyntax ? null : new HoistedCreation(creation, type, container, local);
    }

    /// <summary>Constants, static members, and the object being initialized: what a static field initializer can read.</summary>
    private static bool UsesOnlyStatics(IOperation creation) =>
        !creation.DescendantsAndSelf().Any(o =>
            o is ILocalReferenceOperation or IParameterReferenceOperation or IAnonymousFunctionOperation or IAwaitOperation or IDeclarationExpressionOperation or
                IInstanceReferenceOperation { ReferenceKind: not InstanceReferenceKind.ImplicitReceiver } ||
            ContainsMethodTypeParameter(o.Type));

    private static bool ContainsMethodTypeParameter(ITypeSymbol? type) => type switch
    {
        ITypeParameterSymbol parameter => parameter.TypeParameterKind == TypeParameterKind.Method,
        IArrayTypeSymbol array => ContainsMethodTypeParameter(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsMethodTypeParameter),
        _ => false,
    };

    /// <summary>An argument of <c>new HttpClient(…)</c> or another <c>HttpMessageInvoker</c>, which disposes its handler with itself.</summary>
    private static bool IsHandlerOfInvoker(BaseObjectCreationExpressionSyntax creation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (creation.Parent is not ArgumentSyntax { Parent.Parent: BaseObjectCreationExpressionSyntax outer })
        {
            return false;
        }

        for (var type = model.GetTypeInfo(outer, cancellationToken).Type; type is not null; type = type.BaseType)
        {
            if (type.Name == "HttpMessageInvoker" && type.ContainingNamespace?.ToDisplayString() == "System.Net.Http")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The local is disposed by the code itself (<c>c.Dispose()</c>, <c>using (c)</c>, <c>using var d = c;</c>): it must not become the shared client.</summary>
    private static bool IsDisposedByName(VariableDeclaratorSyntax declarator, SemanticModel model, CancellationToken cancellationToken)
    {
        var local = model.GetDeclaredSymbol(declarator, cancellationToken);
        var scope = declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (local is null || scope is null)
        {
            return true;
        }

        return scope.DescendantNodes().OfType<IdentifierNameSyntax>().Any(name =>
            name.Identifier.ValueText == local.Name &&
            (name.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Dispose" or "DisposeAsync" or "Close" } access && access.Expression == name ||
                name.Parent is UsingStatementSyntax ||
                name.Parent is EqualsValueClauseSyntax { Parent.Parent.Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword } or UsingStatementSyntax }) &&
            SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local));
    }

    private static string Text(SyntaxNode? node) => node?.WithoutTrivia().NormalizeWhitespace().ToFullString() ?? "";
}
