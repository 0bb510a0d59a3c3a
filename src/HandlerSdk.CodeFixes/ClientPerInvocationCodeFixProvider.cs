using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HandlerSdk.CodeFixes.Hoisting;
using HandlerSdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace HandlerSdk.CodeFixes;

/// <summary>
/// HSDK1202: hoists a client created per invocation into a <c>private static readonly</c> field of the type the code
/// is in (<c>SharedHttpClient</c>), created once per execution environment. <c>using var c = new HttpClient();</c>
/// becomes <c>var c = SharedHttpClient;</c> and <c>using (var c = new HttpClient()) { … }</c> the same declaration
/// followed by the body (see <see cref="UsingBlocks"/>): the shared client must outlive the invocation. Creations
/// of one type with the same arguments share a field (<see cref="SharedFields"/>). Where the move is not safe,
/// <see cref="HoistedCreation"/> says why and no fix is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClientPerInvocationCodeFixProvider))]
[Shared]
public sealed class ClientPerInvocationCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "HSDK1202.HoistToStaticField";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ClientPerInvocation.Id);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (HoistedCreation.Find(FindCreation(root, diagnostic), model, context.CancellationToken) is { } creation)
            {
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Hoist the {creation.Type.Name} into a static readonly field",
                        cancellationToken => FixAsync(document, ImmutableArray.Create(diagnostic), cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var model = editor.SemanticModel;
        var found = diagnostics
            .Select(d => HoistedCreation.Find(FindCreation(editor.OriginalRoot, d), model, cancellationToken))
            .OfType<HoistedCreation>()
            .ToList();

        // A creation inside another that moves (the handler of a new HttpClient) moves with it.
        var creations = found.Where(c => !found.Any(outer => outer != c && outer.Creation.Span.Contains(c.Creation.Span)));
        foreach (var group in creations.GroupBy(c => c.Container))
        {
            if (model.GetDeclaredSymbol(group.Key, cancellationToken) is not { } container)
            {
                continue;
            }

            var fields = new SharedFields(container, model);
            foreach (var creation in group.OrderBy(c => c.Creation.SpanStart))
            {
                var name = fields.NameFor(creation, editor.Generator);
                ReplaceUse(editor, creation, name);
            }

            if (fields.NewFields.Count > 0)
            {
                editor.ReplaceNode(group.Key, (current, _) =>
                {
                    var type = (TypeDeclarationSyntax)current;
                    return type.WithMembers(type.Members.InsertRange(SharedFields.InsertionIndex(type), fields.NewFields));
                });
            }
        }

        return document.WithSyntaxRoot(UsingBlocks.SpliceAll(editor.GetChangedRoot()));
    }

    private static void ReplaceUse(DocumentEditor editor, HoistedCreation creation, string fieldName)
    {
        editor.ReplaceNode(creation.Creation, (current, _) => SyntaxFactory.IdentifierName(fieldName).WithTriviaFrom(current));
        switch (creation.Local)
        {
            case LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword } declaration:
                // The shared client outlives the invocation: it is no longer this scope's to dispose.
                editor.ReplaceNode(declaration, (current, _) =>
                {
                    var statement = (LocalDeclarationStatementSyntax)current;
                    return statement.WithAwaitKeyword(default).WithUsingKeyword(default).WithLeadingTrivia(statement.GetLeadingTrivia());
                });
                break;
            case UsingStatementSyntax usingStatement:
                var splice = UsingBlocks.CanSplice(usingStatement);
                editor.ReplaceNode(usingStatement, (current, _) => UsingBlocks.Unwrap((UsingStatementSyntax)current, splice));
                break;
        }
    }

    private static SyntaxNode FindCreation(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
}
