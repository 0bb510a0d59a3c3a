using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HandlerSdk.Generators.Diagnostics;
using HandlerSdk.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.Generators.Parsing;

/// <summary>
/// Per-record handlers: a <c>[LambdaHandler]</c> whose event parameter is one record of a batch source
/// (<c>SqsMessage</c>, <c>KinesisEventRecord</c>, <c>DynamoDbStreamRecord</c>, <c>KafkaRecord</c> and their <c>&lt;T&gt;</c>
/// forms), with its
/// <c>[BatchItems]</c> options (HSDK0301..0304).
/// </summary>
internal static class BatchParser
{
    public const string AttributeName = "HandlerSdk.BatchItemsAttribute";
    public const int DefaultDeadlineMarginMs = 1000;
    public const int MaxParallelismLimit = 10000;
    public const int MaxDeadlineMarginMs = 900_000;

    private const string EventsNamespace = "HandlerSdk.Events";
    private const string RecordForms = "SqsMessage, KinesisEventRecord, DynamoDbStreamRecord or KafkaRecord, or their <T> forms";

    /// <summary>Lambda's timeout when a handler sets none.</summary>
    private const int DefaultTimeoutSeconds = 3;

    /// <summary>
    /// The batch that <paramref name="type"/> is one record of, when it is a record of a source with partial batch
    /// responses. The event and response types come from the record's own namespace, so no compilation is needed.
    /// </summary>
    public static BatchRecord? Record(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named || named.ContainingNamespace?.ToDisplayString() != EventsNamespace)
        {
            return null;
        }

        var events = named.ContainingNamespace;
        var (source, eventName, responseName) = named.OriginalDefinition.Name switch
        {
            "SqsMessage" => (BatchSource.Sqs, "SqsEvent", "SqsBatchResponse"),
            "KinesisEventRecord" => (BatchSource.Kinesis, "KinesisEvent", "StreamBatchResponse"),
            "DynamoDbStreamRecord" => (BatchSource.DynamoDb, "DynamoDbStreamEvent", "StreamBatchResponse"),
            "KafkaRecord" => (BatchSource.Kafka, "KafkaEvent", "KafkaBatchResponse"),
            _ => (default(BatchSource?), string.Empty, string.Empty),
        };
        if (source is null || named.Arity > 1)
        {
            return null;
        }

