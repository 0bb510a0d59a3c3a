using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.CodeFixes.Awaits;

/// <summary>
/// <c>await x</c> in the place of an expression. Await binds like a prefix operator, so where the replaced
/// expression is the receiver of a member access, an element access, a call, a conditional access or a postfix
/// operator, the await is parenthesized: <c>t.Result.Length</c> becomes <c>(await t).Length</c>.
/// </summary>
internal static class AwaitExpressions
{
    /// <summary>Whether an await put where <paramref name="replaced"/> is (in the original tree) needs parentheses.</summary>
    public static bool NeedsParentheses(SyntaxNode replaced) => replaced.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Expression == replaced,
        ConditionalAccessExpressionSyntax conditional => conditional.Expression == replaced,
        ElementAccessExpressionSyntax element => element.Expression == replaced,
        InvocationExpressionSyntax invocation => invocation.Expression == replaced,
        PostfixUnaryExpressionSyntax => true,
        _ => false,
    };

    /// <summary><c>await <paramref name="awaited"/></c>, with the trivia of <paramref name="replaced"/>.</summary>
    public static ExpressionSyntax Await(ExpressionSyntax awaited, SyntaxNode replaced, bool parenthesize)
    {
        var awaitExpression = SyntaxFactory.AwaitExpression(
            SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            awaited.WithoutTrivia());
        ExpressionSyntax result = parenthesize ? SyntaxFactory.ParenthesizedExpression(awaitExpression) : awaitExpression;
        return result.WithLeadingTrivia(replaced.GetLeadingTrivia()).WithTrailingTrivia(replaced.GetTrailingTrivia());
    }
}
