using HandlerSdk.Generators.Model;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing;

/// <summary>Members marked <c>[JsonPayload]</c>: the member's type wrapped in a <see cref="EncodedPayloadSpec"/>.</summary>
internal sealed partial class TypeGraphBuilder
{
    /// <summary>
    /// The id to read and write <paramref name="member"/> with: <paramref name="typeId"/> itself, or its payload wrapper
    /// when the member carries a <c>[JsonPayload]</c> that applies. One that does not apply is ignored (the analyzer
    /// reports it), except where a generic member's type argument makes it wrong, which only this instantiation shows.
    /// </summary>
    private string? WithPayload(ISymbol member, ITypeSymbol type, string typeId, string memberPath)
    {
        if (Encodings.PayloadMembers.Find(member) is not { } attribute)
        {
            return typeId;
        }

        if (Encodings.PayloadMembers.Check(member, type, attribute, known) is { } misuse)
        {
            var declared = member.OriginalDefinition switch
            {
                IPropertySymbol p => p.Type,
                IFieldSymbol f => f.Type,
                _ => type,
            };
            if (declared.TypeKind == TypeKind.TypeParameter && misuse.Descriptor == Diagnostics.DiagnosticDescriptors.PayloadNotCarried)
            {
                Fail(memberPath, "[JsonPayload] cannot apply: " + misuse.Args[1]);
                return null;
            }

            return typeId;
        }

        var encoding = Encodings.PayloadMembers.Encoding(attribute)!.Value;
        var id = typeId + "_1As" + encoding + "Payload";
        if (!_types.ContainsKey(id))
        {
            var stripped = TypeNames.StripAnnotation(type);
            var isNullable = !stripped.IsValueType || stripped is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
            _types[id] = new EncodedPayloadSpec(id, TypeNames.Qualify(stripped), encoding, typeId, isNullable, stripped.IsValueType);
        }

        return id;
    }
}
