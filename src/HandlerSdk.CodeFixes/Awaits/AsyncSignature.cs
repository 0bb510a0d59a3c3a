using System.Linq;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace HandlerSdk.CodeFixes.Awaits;

/// <summary>
/// Makes a method or local function async: adds <c>async</c>, and wraps the return type, <c>void</c> into
/// <c>Task</c> and <c>T</c> into <c>Task&lt;T&gt;</c>. Return statements stay as they are, which is what an async
/// method wants; callers are left alone.
/// </summary>
internal static class AsyncSignature
{
    /// <summary>Registers the change on <paramref name="editor"/>, applied on top of any edit inside the body.</summary>
    public static void MakeAsync(DocumentEditor editor, SyntaxNode function)
    {
        var returnType = function switch
        {
            MethodDeclarationSyntax method => method.ReturnType,
            LocalFunctionStatementSyntax local => local.ReturnType,
            _ => null,
        };
        if (returnType is null)
        {
            return;
        }

        var taskType = TaskType(editor, returnType);
        editor.ReplaceNode(function, (current, _) => current switch
        {
            MethodDeclarationSyntax method => WithAsync(method.Modifiers, method.ReturnType, taskType, (m, r) => method.WithModifiers(m).WithReturnType(r)),
            LocalFunctionStatementSyntax local => WithAsync(local.Modifiers, local.ReturnType, taskType, (m, r) => local.WithModifiers(m).WithReturnType(r)),
            _ => current,
        });
    }

    /// <summary><c>Task</c> or <c>Task&lt;T&gt;</c> with <c>T</c> written as the user wrote it; simplified, and imported, by the code action's cleanup.</summary>
    private static TypeSyntax TaskType(DocumentEditor editor, TypeSyntax returnType)
    {
        // AwaitSite lets a function be made async only when the compilation has both task types.
        var symbols = HandlerCodeSymbols.For(editor.SemanticModel.Compilation);
        var returned = editor.SemanticModel.GetTypeInfo(returnType).Type;
        if (returned is null || returned.SpecialType == SpecialType.System_Void)
        {
            return (TypeSyntax)editor.Generator.TypeExpression(symbols.Task!, addImport: true);
        }

        var taskOfT = symbols.TaskOfT!.Construct(returned);
        var generated = (TypeSyntax)editor.Generator.TypeExpression(taskOfT, addImport: true);
        return generated.ReplaceNodes(
            generated.DescendantNodesAndSelf().OfType<TypeArgumentListSyntax>().Take(1),
            (_, arguments) => arguments.WithArguments(SyntaxFactory.SingletonSeparatedList(returnType.WithoutTrivia())));
    }

    private static SyntaxNode WithAsync<T>(SyntaxTokenList modifiers, TypeSyntax returnType, TypeSyntax taskType, System.Func<SyntaxTokenList, TypeSyntax, T> with)
        where T : SyntaxNode
    {
        var asyncKeyword = SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (modifiers.Count == 0)
        {
            // The return type led the declaration: async takes its place, and its indentation.
            return with(
                SyntaxFactory.TokenList(asyncKeyword.WithLeadingTrivia(returnType.GetLeadingTrivia())),
                taskType.WithTrailingTrivia(returnType.GetTrailingTrivia()));
        }

        return with(modifiers.Add(asyncKeyword), taskType.WithTriviaFrom(returnType));
    }
}
