using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Testing.Events;

public static partial class TestEvents
{
    /// <summary>The stream a built Kinesis event comes from.</summary>
    public const string KinesisStreamArn = "arn:aws:kinesis:" + Region + ":" + AccountId + ":stream/my-stream";

    // Kinesis sequence numbers are 56-digit decimals that grow within a shard; every built record takes the next one, so
    // records of successive calls keep Kinesis's order too.
    private static readonly BigInteger FirstSequenceNumber = BigInteger.Parse("49590338271490256608559692538361571095921575989136588898", CultureInfo.InvariantCulture);
    private static long kinesisSequence;

    /// <summary>
    /// A Kinesis event of one record per data text (UTF-8), from one shard of a stream: growing sequence numbers, an
    /// <c>eventID</c> of the shard and sequence number, the arrival time of now, partition key <c>partition-1</c>.
    /// </summary>
    /// <param name="data">The records' data, as text.</param>
    public static KinesisEvent Kinesis(params string[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var now = DateTimeOffset.UtcNow;
        return new KinesisEvent
        {
            Records = [.. data.Select(text =>
            {
                var sequence = NextKinesisSequence();
                return KinesisEnvelope(new KinesisEventRecord { Kinesis = KinesisData(new KinesisRecord { Data = Encoding.UTF8.GetBytes(text) }, sequence, now) }, sequence);
            })],
        };
    }

    /// <summary>
    /// A Kinesis event whose records' data is JSON of <typeparamref name="T"/>; see <see cref="Kinesis(string[])"/>.
    /// <see cref="ToRawData{T}(KinesisEvent{T})"/> gives what Lambda sends.
    /// </summary>
    /// <param name="records">The records' data.</param>
    public static KinesisEvent<T> Kinesis<T>(params T[] records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var now = DateTimeOffset.UtcNow;
        return new KinesisEvent<T>
        {
            Records = [.. records.Select(value =>
            {
                var sequence = NextKinesisSequence();
                return KinesisEnvelope(new KinesisEventRecord<T> { Kinesis = KinesisData(new KinesisRecord<T> { Data = value }, sequence, now) }, sequence);
            })],
        };
    }

    /// <summary>The event with each record's data as the UTF-8 JSON (System.Text.Json's defaults) Lambda sends, base64 in the event.</summary>
    /// <param name="kinesisEvent">A built event.</param>
    [RequiresUnreferencedCode("Serializes the data with System.Text.Json reflection; pass a serializer to the other overload under trimming.")]
    [RequiresDynamicCode("Serializes the data with System.Text.Json reflection; pass a serializer to the other overload under native AOT.")]
    public static KinesisEvent ToRawData<T>(this KinesisEvent<T> kinesisEvent) => kinesisEvent.ToRawData(value => JsonSerializer.Serialize(value));

    /// <summary>The event with each record's data written by <paramref name="serialize"/> as UTF-8, ids unchanged.</summary>
    /// <param name="kinesisEvent">A built event.</param>
    /// <param name="serialize">Writes a record's data as the JSON text the producer put.</param>
    public static KinesisEvent ToRawData<T>(this KinesisEvent<T> kinesisEvent, Func<T, string> serialize)
    {
        ArgumentNullException.ThrowIfNull(kinesisEvent);
        ArgumentNullException.ThrowIfNull(serialize);
        return new KinesisEvent
        {
            Records = [.. kinesisEvent.Records.Select(r => new KinesisEventRecord
            {
                EventSource = r.EventSource,
                EventVersion = r.EventVersion,
                EventId = r.EventId,
                EventName = r.EventName,
                InvokeIdentityArn = r.InvokeIdentityArn,
                AwsRegion = r.AwsRegion,
                EventSourceArn = r.EventSourceArn,
                AdditionalProperties = r.AdditionalProperties,
                Kinesis = new KinesisRecord
                {
                    Data = Encoding.UTF8.GetBytes(serialize(r.Kinesis.Data)),
                    KinesisSchemaVersion = r.Kinesis.KinesisSchemaVersion,
                    PartitionKey = r.Kinesis.PartitionKey,
                    SequenceNumber = r.Kinesis.SequenceNumber,
                    ApproximateArrivalTimestamp = r.Kinesis.ApproximateArrivalTimestamp,
                    EncryptionType = r.Kinesis.EncryptionType,
                    AdditionalProperties = r.Kinesis.AdditionalProperties,
                },
            })],
        };
    }

    /// <summary>One batch of the records of <paramref name="first"/> then those of <paramref name="next"/>, as a shard delivers them.</summary>
    /// <param name="first">The earlier records.</param>
    /// <param name="next">The later records.</param>
    public static KinesisEvent Then(this KinesisEvent first, KinesisEvent next)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(next);
        return first with { Records = [.. first.Records, .. next.Records] };
    }

    private static string NextKinesisSequence() =>
        (FirstSequenceNumber + (Interlocked.Increment(ref kinesisSequence) * 1_000_000)).ToString(CultureInfo.InvariantCulture);

    private static TRecord KinesisEnvelope<TRecord>(TRecord record, string sequence)
        where TRecord : KinesisEventRecordBase =>
        (TRecord)(record with
        {
            EventSource = "aws:kinesis",
            EventVersion = "1.0",
            EventId = "shardId-000000000000:" + sequence,
            EventName = "aws:kinesis:record",
            InvokeIdentityArn = $"arn:aws:iam::{AccountId}:role/lambda-role",
            AwsRegion = Region,
            EventSourceArn = KinesisStreamArn,
        });

    private static TData KinesisData<TData>(TData data, string sequence, DateTimeOffset now)
        where TData : KinesisRecordBase =>
        (TData)(data with
        {
            KinesisSchemaVersion = "1.0",
            PartitionKey = "partition-1",
            SequenceNumber = sequence,
            ApproximateArrivalTimestamp = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds()),
        });
}
