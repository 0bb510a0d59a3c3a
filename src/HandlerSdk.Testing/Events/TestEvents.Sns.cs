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
        var subscription = $"{SnsTopicArn}:{Guid.NewGuid()}";
        var now = DateTimeOffset.UtcNow;
        return new SnsEvent
        {
            Records = [.. messages.Select(message => new SnsRecord
            {
                EventVersion = "1.0",
                EventSubscriptionArn = subscription,
                EventSource = "aws:sns",
                Sns = new SnsMessage
                {
                    Type = "Notification",
                    MessageId = Guid.NewGuid().ToString(),
                    TopicArn = SnsTopicArn,
                    Subject = null,
                    Message = message,
                    Timestamp = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
                    SignatureVersion = "1",
                    Signature = Token("", 256),
                    SigningCertUrl = $"https://sns.{Region}.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem",
                    UnsubscribeUrl = $"https://sns.{Region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn={subscription}",
                    MessageAttributes = new Dictionary<string, SnsMessageAttributeValue>(StringComparer.Ordinal),
                },
            })],
        };
    }

    /// <summary>The same notifications with a subject, as a publisher that sets one sends them.</summary>
    /// <param name="snsEvent">A built event.</param>
    /// <param name="subject">The subject, or null for none (SNS then sends null).</param>
    public static SnsEvent WithSubject(this SnsEvent snsEvent, string? subject)
    {
        ArgumentNullException.ThrowIfNull(snsEvent);
        return snsEvent with { Records = [.. snsEvent.Records.Select(r => r with { Sns = r.Sns with { Subject = subject } })] };
    }
}
