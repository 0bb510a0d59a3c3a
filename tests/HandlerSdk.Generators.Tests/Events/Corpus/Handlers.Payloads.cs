// Echo handlers over models with payloads decoded in place ([JsonPayload]): the event models' own (SQS bodies, SNS
// messages, SNS notifications inside SQS bodies) and a user type marking its members with every encoding.
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using HandlerSdk;
using HandlerSdk.Events;
using HandlerSdk.Generated;
using HandlerSdk.Serialization;

namespace EventCorpus;

/// <summary>An order, as a message body or notification would carry it.</summary>
public sealed record PayloadOrder
{
    [JsonPropertyName("orderId")]
    public string OrderId { get; init; } = "";
    [JsonPropertyName("customer")]
    public string? Customer { get; init; }
    [JsonPropertyName("total")]
    public decimal Total { get; init; }
    [JsonPropertyName("lines")]
    public List<OrderLine> Lines { get; init; } = [];
}

/// <summary>A user type with a member in each encoding, nullable and not.</summary>
public sealed record PayloadEnvelope
{
    [JsonPropertyName("data")]
    [JsonPayload(PayloadEncoding.Base64Json)]
    public PayloadOrder Data { get; init; } = new();

    [JsonPropertyName("zipped")]
    [JsonPayload(PayloadEncoding.Base64GzipJson)]
    public PayloadOrder? Zipped { get; init; }

    [JsonPropertyName("item")]
    [JsonPayload(PayloadEncoding.DynamoDbJson)]
    public PayloadOrder? Item { get; init; }

    [JsonPropertyName("image")]
    [JsonPayload(PayloadEncoding.DynamoDbJson)]
    public Dictionary<string, JsonElement>? Image { get; init; }

    [JsonPropertyName("count")]
    [JsonPayload(PayloadEncoding.Json)]
    public int Count { get; init; }

    [JsonPropertyName("maybe")]
    [JsonPayload(PayloadEncoding.Json)]
    public int? Maybe { get; init; }

    [JsonPropertyName("lines")]
    [JsonPayload(PayloadEncoding.Json)]
    public List<OrderLine>? Lines { get; init; }

    [JsonPropertyName("text")]
    [JsonPayload(PayloadEncoding.Json)]
    public string? Text { get; init; }
}

public static class PayloadHandlers
{
    [LambdaHandler] public static SqsEvent<PayloadOrder> EchoSqsOrders(SqsEvent<PayloadOrder> value) => value;
    [LambdaHandler] public static SnsEvent<PayloadOrder> EchoSnsOrders(SnsEvent<PayloadOrder> value) => value;
    [LambdaHandler] public static SqsEvent<SnsNotification<PayloadOrder>> EchoSnsToSqsOrders(SqsEvent<SnsNotification<PayloadOrder>> value) => value;
    [LambdaHandler] public static SqsEvent<SnsNotification> EchoSnsToSqsText(SqsEvent<SnsNotification> value) => value;
    [LambdaHandler] public static PayloadEnvelope EchoEnvelope(PayloadEnvelope value) => value;
}

public static partial class Bridge
{
    private static void RegisterPayloads(Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)> map)
    {
        Add<SqsEvent<PayloadOrder>>(map, LambdaJson.WriteSqsEventOfPayloadOrder, LambdaJson.ReadSqsEventOfPayloadOrder);
        Add<SnsEvent<PayloadOrder>>(map, LambdaJson.WriteSnsEventOfPayloadOrder, LambdaJson.ReadSnsEventOfPayloadOrder);
        Add<SqsEvent<SnsNotification<PayloadOrder>>>(
            map,
            LambdaJson.WriteSqsEventOfSnsNotificationOfPayloadOrder,
            LambdaJson.ReadSqsEventOfSnsNotificationOfPayloadOrder);
        Add<SqsEvent<SnsNotification>>(map, LambdaJson.WriteSqsEventOfSnsNotification, LambdaJson.ReadSqsEventOfSnsNotification);
        Add<PayloadEnvelope>(map, LambdaJson.WritePayloadEnvelope, LambdaJson.ReadPayloadEnvelope);
    }
}
