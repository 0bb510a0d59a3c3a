using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Testing.Events;

public static partial class TestEvents
{
    /// <summary>The queue a built SQS event comes from, unless <see cref="FromQueue(SqsEvent, string)"/> says otherwise.</summary>
    public const string SqsQueueArn = "arn:aws:sqs:" + Region + ":" + AccountId + ":my-queue";

    /// <summary>
    /// An SQS batch of one message per body, from a standard queue: fresh message ids and receipt handles, receive
    /// count 1, the send and first-receive times of now, and each body's MD5.
    /// </summary>
    /// <param name="bodies">The message bodies, as sent.</param>
    public static SqsEvent Sqs(params string[] bodies)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        var now = DateTimeOffset.UtcNow;
        return new SqsEvent { Records = [.. bodies.Select(body => Message(new SqsMessage { Body = body }, body, now))] };
    }

    /// <summary>
    /// An SQS batch whose bodies are JSON of <typeparamref name="T"/>, the body text written with System.Text.Json's
    /// defaults (member names as declared, as HandlerSdk's generated serializers write them) for <c>md5OfBody</c>.
    /// </summary>
    /// <remarks>
    /// System.Text.Json's reflection serializer is what test projects (JIT) have at hand for any type; a function whose
    /// types need other JSON (a naming policy, converters) passes its serializer to
    /// <see cref="Sqs{T}(Func{T, string}, T[])"/>.
    /// </remarks>
    /// <param name="bodies">The message bodies.</param>
    [RequiresUnreferencedCode("Serializes the bodies with System.Text.Json reflection; pass a serializer to the other overload under trimming.")]
    [RequiresDynamicCode("Serializes the bodies with System.Text.Json reflection; pass a serializer to the other overload under native AOT.")]
    public static SqsEvent<T> Sqs<T>(params T[] bodies) => Sqs(body => JsonSerializer.Serialize(body), bodies);

    /// <summary>An SQS batch whose bodies are <typeparamref name="T"/>, written to text by <paramref name="serialize"/> (for <c>md5OfBody</c>).</summary>
    /// <param name="serialize">Writes a body as the JSON text the sender would send.</param>
    /// <param name="bodies">The message bodies.</param>
    public static SqsEvent<T> Sqs<T>(Func<T, string> serialize, params T[] bodies)
    {
        ArgumentNullException.ThrowIfNull(serialize);
        ArgumentNullException.ThrowIfNull(bodies);
        var now = DateTimeOffset.UtcNow;
        return new SqsEvent<T> { Records = [.. bodies.Select(body => Message(new SqsMessage<T> { Body = body }, serialize(body), now))] };
    }

    /// <summary>
    /// The same batch from a FIFO queue, all in one message group: the queue ARN gains <c>.fifo</c>, and each message
    /// a <c>MessageGroupId</c>, a <c>MessageDeduplicationId</c> and a <c>SequenceNumber</c> increasing in batch order.
    /// </summary>
    /// <param name="sqsEvent">A built batch.</param>
    /// <param name="messageGroupId">The message group of every message.</param>
    public static SqsEvent Fifo(this SqsEvent sqsEvent, string messageGroupId = "group-1")
    {
        ArgumentNullException.ThrowIfNull(sqsEvent);
        return sqsEvent with { Records = [.. sqsEvent.Records.Select((m, i) => Fifo(m, messageGroupId, i))] };
    }

    /// <inheritdoc cref="Fifo(SqsEvent, string)"/>
    public static SqsEvent<T> Fifo<T>(this SqsEvent<T> sqsEvent, string messageGroupId = "group-1")
    {
        ArgumentNullException.ThrowIfNull(sqsEvent);
        return sqsEvent with { Records = [.. sqsEvent.Records.Select((m, i) => Fifo(m, messageGroupId, i))] };
    }

    /// <summary>The same batch from another queue (its ARN, region included); a FIFO queue's ARN ends in <c>.fifo</c>.</summary>
    /// <param name="sqsEvent">A built batch.</param>
    /// <param name="queueArn">The queue's ARN, <c>arn:aws:sqs:REGION:ACCOUNT:NAME</c>.</param>
    public static SqsEvent FromQueue(this SqsEvent sqsEvent, string queueArn)
    {
        ArgumentNullException.ThrowIfNull(sqsEvent);
        var region = QueueRegion(queueArn);
        return sqsEvent with { Records = [.. sqsEvent.Records.Select(m => m with { EventSourceArn = queueArn, AwsRegion = region })] };
    }

    /// <inheritdoc cref="FromQueue(SqsEvent, string)"/>
    public static SqsEvent<T> FromQueue<T>(this SqsEvent<T> sqsEvent, string queueArn)
    {
        ArgumentNullException.ThrowIfNull(sqsEvent);
        var region = QueueRegion(queueArn);
        return sqsEvent with { Records = [.. sqsEvent.Records.Select(m => m with { EventSourceArn = queueArn, AwsRegion = region })] };
    }

    /// <summary>
    /// The batch with each body as the text SQS delivers (written with System.Text.Json's defaults): what to serialize
    /// and send to a function, since Lambda's event carries the body as a JSON string, not an object.
    /// </summary>
    /// <param name="sqsEvent">A built batch.</param>
    [RequiresUnreferencedCode("Serializes the bodies with System.Text.Json reflection; pass a serializer to the other overload under trimming.")]
    [RequiresDynamicCode("Serializes the bodies with System.Text.Json reflection; pass a serializer to the other overload under native AOT.")]
    public static SqsEvent ToTextBodies<T>(this SqsEvent<T> sqsEvent) => sqsEvent.ToTextBodies(body => JsonSerializer.Serialize(body));

    /// <summary>The batch with each body written to text by <paramref name="serialize"/>, ids and attributes unchanged.</summary>
    /// <param name="sqsEvent">A built batch.</param>
    /// <param name="serialize">Writes a body as the JSON text the sender sent.</param>
    public static SqsEvent ToTextBodies<T>(this SqsEvent<T> sqsEvent, Func<T, string> serialize)
    {
        ArgumentNullException.ThrowIfNull(sqsEvent);
        ArgumentNullException.ThrowIfNull(serialize);
        return new SqsEvent
        {
            Records = [.. sqsEvent.Records.Select(m => new SqsMessage
            {
                Body = serialize(m.Body),
                MessageId = m.MessageId,
                ReceiptHandle = m.ReceiptHandle,
                Attributes = m.Attributes,
                MessageAttributes = m.MessageAttributes,
                Md5OfBody = m.Md5OfBody,
                Md5OfMessageAttributes = m.Md5OfMessageAttributes,
                EventSource = m.EventSource,
                EventSourceArn = m.EventSourceArn,
                AwsRegion = m.AwsRegion,
                AdditionalProperties = m.AdditionalProperties,
            })],
        };
    }

    private static TMessage Message<TMessage>(TMessage message, string bodyText, DateTimeOffset now)
        where TMessage : SqsMessageBase
    {
        var sent = now.AddMilliseconds(-Random.Shared.Next(5, 200));
        return (TMessage)(message with
        {
            MessageId = Guid.NewGuid().ToString(),
            ReceiptHandle = Token("AQEB", 96),
            Attributes = new SqsMessageSystemAttributes
            {
                ApproximateReceiveCount = "1",
                SentTimestamp = NowMilliseconds(sent),
                SenderId = "AIDAIENQZJOLO23YVJ4VO",
                ApproximateFirstReceiveTimestamp = NowMilliseconds(now),
            },
            MessageAttributes = new Dictionary<string, SqsMessageAttributeValue>(StringComparer.Ordinal),
            Md5OfBody = Md5(bodyText),
            EventSource = "aws:sqs",
            EventSourceArn = SqsQueueArn,
            AwsRegion = Region,
        });
    }

    private static TMessage Fifo<TMessage>(TMessage message, string messageGroupId, int index)
        where TMessage : SqsMessageBase
    {
        ArgumentException.ThrowIfNullOrEmpty(messageGroupId);

        // FIFO sequence numbers are large and grow within a group; SQS documents no more than that.
        var sequence = (18849496460467696128m + (index * 65536m)).ToString(CultureInfo.InvariantCulture);
        var arn = message.EventSourceArn.EndsWith(".fifo", StringComparison.Ordinal) ? message.EventSourceArn : message.EventSourceArn + ".fifo";
        return (TMessage)(message with
        {
            EventSourceArn = arn,
            Attributes = message.Attributes with
            {
                SequenceNumber = sequence,
                MessageGroupId = messageGroupId,
                MessageDeduplicationId = Hex(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(message.MessageId))),
            },
        });
    }

    private static string QueueRegion(string queueArn)
    {
        var parts = queueArn?.Split(':') ?? [];
        return parts.Length == 6 && parts[0] == "arn" && parts[2] == "sqs" && parts[3].Length > 0
            ? parts[3]
            : throw new ArgumentException($"'{queueArn}' is not an SQS queue ARN (arn:aws:sqs:REGION:ACCOUNT:NAME).", nameof(queueArn));
    }
}
