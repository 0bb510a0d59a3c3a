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

    public static string Write(EventRequest request) => Write(request, TextReader.Null);

    /// <summary>The event as indented JSON; <paramref name="standardInput"/> is read when the body is <c>-</c>.</summary>
    public static string Write(EventRequest request, TextReader standardInput)
    {
        var source = EventCatalog.Find(request.Source);
        Check(request, source);
        var body = request.Body is { } text ? EventBody.Parse(text, standardInput) : null;

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

    /// <summary>
    /// One pattern for every replacement, applied in a single pass: a name the user gives that happens to contain
    /// "us-east-1" or the default account is not rewritten again by the region or account replacement.
    /// </summary>
    private static Rewriter Replacements(EventRequest request, EventSource source)
    {
        var replacements = new List<(string Pattern, string Replacement)>();
        foreach (var resource in source.Resources)
        {
            if (request.Names.TryGetValue(resource.Kind, out var name))
            {
                replacements.Add((ResourceOptions.Occurrences(resource.Default), name));
            }
        }

        // The region also appears without hyphens (CloudFormation's response bucket). The template's account and region
        // appear nowhere but where they are meant.
        replacements.Add((Regex.Escape(EventCatalog.DefaultRegion), request.Region));
        replacements.Add((Regex.Escape(EventCatalog.DefaultRegion.Replace("-", "", StringComparison.Ordinal)), request.Region.Replace("-", "", StringComparison.Ordinal)));
        replacements.Add((Regex.Escape(EventCatalog.DefaultAccount), request.Account));
        var pattern = new Regex(
            string.Join('|', replacements.Select((replacement, i) => string.Create(CultureInfo.InvariantCulture, $"(?<r{i}>{replacement.Pattern})"))),
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        return new Rewriter(pattern, [.. replacements.Select(replacement => replacement.Replacement)]);
    }

    // Every string value and every property name ("my-topic-0" in Kafka, "my-queue::/" in RabbitMQ) is rewritten.
    private static JsonObject Rewrite(JsonObject root, Rewriter rewriter) => (JsonObject)Rewrite((JsonNode)root, rewriter)!;

    private static JsonNode? Rewrite(JsonNode? node, Rewriter rewriter)
    {
        switch (node)
        {
            case JsonObject obj:
                var rewritten = new JsonObject();
                foreach (var (name, value) in obj.ToList())
                {
                    obj.Remove(name);
                    rewritten[rewriter.Replace(name)] = Rewrite(value, rewriter);
                }

                return rewritten;
            case JsonArray array:
                var items = array.ToList();
                array.Clear();
                foreach (var item in items)
                {
                    array.Add(Rewrite(item, rewriter));
                }

                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(rewriter.Replace(value.GetValue<string>()));
            default:
                return node;
        }
    }

    private sealed record Rewriter(Regex Pattern, IReadOnlyList<string> Replacements)
    {
        public string Replace(string text) => Pattern.Replace(text, match =>
        {
            for (var i = 0; i < Replacements.Count; i++)
            {
                if (match.Groups[string.Create(CultureInfo.InvariantCulture, $"r{i}")].Success)
                {
                    return Replacements[i];
                }
            }

            return match.Value;
        });
    }

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d{1,2}$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex AccountPattern();
}
