using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace HandlerSdk.CodeFixes.Awaits;

/// <summary>
/// The base of the fixes that replace a blocking or dropped call with an await (HSDK1001, 1002, 1003, 1201). A fix,
/// or Fix All over a document, is one pass of one editor: every await goes in, then every function that needs it is
/// made async once, however many awaits landed in it (separate fixes merged by the batch fixer would each change
/// the signature, and the overlapping edits would be dropped).
/// </summary>
public abstract class AwaitCodeFixProvider : CodeFixProvider
{
    private protected abstract string EquivalenceKey { get; }

    /// <summary>The await for one diagnostic at <paramref name="node"/>, or null when no fix keeps the code compiling.</summary>
    private protected abstract AwaitEdit? Plan(SyntaxNode node, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellationToken);

    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Plan(FindTarget(root, diagnostic), diagnostic, model, context.CancellationToken) is { } edit)
            {
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(edit.Title, cancellationToken => FixAsync(document, ImmutableArray.Create(diagnostic), cancellationToken), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var madeAsync = new HashSet<SyntaxNode>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (Plan(FindTarget(editor.OriginalRoot, diagnostic), diagnostic, editor.SemanticModel, cancellationToken) is not { } edit)
            {
                continue;
            }

            editor.ReplaceNode(edit.Target, edit.Replace);
            if (edit.Site.NeedsAsync && madeAsync.Add(edit.Site.Function))
            {
                AsyncSignature.MakeAsync(editor, edit.Site.Function);
            }
        }

        return editor.GetChangedDocument();
    }

    /// <summary>The innermost node spanning exactly the diagnostic (an argument and its expression share a span).</summary>
    private static SyntaxNode FindTarget(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
}
