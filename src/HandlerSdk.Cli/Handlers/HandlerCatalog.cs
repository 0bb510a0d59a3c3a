using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace HandlerSdk.Cli.Handlers;

/// <summary>
/// Lists a function's handlers by reading <c>[LambdaHandler]</c> attributes from the metadata of its JIT-built assembly:
/// nothing is loaded or run, and the native bootstrap (which has no metadata) is never needed. The event-source
/// attributes and the event and result types of each handler come from the same metadata, for <c>hsdk template</c>, and
/// so do the route attributes (<c>[HttpGet("/orders/{id}")]</c>) of each HTTP function, for <c>hsdk template</c> and
/// <c>hsdk serve --http</c>: the generator needs to write nothing more for them.
/// </summary>
internal static class HandlerCatalog
{
    private const string AttributeNamespace = "HandlerSdk";
    private const string AttributeName = "LambdaHandlerAttribute";
    private const string HttpApiAttributeName = "HttpApiAttribute";

    public static IReadOnlyList<HandlerInfo> Read(string assemblyPath)
    {
        try
        {
            return ReadMetadata(assemblyPath);
        }
        catch (BadImageFormatException)
        {
            throw new UserErrorException($"{assemblyPath} is not a .NET assembly");
        }
    }

    private static IReadOnlyList<HandlerInfo> ReadMetadata(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new UserErrorException($"{assemblyPath} is not a .NET assembly");
        }

        var reader = pe.GetMetadataReader();
        var handlers = new List<HandlerInfo>();
        var classRoutes = new Dictionary<TypeDefinitionHandle, List<HttpRouteInfo>>();
        foreach (var methodHandle in reader.MethodDefinitions)
        {
            var method = reader.GetMethodDefinition(methodHandle);
            HandlerInfo? handler = null;
            var sources = new List<EventSourceInfo>();
            var routes = new List<HttpRouteInfo>();
            foreach (var attributeHandle in method.GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(attributeHandle);
                var name = AttributeTypeName(reader, attribute);
                if (name == AttributeName)
                {
                    handler = Describe(reader, method, attribute);
                }
                else if (name is not null && name.EndsWith(EventSourceInfo.AttributeSuffix, StringComparison.Ordinal) && name.Length > EventSourceInfo.AttributeSuffix.Length)
                {
                    sources.Add(DescribeSource(name, attribute));
                }
                else if (name is not null && HttpRouteInfo.MethodOf(name) is { } httpMethod)
                {
                    routes.Add(DescribeRoute(reader, method, httpMethod, attribute));
                }
            }

            if (handler is not null)
            {
                var (eventType, resultType) = HandlerSignature.Read(method);
                handlers.Add(handler with { EventSources = sources.Count == 0 ? [] : sources, EventType = eventType, ResultType = resultType, HttpRoutes = routes.Count == 0 ? [] : routes });
            }
            else if (routes.Count > 0)
            {
                // A route method without [LambdaHandler] belongs to its class's [HttpApi] function.
                var type = method.GetDeclaringType();
                if (!classRoutes.TryGetValue(type, out var list))
                {
                    classRoutes[type] = list = [];
                }

                list.AddRange(routes);
            }
        }

