using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// A member of handler code, named the same way in every compilation of a project (its documentation-comment id), with
/// the short name its step of a path shows. What the walk keys by, so that what one compilation learnt about a body can
/// serve the next one without holding a symbol of the first.
/// </summary>
internal sealed record MemberKey(string Id, string Display)
{
    /// <summary>The key of <paramref name="member"/>, which must already be a <see cref="HandlerCodeIndex.Key"/>.</summary>
    public static MemberKey Of(ISymbol member) => new(IdOf(member), MemberDisplay.Of(member));

    /// <summary>
    /// The key of a lambda in <paramref name="owner"/>'s code that handler code runs through a stored delegate
    /// (<see cref="StoredLambda"/>): told apart from the owner's other lambdas by where it starts.
    /// </summary>
    public static MemberKey OfLambda(MemberKey owner, TextSpan span) =>
        new(owner.Id + "=>" + span.Start.ToString(CultureInfo.InvariantCulture), "lambda in " + owner.Display);

    public bool Equals(MemberKey? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    private static string IdOf(ISymbol member)
    {
        var id = DocumentationCommentId.CreateDeclarationId(member) ?? "?" + member.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        // Two file-local types may share a name: the file tells them apart.
        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsFileLocal)
            {
                return id + "@" + type.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree.FilePath;
            }
        }

        return id;
    }
}

/// <summary>
/// One thing a body makes run: <paramref name="Target"/>, per invocation when <paramref name="PerInvocation"/> is true,
/// once per execution environment when false, as often as the body itself when null; shown in a path after
/// <paramref name="Edge"/> (null: a plain call). When <paramref name="StoredDelegate"/> is true the body invokes the
/// delegate held in <paramref name="Target"/>, a field or property: what its type's construction stored there runs
/// (<see cref="StoredDelegates"/>), not the member itself.
/// </summary>
internal readonly record struct CallStep(MemberKey Target, bool? PerInvocation, ReachEdge? Edge = null, bool StoredDelegate = false);
