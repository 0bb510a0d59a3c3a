using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using HandlerSdk.Generators.Parsing.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.Generators.Analyzers.Http;

/// <summary>
/// Where the project declares routes and handler names, read from syntax only, so that HSDK0202 and HSDK0210 can be
/// reported by symbol actions (live in the IDE, file by file) instead of at compilation end. Each syntax tree is read
/// once and kept while the tree lives: the IDE reuses the trees of unchanged files in every new compilation, so a
/// keystroke re-reads one file and binds nothing. Only the declarations whose route shape (or handler name) matches
/// are then bound, through their symbols, and judged by the same parser as the generator's, so the few candidates a
/// syntactic match finds are confirmed or dropped exactly.
/// </summary>
internal sealed class RouteDeclarationIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeDeclarations> Trees = new();
    private static readonly ConditionalWeakTable<Compilation, RouteDeclarationIndex> Indexes = new();

    /// <summary>The route attribute names as written (<c>HttpGet</c> and <c>HttpGetAttribute</c>), with their HTTP methods.</summary>
    private static readonly Dictionary<string, string> RouteAttributeNames = HttpSymbols.RouteAttributes
        .SelectMany(a =>
        {
            var name = a.MetadataName.Substring(a.MetadataName.LastIndexOf('.') + 1);
            return new[] { (name, a.HttpMethod), (name.Substring(0, name.Length - "Attribute".Length), a.HttpMethod) };
        })
        .ToDictionary(p => p.Item1, p => p.Item2, System.StringComparer.Ordinal);

    private readonly Dictionary<string, List<MethodDeclarationSyntax>> _routesByShape = new(System.StringComparer.Ordinal);
    private readonly List<MethodDeclarationSyntax> _routesOfUnknownShape = [];
    private readonly Dictionary<string, List<MethodDeclarationSyntax>> _handlersByName = new(System.StringComparer.Ordinal);
    private readonly List<MethodDeclarationSyntax> _handlersOfUnknownName = [];

    private RouteDeclarationIndex(Compilation compilation, CancellationToken cancellationToken)
    {
        var trees = new List<TreeDeclarations>();
        var globalAliases = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var declarations = Trees.GetValue(tree, static t => TreeDeclarations.Read(t));
            trees.Add(declarations);
            foreach (var alias in declarations.GlobalAliases)
            {
                globalAliases[alias.Key] = alias.Value;
            }
        }

        foreach (var declarations in trees)
        {
            foreach (var route in declarations.Routes.Concat(declarations.AliasedRoutes(globalAliases)))
            {
                if (route.Template is null || RouteTemplateParser.TryParse(route.Template, out _) is not { } template)
                {
                    // A constant or a broken template: bound when asked, which is rare.
                    _routesOfUnknownShape.Add(route.Method);
                    continue;
                }

                foreach (var (shape, _) in HttpFunctions.Variants(template))
                {
                    Add(_routesByShape, route.HttpMethod + " " + shape, route.Method);
                }
            }

            foreach (var handler in declarations.Handlers)
            {
                if (handler.Name is null)
                {
                    _handlersOfUnknownName.Add(handler.Method);
                }
                else
                {
                    Add(_handlersByName, handler.Name, handler.Method);
                }
            }
        }
    }

    public static RouteDeclarationIndex For(Compilation compilation, CancellationToken cancellationToken) =>
        Indexes.GetValue(compilation, c => new RouteDeclarationIndex(c, cancellationToken));

    /// <summary>The methods that may declare a route of <paramref name="httpMethod"/> with path shape <paramref name="shape"/>.</summary>
    public IEnumerable<MethodDeclarationSyntax> RoutesLike(string httpMethod, string shape) =>
        (_routesByShape.TryGetValue(httpMethod + " " + shape, out var methods) ? methods : []).Concat(_routesOfUnknownShape);

    /// <summary>The methods that may be handlers named <paramref name="name"/>.</summary>
    public IEnumerable<MethodDeclarationSyntax> HandlersNamed(string name) =>
        (_handlersByName.TryGetValue(name, out var methods) ? methods : []).Concat(_handlersOfUnknownName);

    /// <summary>The method a declaration declares, found through the compilation's declaration table (nothing is bound).</summary>
    public static IMethodSymbol? Resolve(Compilation compilation, MethodDeclarationSyntax declaration, CancellationToken cancellationToken) =>
        compilation.GetSymbolsWithName(declaration.Identifier.ValueText, SymbolFilter.Member, cancellationToken)
            .OfType<IMethodSymbol>()
            .FirstOrDefault(m => m.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == declaration.SyntaxTree && r.Span == declaration.Span));

    private static void Add(Dictionary<string, List<MethodDeclarationSyntax>> map, string key, MethodDeclarationSyntax method)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(method))
        {
            list.Add(method);
        }
    }

    /// <summary>The route attributes and <c>[LambdaHandler]</c> names of one file, as written.</summary>
    private sealed class TreeDeclarations
    {
        public List<(string HttpMethod, string? Template, MethodDeclarationSyntax Method)> Routes { get; } = [];

        public List<(string? Name, MethodDeclarationSyntax Method)> Handlers { get; } = [];

        /// <summary>
        /// <c>global using Get = HandlerSdk.HttpGetAttribute;</c>: alias name to HTTP method. They reach every file, so
        /// the index gathers them from all trees before it resolves any file's <see cref="OtherAttributes"/>.
        /// </summary>
        public Dictionary<string, string> GlobalAliases { get; } = new(System.StringComparer.Ordinal);

        /// <summary>A plain <c>using Get = HandlerSdk.HttpGetAttribute;</c> of this file (or of a namespace in it).</summary>
        private Dictionary<string, string> LocalAliases { get; } = new(System.StringComparer.Ordinal);

        /// <summary>Method attributes whose name is neither a route's nor <c>LambdaHandler</c>: an alias may name one.</summary>
        private List<(string Name, string? Template, MethodDeclarationSyntax Method)> OtherAttributes { get; } = [];

        public static TreeDeclarations Read(SyntaxTree tree)
        {
            var result = new TreeDeclarations();
            var root = tree.GetRoot();

            // Attributes of methods sit in namespaces and types; method bodies are never entered.
            var members = root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax);
            foreach (var member in members)
            {
                if (member is UsingDirectiveSyntax { Alias: { } alias } directive && RouteAttributeNames.TryGetValue(SimpleName(directive.NamespaceOrType), out var aliasedMethod))
                {
                    var aliases = directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) ? result.GlobalAliases : result.LocalAliases;
                    aliases[alias.Name.Identifier.ValueText] = aliasedMethod;
                    continue;
                }

                if (member is not MethodDeclarationSyntax method)
                {
                    continue;
                }

                foreach (var attribute in method.AttributeLists.SelectMany(l => l.Attributes))
                {
                    var name = SimpleName(attribute.Name);
                    var template = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null && a.NameColon is null)?.Expression;
                    if (RouteAttributeNames.TryGetValue(name, out var httpMethod))
                    {
                        result.Routes.Add((httpMethod, StringLiteral(template), method));
                    }
                    else if (name is "LambdaHandler" or "LambdaHandlerAttribute")
                    {
                        var named = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Name");
                        result.Handlers.Add((named is null ? method.Identifier.ValueText : StringLiteral(named.Expression), method));
                    }
                    else
                    {
                        result.OtherAttributes.Add((name, StringLiteral(template), method));
                    }
                }
            }

            return result;
        }

        /// <summary>
        /// The routes this file declares through an alias (<c>[Get("/x")]</c>): C# looks an attribute name up as written
        /// and with <c>Attribute</c> appended, in this file's aliases and in every file's global ones.
        /// </summary>
        public IEnumerable<(string HttpMethod, string? Template, MethodDeclarationSyntax Method)> AliasedRoutes(Dictionary<string, string> globalAliases)
        {
            foreach (var (name, template, method) in OtherAttributes)
            {
                if ((Aliased(name, globalAliases) ?? Aliased(name + "Attribute", globalAliases)) is { } httpMethod)
                {
                    yield return (httpMethod, template, method);
                }
            }
        }

        private string? Aliased(string name, Dictionary<string, string> globalAliases) =>
            LocalAliases.TryGetValue(name, out var httpMethod) || GlobalAliases.TryGetValue(name, out httpMethod) || globalAliases.TryGetValue(name, out httpMethod)
                ? httpMethod
                : null;

        private static string SimpleName(TypeSyntax? name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };

        private static string? StringLiteral(ExpressionSyntax? expression) =>
            expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
    }
}
