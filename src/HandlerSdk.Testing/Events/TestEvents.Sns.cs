using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Testing.Events;

public static partial class TestEvents
{
    /// <summary>The topic a built SNS event comes from.</summary>
    public const string SnsTopicArn = "arn:aws:sns:" + Region + ":" + AccountId + ":my-topic";

    /// <summary>
    /// An SNS event of one record per message, as Lambda delivers notifications (Lambda sends one at a time: pass one
    /// message for a faithful event): fresh message ids, the time of now, a subscription of the topic, a signature and
    /// the certificate and unsubscribe URLs SNS writes.
    /// </summary>
    /// <param name="messages">The messages, as published (JSON text stays text).</param>
    public static SnsEvent Sns(params string[] messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var subscription = Subscription();
        var now = DateTimeOffset.UtcNow;
        return new SnsEvent
        {
            Records = [.. messages.Select(message => new SnsRecord
            {
                EventVersion = "1.0",
                EventSubscriptionArn = subscription,
                EventSource = "aws:sns",
                Sns = Notification(new SnsMessage { Message = message }, subscription, now),
            })],
        };
    }

    /// <summary>
    /// An SNS event whose messages are JSON of <typeparamref name="T"/>, one record per message; see
    /// <see cref="Sns(string[])"/>. <see cref="ToTextMessages{T}(SnsEvent{T})"/> gives what Lambda sends.
    /// </summary>
    /// <param name="messages">The messages, as published.</param>
    public static SnsEvent<T> Sns<T>(params T[] messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var subscription = Subscription();
        var now = DateTimeOffset.UtcNow;
        return new SnsEvent<T>
        {
            Records = [.. messages.Select(message => new SnsRecord<T>
            {
                EventVersion = "1.0",
                EventSubscriptionArn = subscription,
                EventSource = "aws:sns",
                Sns = Notification(new SnsMessage<T> { Message = message }, subscription, now),
            })],
        };
    }

    /// <summary>
    /// The event with each message as the JSON text SNS delivers (written with System.Text.Json's defaults): what to
    /// serialize and send to a function.
    /// </summary>
    /// <param name="snsEvent">A built event.</param>
    [RequiresUnreferencedCode("Serializes the messages with System.Text.Json reflection; pass a serializer to the other overload under trimming.")]
    [RequiresDynamicCode("Serializes the messages with System.Text.Json reflection; pass a serializer to the other overload under native AOT.")]
    public static SnsEvent ToTextMessages<T>(this SnsEvent<T> snsEvent) => snsEvent.ToTextMessages(message => JsonSerializer.Serialize(message));

    /// <summary>The event with each message written to text by <paramref name="serialize"/>, ids and signature unchanged.</summary>
    /// <param name="snsEvent">A built event.</param>
    /// <param name="serialize">Writes a message as the JSON text the publisher sent.</param>
    public static SnsEvent ToTextMessages<T>(this SnsEvent<T> snsEvent, Func<T, string> serialize)
    {
        ArgumentNullException.ThrowIfNull(snsEvent);
        ArgumentNullException.ThrowIfNull(serialize);
        return new SnsEvent
        {
            Records = [.. snsEvent.Records.Select(r => new SnsRecord
            {
                EventVersion = r.EventVersion,
                EventSubscriptionArn = r.EventSubscriptionArn,
                EventSource = r.EventSource,
                AdditionalProperties = r.AdditionalProperties,
                Sns = new SnsMessage
                {
                    Message = serialize(r.Sns.Message),
                    Type = r.Sns.Type,
                    MessageId = r.Sns.MessageId,
                    TopicArn = r.Sns.TopicArn,
                    Subject = r.Sns.Subject,
                    Timestamp = r.Sns.Timestamp,
                    SignatureVersion = r.Sns.SignatureVersion,
                    Signature = r.Sns.Signature,
                    SigningCertUrl = r.Sns.SigningCertUrl,
                    UnsubscribeUrl = r.Sns.UnsubscribeUrl,
                    MessageAttributes = r.Sns.MessageAttributes,
                    AdditionalProperties = r.Sns.AdditionalProperties,
                },
            })],
        };
    }

    /// <inheritdoc cref="WithSubject(SnsEvent, string?)"/>
    public static SnsEvent<T> WithSubject<T>(this SnsEvent<T> snsEvent, string? subject)
    {
        ArgumentNullException.ThrowIfNull(snsEvent);
        return snsEvent with { Records = [.. snsEvent.Records.Select(r => r with { Sns = r.Sns with { Subject = subject } })] };
    }

    private static string Subscription() => $"{SnsTopicArn}:{Guid.NewGuid()}";

    private static TMessage Notification<TMessage>(TMessage message, string subscription, DateTimeOffset now)
        where TMessage : SnsMessageBase =>
        (TMessage)(message with
        {
            Type = "Notification",
            MessageId = Guid.NewGuid().ToString(),
            TopicArn = SnsTopicArn,
            Subject = null,
            Timestamp = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
            SignatureVersion = "1",
            Signature = Token("", 256),
            SigningCertUrl = $"https://sns.{Region}.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem",
            UnsubscribeUrl = $"https://sns.{Region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn={subscription}",
            MessageAttributes = new Dictionary<string, SnsMessageAttributeValue>(StringComparer.Ordinal),
        });

    /// <summary>The same notifications with a subject, as a publisher that sets one sends them.</summary>
    /// <param name="snsEvent">A built event.</param>
    /// <param name="subject">The subject, or null for none (SNS then sends null).</param>
    public static SnsEvent WithSubject(this SnsEvent snsEvent, string? subject)
    {
        ArgumentNullException.ThrowIfNull(snsEvent);
        return snsEvent with { Records = [.. snsEvent.Records.Select(r => r with { Sns = r.Sns with { Subject = subject } })] };
    }
}