        AddHttpApis(reader, handlers, classRoutes);
        return [.. handlers.OrderBy(h => h.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// An <c>[HttpApi]</c> class is a function too (the generated entry point registers it under its name): classes
    /// sharing a name are one function, described by the first; a name a handler already has stays the handler's.
    /// </summary>
    private static void AddHttpApis(MetadataReader reader, List<HandlerInfo> handlers, Dictionary<TypeDefinitionHandle, List<HttpRouteInfo>> classRoutes)
    {
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            foreach (var attributeHandle in type.GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(attributeHandle);
                if (AttributeTypeName(reader, attribute) != HttpApiAttributeName)
                {
                    continue;
                }

                var value = attribute.DecodeValue(new AttributeTypeProvider());
                var named = value.NamedArguments.ToDictionary(a => a.Name ?? "", a => a.Value, StringComparer.Ordinal);
                var name = value.FixedArguments.Length == 1 && value.FixedArguments[0].Value is string { Length: > 0 } given ? given : reader.GetString(type.Name);
                if (handlers.All(h => h.Name != name))
                {
                    added.Add(name);
                    handlers.Add(new HandlerInfo(
                        name,
                        TypeName(reader, typeHandle),
                        named.GetValueOrDefault("TimeoutSeconds") as int? ?? 0,
                        named.GetValueOrDefault("MemorySizeMb") as int? ?? 0));
                }

                // Every class of a named group adds its routes to the one function.
                if (added.Contains(name) && classRoutes.TryGetValue(typeHandle, out var routes))
                {
                    var index = handlers.FindIndex(h => h.Name == name);
                    handlers[index] = handlers[index] with { HttpRoutes = [.. handlers[index].HttpRoutes, .. routes] };
                }
            }
        }
    }

    /// <summary>The handler named <paramref name="name"/>, or a user error listing the names there are.</summary>
    public static HandlerInfo Find(IReadOnlyList<HandlerInfo> handlers, string name) =>
        handlers.FirstOrDefault(h => h.Name == name)
        ?? throw new UserErrorException(handlers.Count == 0
            ? $"unknown handler '{name}': the project has no [LambdaHandler] methods"
            : $"unknown handler '{name}'; the project has: {string.Join(", ", handlers.Select(h => h.Name))}");

    /// <summary>The name of the attribute's type when it is declared in the HandlerSdk namespace; null otherwise.</summary>
    private static string? AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        EntityHandle type = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };
        var (ns, name) = type.Kind switch
        {
            HandleKind.TypeReference => (reader.GetTypeReference((TypeReferenceHandle)type).Namespace, reader.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => (reader.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, reader.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => (default(StringHandle), default(StringHandle)),
        };
        return !name.IsNil && reader.StringComparer.Equals(ns, AttributeNamespace) ? reader.GetString(name) : null;
    }

    private static EventSourceInfo DescribeSource(string attributeName, CustomAttribute attribute)
    {
        var value = attribute.DecodeValue(new AttributeTypeProvider());
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in value.NamedArguments)
        {
            properties[argument.Name ?? ""] = argument.Value;
        }

        return new EventSourceInfo(
            attributeName[..^EventSourceInfo.AttributeSuffix.Length],
            value.FixedArguments.Length > 0 ? value.FixedArguments[0].Value as string : null,
            properties)
        {
            MoreArguments = [.. value.FixedArguments.Skip(1).Select(a => a.Value as string)],
        };
    }

    private static HttpRouteInfo DescribeRoute(MetadataReader reader, MethodDefinition method, string httpMethod, CustomAttribute attribute)
    {
        var value = attribute.DecodeValue(new AttributeTypeProvider());
        var template = value.FixedArguments.Length > 0 ? value.FixedArguments[0].Value as string : null;
        return new HttpRouteInfo(httpMethod, template ?? "", $"{reader.GetString(reader.GetTypeDefinition(method.GetDeclaringType()).Name)}.{reader.GetString(method.Name)}");
    }

    private static HandlerInfo Describe(MetadataReader reader, MethodDefinition method, CustomAttribute attribute)
    {
        var value = attribute.DecodeValue(new AttributeTypeProvider());
        var named = value.NamedArguments.ToDictionary(a => a.Name ?? "", a => a.Value, StringComparer.Ordinal);
        var methodName = reader.GetString(method.Name);
        var name = named.GetValueOrDefault("Name") as string;
        return new HandlerInfo(
            string.IsNullOrEmpty(name) ? methodName : name,
            $"{TypeName(reader, method.GetDeclaringType())}.{methodName}",
            named.GetValueOrDefault("TimeoutSeconds") as int? ?? 0,
            named.GetValueOrDefault("MemorySizeMb") as int? ?? 0);
    }

    private static string TypeName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return $"{TypeName(reader, declaring)}.{name}";
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }

    /// <summary>Just enough of a type provider to decode the attribute's string and int arguments.</summary>
    private sealed class AttributeTypeProvider : ICustomAttributeTypeProvider<object?>
    {
        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode;

        public object? GetSystemType() => typeof(Type);

        public object? GetSZArrayType(object? elementType) => null;

        public object? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => null;

        public object? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;

        public object? GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(object? type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(object? type) => ReferenceEquals(type, typeof(Type));
    }
}
