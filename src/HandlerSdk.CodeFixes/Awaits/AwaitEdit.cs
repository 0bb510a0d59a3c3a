using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;

namespace HandlerSdk.CodeFixes.Awaits;

/// <summary>One await a code fix puts in.</summary>
/// <param name="Target">The node replaced, in the original tree.</param>
/// <param name="Replace">Builds the replacement from the target as the other edits of the same pass have left it.</param>
/// <param name="Site">The function the await lands in, made async once however many edits it takes.</param>
/// <param name="Title">What the code action says.</param>
internal sealed record AwaitEdit(SyntaxNode Target, Func<SyntaxNode, SyntaxGenerator, SyntaxNode> Replace, AwaitSite Site, string Title);
