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
        Add<KinesisEvent<StreamOrder>>(map, LambdaJson.WriteKinesisEventOfStreamOrder, LambdaJson.ReadKinesisEventOfStreamOrder);
        Add<KafkaEvent<StreamOrder>>(map, LambdaJson.WriteKafkaEventOfStreamOrder, LambdaJson.ReadKafkaEventOfStreamOrder);
        Add<FirehoseEvent<StreamOrder>>(map, LambdaJson.WriteFirehoseEventOfStreamOrder, LambdaJson.ReadFirehoseEventOfStreamOrder);
        Add<DynamoDbStreamEvent<StreamItem>>(map, LambdaJson.WriteDynamoDbStreamEventOfStreamItem, LambdaJson.ReadDynamoDbStreamEventOfStreamItem);
        Add<DynamoDbStreamEvent>(map, LambdaJson.WriteDynamoDbStreamEvent, LambdaJson.ReadDynamoDbStreamEvent);
        Add<DynamoDbTimeWindowEvent>(map, LambdaJson.WriteDynamoDbTimeWindowEvent, LambdaJson.ReadDynamoDbTimeWindowEvent);
        Add<KinesisEvent>(map, LambdaJson.WriteKinesisEvent, LambdaJson.ReadKinesisEvent);
        Add<KinesisTimeWindowEvent>(map, LambdaJson.WriteKinesisTimeWindowEvent, LambdaJson.ReadKinesisTimeWindowEvent);
        Add<StreamBatchResponse>(map, LambdaJson.WriteStreamBatchResponse, LambdaJson.ReadStreamBatchResponse);
        Add<StreamTimeWindowResponse>(map, LambdaJson.WriteStreamTimeWindowResponse, LambdaJson.ReadStreamTimeWindowResponse);
        Add<FirehoseEvent>(map, LambdaJson.WriteFirehoseEvent, LambdaJson.ReadFirehoseEvent);
        Add<FirehoseResponse>(map, LambdaJson.WriteFirehoseResponse, LambdaJson.ReadFirehoseResponse);
        Add<KafkaEvent>(map, LambdaJson.WriteKafkaEvent, LambdaJson.ReadKafkaEvent);
        Add<ActiveMqEvent>(map, LambdaJson.WriteActiveMqEvent, LambdaJson.ReadActiveMqEvent);
        Add<RabbitMqEvent>(map, LambdaJson.WriteRabbitMqEvent, LambdaJson.ReadRabbitMqEvent);
        Add<CloudWatchLogsEvent>(map, LambdaJson.WriteCloudWatchLogsEvent, LambdaJson.ReadCloudWatchLogsEvent);
        Add<CloudWatchLogsData>(map, LambdaJson.WriteCloudWatchLogsData, LambdaJson.ReadCloudWatchLogsData);
    }
}
