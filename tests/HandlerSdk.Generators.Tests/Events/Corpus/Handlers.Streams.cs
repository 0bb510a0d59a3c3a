// Echo handlers over the stream and queue-broker event models (DynamoDB Streams, Kinesis, Firehose, Kafka, Amazon MQ,
// CloudWatch Logs), and the bridge entries that reach their generated readers and writers.
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using HandlerSdk;
using HandlerSdk.Events;
using HandlerSdk.Generated;

namespace EventCorpus;

/// <summary>An order as producers put it, base64 JSON, on a Kinesis stream, a Kafka topic or a Firehose stream.</summary>
public sealed record StreamOrder
{
    [JsonPropertyName("orderId")]
    public string OrderId { get; init; } = "";
    [JsonPropertyName("total")]
    public decimal Total { get; init; }
    [JsonPropertyName("lines")]
    public List<OrderLine> Lines { get; init; } = [];
}

/// <summary>An item of the SDK samples' DynamoDB table, read from its stream images.</summary>
public sealed record StreamItem
{
    [JsonPropertyName("Id")]
    public long Id { get; init; }
    [JsonPropertyName("Message")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Message { get; init; }
}

public static class StreamHandlers
{
    [LambdaHandler] public static KinesisEvent<StreamOrder> EchoKinesisOrders(KinesisEvent<StreamOrder> value) => value;
    [LambdaHandler] public static KafkaEvent<StreamOrder> EchoKafkaOrders(KafkaEvent<StreamOrder> value) => value;
    [LambdaHandler] public static FirehoseEvent<StreamOrder> EchoFirehoseOrders(FirehoseEvent<StreamOrder> value) => value;
    [LambdaHandler] public static DynamoDbStreamEvent<StreamItem> EchoDynamoDbItems(DynamoDbStreamEvent<StreamItem> value) => value;
    [LambdaHandler] public static DynamoDbStreamEvent EchoDynamoDbStreamEvent(DynamoDbStreamEvent value) => value;
    [LambdaHandler] public static DynamoDbTimeWindowEvent EchoDynamoDbTimeWindowEvent(DynamoDbTimeWindowEvent value) => value;
    [LambdaHandler] public static KinesisEvent EchoKinesisEvent(KinesisEvent value) => value;
    [LambdaHandler] public static KinesisTimeWindowEvent EchoKinesisTimeWindowEvent(KinesisTimeWindowEvent value) => value;
    [LambdaHandler] public static StreamBatchResponse EchoStreamBatchResponse(StreamBatchResponse value) => value;
    [LambdaHandler] public static StreamTimeWindowResponse EchoStreamTimeWindowResponse(StreamTimeWindowResponse value) => value;
    [LambdaHandler] public static FirehoseEvent EchoFirehoseEvent(FirehoseEvent value) => value;
    [LambdaHandler] public static FirehoseResponse EchoFirehoseResponse(FirehoseResponse value) => value;
    [LambdaHandler] public static KafkaEvent EchoKafkaEvent(KafkaEvent value) => value;
    [LambdaHandler] public static ActiveMqEvent EchoActiveMqEvent(ActiveMqEvent value) => value;
    [LambdaHandler] public static RabbitMqEvent EchoRabbitMqEvent(RabbitMqEvent value) => value;
    [LambdaHandler] public static CloudWatchLogsEvent EchoCloudWatchLogsEvent(CloudWatchLogsEvent value) => value;
    [LambdaHandler] public static CloudWatchLogsData EchoCloudWatchLogsData(CloudWatchLogsData value) => value;
}

public static partial class Bridge
{
    private static void RegisterStreams(Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)> map)
    {
        Add<KinesisEvent<StreamOrder>>(map, LambdaJson.Write_HandlerSdk_Events_KinesisEvent_1OfEventCorpus_StreamOrder, LambdaJson.Read_HandlerSdk_Events_KinesisEvent_1OfEventCorpus_StreamOrder);
        Add<KafkaEvent<StreamOrder>>(map, LambdaJson.Write_HandlerSdk_Events_KafkaEvent_1OfEventCorpus_StreamOrder, LambdaJson.Read_HandlerSdk_Events_KafkaEvent_1OfEventCorpus_StreamOrder);
        Add<FirehoseEvent<StreamOrder>>(map, LambdaJson.Write_HandlerSdk_Events_FirehoseEvent_1OfEventCorpus_StreamOrder, LambdaJson.Read_HandlerSdk_Events_FirehoseEvent_1OfEventCorpus_StreamOrder);
        Add<DynamoDbStreamEvent<StreamItem>>(map, LambdaJson.Write_HandlerSdk_Events_DynamoDbStreamEvent_1OfEventCorpus_StreamItem, LambdaJson.Read_HandlerSdk_Events_DynamoDbStreamEvent_1OfEventCorpus_StreamItem);
        Add<DynamoDbStreamEvent>(map, LambdaJson.Write_HandlerSdk_Events_DynamoDbStreamEvent, LambdaJson.Read_HandlerSdk_Events_DynamoDbStreamEvent);
        Add<DynamoDbTimeWindowEvent>(map, LambdaJson.Write_HandlerSdk_Events_DynamoDbTimeWindowEvent, LambdaJson.Read_HandlerSdk_Events_DynamoDbTimeWindowEvent);
        Add<KinesisEvent>(map, LambdaJson.Write_HandlerSdk_Events_KinesisEvent, LambdaJson.Read_HandlerSdk_Events_KinesisEvent);
        Add<KinesisTimeWindowEvent>(map, LambdaJson.Write_HandlerSdk_Events_KinesisTimeWindowEvent, LambdaJson.Read_HandlerSdk_Events_KinesisTimeWindowEvent);
        Add<StreamBatchResponse>(map, LambdaJson.Write_HandlerSdk_Events_StreamBatchResponse, LambdaJson.Read_HandlerSdk_Events_StreamBatchResponse);
        Add<StreamTimeWindowResponse>(map, LambdaJson.Write_HandlerSdk_Events_StreamTimeWindowResponse, LambdaJson.Read_HandlerSdk_Events_StreamTimeWindowResponse);
        Add<FirehoseEvent>(map, LambdaJson.Write_HandlerSdk_Events_FirehoseEvent, LambdaJson.Read_HandlerSdk_Events_FirehoseEvent);
        Add<FirehoseResponse>(map, LambdaJson.Write_HandlerSdk_Events_FirehoseResponse, LambdaJson.Read_HandlerSdk_Events_FirehoseResponse);
        Add<KafkaEvent>(map, LambdaJson.Write_HandlerSdk_Events_KafkaEvent, LambdaJson.Read_HandlerSdk_Events_KafkaEvent);
        Add<ActiveMqEvent>(map, LambdaJson.Write_HandlerSdk_Events_ActiveMqEvent, LambdaJson.Read_HandlerSdk_Events_ActiveMqEvent);
        Add<RabbitMqEvent>(map, LambdaJson.Write_HandlerSdk_Events_RabbitMqEvent, LambdaJson.Read_HandlerSdk_Events_RabbitMqEvent);
        Add<CloudWatchLogsEvent>(map, LambdaJson.Write_HandlerSdk_Events_CloudWatchLogsEvent, LambdaJson.Read_HandlerSdk_Events_CloudWatchLogsEvent);
        Add<CloudWatchLogsData>(map, LambdaJson.Write_HandlerSdk_Events_CloudWatchLogsData, LambdaJson.Read_HandlerSdk_Events_CloudWatchLogsData);
    }
}
