using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Analyzers.Pitfalls;

/// <summary>
/// The types HSDK1202 treats as clients, for one compilation: <c>HttpClient</c>, <c>HttpClientHandler</c>,
/// <c>SocketsHttpHandler</c> and AWS SDK service clients (and what derives from them); the types users name in
/// <c>.editorconfig</c> (<see cref="OptionName"/>, full names, comma-separated, derived types included), for library
/// clients that own an <c>HttpClient</c> (<c>GraphQL.Client.Http.GraphQLHttpClient</c>). A source type whose
/// constructor creates a client needs no naming: its constructor is handler code when the type is created per
/// invocation, and the client is reported there, with the path through <c>new Wrapper</c>.
/// </summary>
internal sealed class ClientTypes(AnalyzerConfigOptionsProvider options, HandlerCodeSymbols symbols)
{
    /// <summary>The <c>.editorconfig</c> key that names more client types.</summary>
    public const string OptionName = "handlersdk.client_types";

    private readonly ConcurrentDictionary<SyntaxTree, ImmutableHashSet<string>> _named = new();

    /// <summary>Whether a creation of <paramref name="type"/> in <paramref name="usedIn"/> makes a client.</summary>
    public bool IsClient(INamedTypeSymbol type, SyntaxTree usedIn) => IsBuiltIn(type, symbols) || IsNamed(type, usedIn);

    private static bool IsBuiltIn(INamedTypeSymbol type, HandlerCodeSymbols symbols)
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

    private bool IsNamed(INamedTypeSymbol type, SyntaxTree usedIn)
    {
        var names = _named.GetOrAdd(usedIn, tree => Parse(options.GetOptions(tree).TryGetValue(OptionName, out var value) ? value : null)
            .Union(Parse(options.GlobalOptions.TryGetValue(OptionName, out var global) ? global : null)));
        if (names.IsEmpty)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (names.Contains(FullName(current.OriginalDefinition)))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableHashSet<string> Parse(string? value) =>
        value is null
            ? ImmutableHashSet<string>.Empty
            : value.Split(',').Select(n => n.Trim()).Where(n => n.Length > 0).Select(n => n.StartsWith("global::", StringComparison.Ordinal) ? n.Substring(8) : n)
                .ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary><c>Namespace.Outer.Inner</c>, without type arguments: how users write a type's name.</summary>
    private static string FullName(INamedTypeSymbol type)
    {
        var name = type.ContainingType is { } outer ? FullName(outer) + "." + type.Name : type.Name;
        return type.ContainingType is null && type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }

}