        // SqsMessage pairs with SqsEvent, SqsMessage<T> with SqsEvent<T>; the same for the streams and Kafka.
        var batch = Single(events, eventName, named.Arity) is { } definition
            ? named.Arity == 0 ? definition : definition.Construct(named.TypeArguments[0])
            : null;
        var response = Single(events, responseName, 0);
        return batch is null || response is null
            ? null
            : new BatchRecord(source.Value, batch, response, HasPayload: named.IsGenericType);
    }

    /// <summary>
    /// The batch spec of a per-record handler (null for any other), reporting what is wrong with its return type or
    /// options, and <c>[BatchItems]</c> where it does nothing.
    /// </summary>
    /// <param name="recordPayload">The record as read on its own, for records that decode a payload.</param>
    /// <param name="payload">Makes the response's payload spec (and adds its types to the handler's).</param>
    public static BatchSpec? Parse(
        IMethodSymbol method,
        string displayName,
        AttributeData handlerAttribute,
        BatchRecord? record,
        ITypeSymbol? eventType,
        ReturnSpec? returnSpec,
        PayloadSpec? recordPayload,
        Func<ITypeSymbol, PayloadSpec?> payload,
        List<HandlerProblem> problems,
        Location? location)
    {
        var options = method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeName);
        if (record is null)
        {
            if (options is not null)
            {
                problems.Add(new HandlerProblem(
                    DiagnosticDescriptors.BatchOptionsWithoutRecord,
                    AttributeLocation(options) ?? location,
                    [displayName, eventType is null ? "missing" : eventType.ToDisplayString(), RecordForms]));
            }

            return null;
        }

        if (returnSpec?.Shape is not (ReturnShape.Void or ReturnShape.Task or ReturnShape.ValueTask))
        {
            problems.Add(new HandlerProblem(
                DiagnosticDescriptors.PerRecordHandlerReturnsValue,
                ReturnTypeLocation(method) ?? location,
                [displayName, eventType!.ToDisplayString(), method.ReturnType.ToDisplayString()]));
        }

        var maxParallelism = Int(options, "MaxParallelism");
        if (maxParallelism is < 1 or > MaxParallelismLimit)
        {
            Invalid(options!, "MaxParallelism", maxParallelism.Value, $"the allowed range is 1..{MaxParallelismLimit}; leave it out to run one record at a time", problems, location);
        }
        else if (maxParallelism > 1 && record.Source is BatchSource.Kinesis or BatchSource.DynamoDb)
        {
            problems.Add(new HandlerProblem(
                DiagnosticDescriptors.ParallelismBreaksOrder,
                ArgumentLocation(options!, "MaxParallelism") ?? location,
                [maxParallelism.Value.ToString(CultureInfo.InvariantCulture), displayName, record.Source == BatchSource.Kinesis ? "Kinesis" : "DynamoDB stream"]));
        }

        var timeoutSeconds = Int(handlerAttribute, "TimeoutSeconds") is { } set and >= 1 ? set : DefaultTimeoutSeconds;
        var margin = Int(options, "DeadlineMarginMs");
        if (margin is < 0 or > MaxDeadlineMarginMs)
        {
            Invalid(options!, "DeadlineMarginMs", margin.Value, $"the allowed range is 0..{MaxDeadlineMarginMs}", problems, location);
        }
        else if (margin is { } value && value >= timeoutSeconds * 1000L)
        {
            Invalid(options!, "DeadlineMarginMs", value, $"the handler's timeout is {timeoutSeconds} s, so no record would ever start; use less than {timeoutSeconds * 1000}", problems, location);
        }

        return payload(record.Response) is { } response
            // Unset, the margin is a second, or a third of a shorter timeout: it must never keep every record from starting.
            ? new BatchSpec(record.Source, response, maxParallelism ?? 1, margin ?? Math.Min(DefaultDeadlineMarginMs, timeoutSeconds * 1000 / 3), record.HasPayload ? recordPayload : null)
            : null;
    }

    private static void Invalid(AttributeData options, string property, int value, string reason, List<HandlerProblem> problems, Location? fallback) =>
        problems.Add(new HandlerProblem(
            DiagnosticDescriptors.InvalidBatchOption,
            ArgumentLocation(options, property) ?? fallback,
            [property, value.ToString(CultureInfo.InvariantCulture), reason]));

    private static int? Int(AttributeData? attribute, string name) =>
        attribute?.NamedArguments.FirstOrDefault(a => a.Key == name) is { Key: not null } argument && argument.Value.Value is int value ? value : null;

    private static INamedTypeSymbol? Single(INamespaceSymbol events, string name, int arity) =>
        events.GetTypeMembers(name, arity).FirstOrDefault();

    private static Location? AttributeLocation(AttributeData attribute) => attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation();

    private static Location? ArgumentLocation(AttributeData attribute, string property) =>
        (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == property)?.GetLocation();

    private static Location? ReturnTypeLocation(IMethodSymbol method) =>
        (method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as MethodDeclarationSyntax)?.ReturnType.GetLocation();
}

/// <summary>A record type's batch: the event that carries it and the response that reports its failures.</summary>
/// <param name="HasPayload">The record decodes a payload (<c>SqsMessage&lt;T&gt;</c>'s body, a stream record's data or images), which may fail for one record alone.</param>
internal sealed record BatchRecord(BatchSource Source, INamedTypeSymbol Event, INamedTypeSymbol Response, bool HasPayload);
