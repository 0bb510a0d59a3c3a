using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HandlerSdk.Cli.Events;

/// <summary>
/// Writes one event: the source's template with names, region and account replaced, then the payload and the records
/// asked for. Names are replaced before the payload goes in, so the user's own payload is never rewritten.
/// </summary>
internal static partial class EventWriter
{
    public const int MaxCount = 10_000;

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // '+' and '<' stay readable in ARNs, signatures and mail headers; the output is a file, not HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(EventRequest request)
    {
        var source = EventCatalog.Find(request.Source);
        Check(request, source);
        var body = request.Body is { } text ? EventBody.Parse(text) : null;

        var root = Template(source);
        source.Shape.Open(root);
        var rewritten = Rewrite(root, Replacements(request, source));
        if (body is not null)
        {
            source.Shape.SetBody(rewritten, body, source.Name);
        }

        if (source.Shape.Repeats is not null)
        {
            source.Shape.Repeat(rewritten, request.Count);
        }

        source.Shape.Close(rewritten);
        return rewritten.ToJsonString(Indented) + "\n";
    }

    /// <summary>The template as AWS would send it, with the default names, region and account.</summary>
    public static JsonObject Template(EventSource source)
    {
        using var stream = typeof(EventWriter).Assembly.GetManifestResourceStream(source.TemplateResource)
            ?? throw new InvalidOperationException($"the template {source.TemplateResource} is not embedded");
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static void Check(EventRequest request, EventSource source)
    {
        if (request.Body is not null && source.Shape.Payload is null)
        {
            throw new UserErrorException(
                $"{source.Name} carries no payload, so --body does not apply; it does for: {EventCatalog.Names(EventCatalog.All.Where(s => s.Shape.Payload is not null))}");
        }

        if (request.Count != 1 && source.Shape.Repeats is null)
        {
            throw new UserErrorException(
                $"{source.Name} sends one event with no records, so --count does not apply; it does for: {EventCatalog.Names(EventCatalog.All.Where(s => s.Shape.Repeats is not null))}");
        }

        if (request.Count is < 1 or > MaxCount)
        {
            throw new UserErrorException(string.Create(CultureInfo.InvariantCulture, $"--count must be between 1 and {MaxCount}, got {request.Count}"));
        }

        if (!RegionPattern().IsMatch(request.Region))
        {
            throw new UserErrorException($"--region '{request.Region}' is not an AWS region code (like us-east-1 or eu-west-2)");
        }

        if (!AccountPattern().IsMatch(request.Account))
        {
            throw new UserErrorException($"--account '{request.Account}' is not an AWS account id (12 digits)");
        }

        foreach (var (kind, name) in request.Names)
        {
            if (source.Resources.All(resource => resource.Kind != kind))
            {
                var takers = EventCatalog.All.Where(s => s.Resources.Any(resource => resource.Kind == kind));
                throw new UserErrorException($"{ResourceOptions.OptionName(kind)} does not apply to {source.Name}; it does for: {EventCatalog.Names(takers)}");
            }

            ResourceOptions.Validate(kind, name, source);
        }
    }

    private static List<(Regex Pattern, string Replacement)> Replacements(EventRequest request, EventSource source)
    {
        var replacements = new List<(Regex, string)>();
        foreach (var resource in source.Resources)
        {
            if (request.Names.TryGetValue(resource.Kind, out var name))
            {
                replacements.Add((ResourceOptions.Occurrences(resource.Default), name));
            }
        }

        // The region also appears without hyphens (CloudFormation's response bucket); the account and region only as
        // the template's own values, which appear nowhere else.
        replacements.Add((new Regex(Regex.Escape(EventCatalog.DefaultRegion), RegexOptions.CultureInvariant), request.Region));
        replacements.Add((new Regex(Regex.Escape(EventCatalog.DefaultRegion.Replace("-", "", StringComparison.Ordinal)), RegexOptions.CultureInvariant), request.Region.Replace("-", "", StringComparison.Ordinal)));
        replacements.Add((new Regex(Regex.Escape(EventCatalog.DefaultAccount), RegexOptions.CultureInvariant), request.Account));
        return replacements;
    }

    // Every string value and every property name ("my-topic-0" in Kafka, "my-queue::/" in RabbitMQ) is rewritten.
    private static JsonObject Rewrite(JsonObject root, List<(Regex Pattern, string Replacement)> replacements) =>
        (JsonObject)Rewrite((JsonNode)root, replacements)!;

    private static JsonNode? Rewrite(JsonNode? node, List<(Regex Pattern, string Replacement)> replacements)
    {
        switch (node)
        {
            case JsonObject obj:
                var rewritten = new JsonObject();
                foreach (var (name, value) in obj.ToList())
                {
                    obj.Remove(name);
                    rewritten[Replace(name, replacements)] = Rewrite(value, replacements);
                }

                return rewritten;
            case JsonArray array:
                var items = array.ToList();
                array.Clear();
                foreach (var item in items)
                {
                    array.Add(Rewrite(item, replacements));
                }

                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(Replace(value.GetValue<string>(), replacements));
            default:
                return node;
        }
    }

    private static string Replace(string text, List<(Regex Pattern, string Replacement)> replacements)
    {
        foreach (var (pattern, replacement) in replacements)
        {
            text = pattern.Replace(text, replacement.Replace("$", "$$", StringComparison.Ordinal));
        }

        return text;
    }

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d{1,2}$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex AccountPattern();
}
