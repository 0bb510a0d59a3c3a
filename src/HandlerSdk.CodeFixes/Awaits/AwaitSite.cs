using System.Linq;
using System.Threading;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.CodeFixes.Awaits;

/// <summary>
/// The function an <c>await</c> would land in, and whether it must be made async first. Null from <see cref="Find"/>
/// when an await there cannot compile, or would take a signature change callers cannot follow: a non-async lambda
/// or anonymous method (its delegate type is the caller's), a <c>lock</c>, unsafe code, a catch filter, a query
/// clause, a member that is not a method or local function; and, for a method to be made async, one that returns a
/// task already (it hands tasks on, it does not compute values), an iterator, <c>Main</c>, a partial, override or
/// interface implementation, one with <c>ref</c>/<c>out</c>/<c>in</c> or ref struct parameters, ref struct or ref
/// locals, or a ref, pointer or ref struct return. Signatures others depend on stay as they are: an override, a virtual
/// method (its overrides would no longer match), an interface implementation, and a method or local function used as
/// a delegate anywhere (<see cref="DelegateUses"/>: a callback a library calls expects the signature it has).
/// </summary>
/// <param name="Function">The method, local function, lambda or anonymous method the await goes in.</param>
/// <param name="NeedsAsync">It is not async yet: <see cref="AsyncSignature"/> must add <c>async</c> and wrap the return type.</param>
internal sealed record AwaitSite(SyntaxNode Function, bool NeedsAsync)
{
    public static AwaitSite? Find(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case LockStatementSyntax or UnsafeStatementSyntax or FixedStatementSyntax or CatchFilterClauseSyntax:
                    return null;
                case QueryExpressionSyntax query when !query.FromClause.Expression.FullSpan.Contains(node.Span):
                    return null;
                case AnonymousFunctionExpressionSyntax function:
                    return function.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword) && !IsUnsafe(function) ? new AwaitSite(function, NeedsAsync: false) : null;
                case LocalFunctionStatementSyntax local:
                    return ForDeclaration(local, local.Modifiers, local.ReturnType, model, cancellationToken);
                case MethodDeclarationSyntax method:
                    return ForDeclaration(method, method.Modifiers, method.ReturnType, model, cancellationToken);
                case MemberDeclarationSyntax or AccessorDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static AwaitSite? ForDeclaration(SyntaxNode declaration, SyntaxTokenList modifiers, TypeSyntax returnType, SemanticModel model, CancellationToken cancellationToken)
    {
        if (IsUnsafe(declaration))
        {
            return null;
        }

        if (modifiers.Any(SyntaxKind.AsyncKeyword))
        {
            return new AwaitSite(declaration, NeedsAsync: false);
        }

        return model.GetDeclaredSymbol(declaration, cancellationToken) is IMethodSymbol method &&
            !modifiers.Any(SyntaxKind.PartialKeyword) && CanBecomeAsync(method, returnType, model) && !HasRefLocals(declaration, model, cancellationToken)
            ? new AwaitSite(declaration, NeedsAsync: true)
            : null;
    }

    private static bool CanBecomeAsync(IMethodSymbol method, TypeSyntax returnType, SemanticModel model)
    {
        if (method.IsOverride || method.IsVirtual || method.IsExtern || method.IsAbstract || !method.ExplicitInterfaceImplementations.IsEmpty ||
            method.IsStatic && method.Name == "Main" ||
            method.Parameters.Any(p => p.RefKind != RefKind.None || p.Type.IsRefLikeType) ||
            !method.IsStatic && method.ContainingType is { IsRefLikeType: true } ||
            returnType is RefTypeSyntax || IsIterator(method) || ImplementsInterface(method) || DelegateUses.Any(method, model.Compilation))
        {
            return false;
        }

        var symbols = HandlerCodeSymbols.For(model.Compilation);
        var returned = method.ReturnType;
        return symbols is { Task: not null, TaskOfT: not null } &&
            (method.ReturnsVoid ||
                returned.TypeKind is not (TypeKind.Error or TypeKind.Pointer or TypeKind.FunctionPointer) && !returned.IsRefLikeType && !IsAwaitable(returned, symbols));
    }

    /// <summary>Task and what derives from it, and anything else with a <c>GetAwaiter()</c>: ValueTask, custom awaitables.</summary>
    private static bool IsAwaitable(ITypeSymbol type, HandlerCodeSymbols symbols) =>
        HandlerCodeSymbols.DerivesFrom(type, symbols.Task) ||
        type.GetMembers("GetAwaiter").OfType<IMethodSymbol>().Any(m => m.Parameters.IsEmpty && !m.IsStatic);

    private static bool IsIterator(IMethodSymbol method) =>
        method.DeclaringSyntaxReferences.Any(r => OwnBody(r.GetSyntax()).OfType<YieldStatementSyntax>().Any());

    private static bool ImplementsInterface(IMethodSymbol method) =>
        method.ContainingType is { } type &&
        type.AllInterfaces.SelectMany(i => i.GetMembers()).Any(m => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(m), method));

    /// <summary>Ref locals and ref struct locals (spans) cannot live across an await.</summary>
    private static bool HasRefLocals(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken) =>
        OwnBody(declaration).OfType<VariableDeclaratorSyntax>().Any(v =>
            model.GetDeclaredSymbol(v, cancellationToken) is ILocalSymbol { IsRef: true } or ILocalSymbol { Type.IsRefLikeType: true });

    /// <summary>The nodes of a function's own body, not those of the lambdas and local functions inside it.</summary>
    private static System.Collections.Generic.IEnumerable<SyntaxNode> OwnBody(SyntaxNode declaration) =>
        declaration.DescendantNodes(n => n == declaration || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax));

    /// <summary>Await is not allowed in an unsafe context, which an <c>unsafe</c> member or type opens for everything inside.</summary>
    private static bool IsUnsafe(SyntaxNode node) =>
        node.AncestorsAndSelf().Any(n => n switch
        {
            MemberDeclarationSyntax member => member.Modifiers.Any(SyntaxKind.UnsafeKeyword),
            LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.UnsafeKeyword),
            UnsafeStatementSyntax => true,
            _ => false,
        });
}
