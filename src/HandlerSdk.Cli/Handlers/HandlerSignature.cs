using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace HandlerSdk.Cli.Handlers;

/// <summary>
/// Reads a handler's event type and result type from its method signature in metadata, as names
/// (<c>HandlerSdk.Events.SqsMessage`1&lt;Orders.Order&gt;</c>): enough for <c>hsdk template</c> to tell a per-record
/// handler from a whole-batch one without loading the assembly.
/// </summary>
internal static class HandlerSignature
{
    private const string ContextType = "HandlerSdk.ILambdaContext";
    private const string CancellationTokenType = "System.Threading.CancellationToken";

    /// <summary>The event parameter (the one that is neither the context nor a token) and the unwrapped result type.</summary>
    public static (string? EventType, string ResultType) Read(MethodDefinition method)
    {
        var signature = method.DecodeSignature(new TypeNameProvider(), genericContext: null);
        var eventType = signature.ParameterTypes.FirstOrDefault(t => t is not ContextType and not CancellationTokenType);
        return (eventType, Unwrap(signature.ReturnType));
    }

    /// <summary>The definition's name without generic arguments: <c>HandlerSdk.Events.SqsMessage`1</c>.</summary>
    public static string Definition(string typeName)
    {
        var open = typeName.IndexOf('<', StringComparison.Ordinal);
        return open < 0 ? typeName : typeName[..open];
    }

    private static string Unwrap(string type)
    {
        foreach (var task in (ReadOnlySpan<string>)["System.Threading.Tasks.Task`1<", "System.Threading.Tasks.ValueTask`1<"])
        {
            if (type.StartsWith(task, StringComparison.Ordinal) && type.EndsWith('>'))
            {
                return type[task.Length..^1];
            }
        }

        return type is "System.Threading.Tasks.Task" or "System.Threading.Tasks.ValueTask" ? "System.Void" : type;
    }

    private sealed class TypeNameProvider : ISignatureTypeProvider<string, object?>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode switch
        {
            PrimitiveTypeCode.Void => "Void",
            PrimitiveTypeCode.Object => "Object",
            PrimitiveTypeCode.String => "String",
            _ => typeCode.ToString(),
        };

        public string GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = metadata.GetTypeDefinition(handle);
            var declaring = type.GetDeclaringType();
            var prefix = declaring.IsNil ? Namespace(metadata.GetString(type.Namespace)) : GetTypeFromDefinition(metadata, declaring, rawTypeKind) + ".";
            return prefix + metadata.GetString(type.Name);
        }

        public string GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = metadata.GetTypeReference(handle);
            var prefix = type.ResolutionScope.Kind == HandleKind.TypeReference
                ? GetTypeFromReference(metadata, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind) + "."
                : Namespace(metadata.GetString(type.Namespace));
            return prefix + metadata.GetString(type.Name);
        }

        public string GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
            $"{genericType}<{string.Join(",", typeArguments)}>";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "method*";

        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Namespace(string ns) => ns.Length == 0 ? "" : ns + ".";
    }
}
