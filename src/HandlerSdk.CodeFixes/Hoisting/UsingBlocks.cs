using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace HandlerSdk.CodeFixes.Hoisting;

/// <summary>
/// <c>using (var c = new HttpClient()) { body }</c> without the using: <c>var c = SharedHttpClient;</c> and the body's
/// statements, spliced into the enclosing block. When the body's names would clash with names declared elsewhere
/// in that block, or there is no enclosing block (<c>if (x) using (…) …</c>), the statements stay in a block of their
/// own, which keeps every name where it was.
/// </summary>
internal static class UsingBlocks
{
    private static readonly SyntaxAnnotation Splice = new("HandlerSdk.SpliceIntoParentBlock");

    /// <summary>The statements of <paramref name="current"/> (the using statement as edited so far) in a block, marked for <see cref="SpliceAll"/> when <paramref name="splice"/>.</summary>
    public static BlockSyntax Unwrap(UsingStatementSyntax current, bool splice)
    {
        var declaration = SyntaxFactory.LocalDeclarationStatement(current.Declaration!.WithoutTrivia())
            .WithLeadingTrivia(current.GetLeadingTrivia());
        var body = current.Statement is BlockSyntax block ? block.Statements : SyntaxFactory.SingletonList(current.Statement);
        var statements = body.Insert(0, declaration).Select(s => s.WithAdditionalAnnotations(Formatter.Annotation));
        var result = SyntaxFactory.Block(statements).WithTrailingTrivia(current.GetTrailingTrivia());
        return splice ? result.WithAdditionalAnnotations(Splice) : result.WithLeadingTrivia(current.GetLeadingTrivia()).WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>Whether the using's statements can join the enclosing block without a name clash.</summary>
    public static bool CanSplice(UsingStatementSyntax usingStatement)
    {
        if (usingStatement.Parent is not BlockSyntax parent)
        {
            return false;
        }

        var moved = new HashSet<string>(DeclaredNames(usingStatement), System.StringComparer.Ordinal);
        return !parent.Statements.Where(s => s != usingStatement).SelectMany(DeclaredNames).Any(moved.Contains);
    }

    /// <summary>Replaces every marked block by its statements, inside its parent block.</summary>
    public static SyntaxNode SpliceAll(SyntaxNode root) => new Splicer().Visit(root);

    /// <summary>Every name declared in or under <paramref name="node"/>: locals, pattern and out variables, local functions, parameters, range variables.</summary>
    private static IEnumerable<string> DeclaredNames(SyntaxNode node) =>
        node.DescendantNodesAndSelf().Select(n => n switch
        {
            VariableDeclaratorSyntax variable => variable.Identifier,
            SingleVariableDesignationSyntax designation => designation.Identifier,
            LocalFunctionStatementSyntax function => function.Identifier,
            ForEachStatementSyntax loop => loop.Identifier,
            CatchDeclarationSyntax exception => exception.Identifier,
            ParameterSyntax parameter => parameter.Identifier,
            FromClauseSyntax from => from.Identifier,
            LetClauseSyntax let => let.Identifier,
            JoinClauseSyntax join => join.Identifier,
            JoinIntoClauseSyntax into => into.Identifier,
            QueryContinuationSyntax continuation => continuation.Identifier,
            _ => default,
        }).Where(t => t.ValueText.Length > 0).Select(t => t.ValueText);

    private sealed class Splicer : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitBlock(BlockSyntax node)
        {
            var block = (BlockSyntax)base.VisitBlock(node)!;
            if (!block.Statements.Any(s => s.HasAnnotation(Splice)))
            {
                return block;
            }

            var statements = block.Statements.SelectMany(s => s.HasAnnotation(Splice) ? ((BlockSyntax)s).Statements : SyntaxFactory.SingletonList(s));
            return block.WithStatements(SyntaxFactory.List(statements));
        }
    }
}
