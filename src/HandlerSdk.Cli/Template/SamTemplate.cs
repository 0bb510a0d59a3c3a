using System.Globalization;
using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HandlerSdk.Cli.Template;

/// <summary>
/// Adds or updates one <c>AWS::Serverless::Function</c> per handler in a SAM template, through YamlDotNet's representation
/// model so that everything else (other resources, unknown keys, intrinsic tags such as <c>!Ref</c>, <c>!GetAtt</c>,
/// <c>!Sub</c>) is written back as it was read. Functions hsdk wrote carry <c>Metadata: {HandlerSdk: true}</c>; only those
/// are updated, or removed when their handler is gone. Each function's <c>Events</c> come from its handler's
/// event-source attributes (<see cref="SamEventSources"/>); events the user added are kept.
/// </summary>
/// <remarks>
/// MemorySize and Timeout are written only when the attribute sets them; otherwise they are left out so the template's
/// Globals (or Lambda's defaults, 128 MB and 3 s) decide. Comments in the input are not kept (YamlDotNet drops them).
/// </remarks>
internal static class SamTemplate
{
    public const string MarkerKey = "HandlerSdk";

    // api: the API Gateway API that HTTP functions' route events put them behind.
    public static string Update(string? existingYaml, IReadOnlyList<HandlerInfo> handlers, TargetArchitecture architecture, string codeUri, SamApiKind api = SamApiKind.Http)
    {
        SamHttpEvents.Check(handlers, api);
        var root = Load(existingYaml);
        EnsureHeader(root);
        var resources = Child(root, "Resources");

        var wanted = handlers.ToDictionary(h => LogicalIds.FromHandlerName(h.Name), StringComparer.Ordinal);
        foreach (var (key, value) in resources.Children.ToList())
        {
            if (IsOurs(value) && !wanted.ContainsKey(((YamlScalarNode)key).Value!))
            {
                resources.Children.Remove(key);
            }
        }

        foreach (var (id, handler) in wanted)
        {
            if (resources.Children.TryGetValue(new YamlScalarNode(id), out var existing) && !IsOurs(existing))
            {
                throw new UserErrorException($"the template already has a resource '{id}' that hsdk did not create; rename it or the handler");
            }

            var function = existing as YamlMappingNode ?? new YamlMappingNode();
            resources.Children[new YamlScalarNode(id)] = function;
            Fill(root, function, handler, architecture, codeUri, api);
        }

        return Save(root);
    }

    private static void Fill(YamlMappingNode root, YamlMappingNode function, HandlerInfo handler, TargetArchitecture architecture, string codeUri, SamApiKind api)
    {
        function.Children[new YamlScalarNode("Type")] = new YamlScalarNode("AWS::Serverless::Function");
        var properties = Child(function, "Properties");
        properties.Children[new YamlScalarNode("Runtime")] = new YamlScalarNode("provided.al2023");
        properties.Children[new YamlScalarNode("Handler")] = new YamlScalarNode(handler.Name);
        properties.Children[new YamlScalarNode("CodeUri")] = new YamlScalarNode(codeUri);
        properties.Children[new YamlScalarNode("Architectures")] = new YamlSequenceNode(new YamlScalarNode(architecture.LambdaName()));
        SetOrRemove(properties, "MemorySize", handler.MemorySizeMb);
        SetOrRemove(properties, "Timeout", handler.TimeoutSeconds);
        Child(function, "Metadata").Children[new YamlScalarNode(MarkerKey)] = new YamlScalarNode("true");
        SamEventSources.Write(root, function, properties, handler, api);
    }

    private static void SetOrRemove(YamlMappingNode properties, string key, int value)
    {
        if (value > 0)
        {
            properties.Children[new YamlScalarNode(key)] = new YamlScalarNode(value.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            properties.Children.Remove(new YamlScalarNode(key));
        }
    }

    private static bool IsOurs(YamlNode resource) =>
        resource is YamlMappingNode mapping
        && mapping.Children.TryGetValue(new YamlScalarNode("Metadata"), out var metadata)
        && metadata is YamlMappingNode metadataMapping
        && metadataMapping.Children.TryGetValue(new YamlScalarNode(MarkerKey), out var marker)
        && marker is YamlScalarNode { Value: "true" or "True" };

    private static void EnsureHeader(YamlMappingNode root)
    {
        if (!root.Children.ContainsKey(new YamlScalarNode("AWSTemplateFormatVersion")))
        {
            root.Children.Insert(0, new YamlScalarNode("AWSTemplateFormatVersion"), new YamlScalarNode("2010-09-09") { Style = ScalarStyle.SingleQuoted });
        }

        if (!root.Children.ContainsKey(new YamlScalarNode("Transform")))
        {
            root.Children.Insert(1, new YamlScalarNode("Transform"), new YamlScalarNode("AWS::Serverless-2016-10-31"));
        }
    }

    private static YamlMappingNode Child(YamlMappingNode parent, string key)
    {
        if (parent.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return node as YamlMappingNode ?? throw new UserErrorException($"the template's '{key}' is not a mapping");
        }

        var child = new YamlMappingNode();
        parent.Children[new YamlScalarNode(key)] = child;
        return child;
    }

    private static YamlMappingNode Load(string? yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return new YamlMappingNode();
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new UserErrorException($"the template is not valid YAML: {ex.Message}");
        }

        return stream.Documents.Count == 0
            ? new YamlMappingNode()
            : stream.Documents[0].RootNode as YamlMappingNode ?? throw new UserErrorException("the template's top level is not a mapping");
    }

    private static string Save(YamlMappingNode root)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString();

        // YamlStream ends each document with "...": valid YAML, but no one writes a SAM template that way.
        return text.EndsWith("...\n", StringComparison.Ordinal) || text.EndsWith("..." + Environment.NewLine, StringComparison.Ordinal)
            ? text[..text.LastIndexOf("...", StringComparison.Ordinal)]
            : text;
    }
}
