using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace HandlerSdk.CodeFixes.Hoisting;

/// <summary>
/// The static readonly fields creations move into, for one type declaration: an existing field initialized with
/// the same creation is reused (so fixing creations one at a time ends where Fix All does), creations that match
/// share one new field, and a new field is named <c>Shared</c> + the type name, numbered when the name is taken in
/// the type or would be hidden by a local at a use.
/// </summary>
internal sealed class SharedFields(INamedTypeSymbol container, SemanticModel model)
{
    private readonly Dictionary<string, string> _names = Existing(container);
    private readonly HashSet<string> _added = new(System.StringComparer.Ordinal);

    /// <summary>The fields to insert, in the order their names were handed out.</summary>
    public List<FieldDeclarationSyntax> NewFields { get; } = [];

    /// <summary>
    /// Where new fields go: first in the type, after fields like them, so that no static initializer above them can
    /// read them unset, and fields added one fix at a time line up as Fix All lines them up.
    /// </summary>
    public static int InsertionIndex(TypeDeclarationSyntax type) =>
        type.Members.TakeWhile(m => m is FieldDeclarationSyntax field &&
            field.Modifiers.Any(SyntaxKind.StaticKeyword) && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword) &&
            field.Declaration.Variables.All(v => v.Initializer?.Value is BaseObjectCreationExpressionSyntax)).Count();

    public string NameFor(HoistedCreation creation, SyntaxGenerator generator)
    {
        if (_names.TryGetValue(creation.Key, out var name) && !IsHidden(name, creation))
        {
            return name;
        }

        name = Unique("Shared" + creation.Type.Name, creation);
        _names[creation.Key] = name;
        _added.Add(name);
        NewFields.Add(Field(name, creation, generator));
        return name;
    }

    private string Unique(string baseName, HoistedCreation creation)
    {
        for (var i = 1; ; i++)
        {
            var name = i == 1 ? baseName : baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (name != container.Name && !_added.Contains(name) && !IsMember(name) && !IsHidden(name, creation))
            {
                return name;
            }
        }
    }

    private bool IsMember(string name)
    {
        for (var type = container; type is not null; type = type.BaseType)
        {
            if (!type.GetMembers(name).IsEmpty || type.GetTypeMembers(name).Any())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A local, parameter or range variable of that name at the use would be read instead of the field.</summary>
    private bool IsHidden(string name, HoistedCreation creation) =>
        model.LookupSymbols(creation.Creation.SpanStart, name: name).Any(s => s is ILocalSymbol or IParameterSymbol or IRangeVariableSymbol);

    private static FieldDeclarationSyntax Field(string name, HoistedCreation creation, SyntaxGenerator generator)
    {
        var type = creation.Creation is ObjectCreationExpressionSyntax { Type: var written }
            ? written.WithoutTrivia()
            : (TypeSyntax)generator.TypeExpression(creation.Type, addImport: true);
        var variable = SyntaxFactory.VariableDeclarator(name).WithInitializer(SyntaxFactory.EqualsValueClause(creation.Creation.WithoutTrivia()));
        return SyntaxFactory.FieldDeclaration(SyntaxFactory.VariableDeclaration(type, SyntaxFactory.SingletonSeparatedList(variable)))
            .WithModifiers(SyntaxFactory.TokenList(
                SyntaxFactory.Token(SyntaxKind.PrivateKeyword),
                SyntaxFactory.Token(SyntaxKind.StaticKeyword),
                SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword)))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>Static readonly fields of the type initialized with a creation, by the creation's key.</summary>
    private static Dictionary<string, string> Existing(INamedTypeSymbol container)
    {
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var field in container.GetMembers().OfType<IFieldSymbol>().Where(f => f is { IsStatic: true, IsReadOnly: true, IsImplicitlyDeclared: false }))
        {
            if (field.Type is INamedTypeSymbol type &&
                field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation } declarator &&
                declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration)
            {
                var key = new HoistedCreation(creation, type, declaration, null).Key;
                if (!names.ContainsKey(key))
                {
                    names[key] = field.Name;
                }
            }
        }

        return names;
    }
}
