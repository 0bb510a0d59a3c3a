using System.Globalization;
using HandlerSdk.Events;

namespace HandlerSdk.Testing.Events;

public static partial class TestEvents
{
    /// <summary>The table stream a built DynamoDB event comes from.</summary>
    public const string DynamoDbStreamArn = "arn:aws:dynamodb:" + Region + ":" + AccountId + ":table/my-table/stream/2024-01-01T00:00:00.000";

    private static long dynamoDbSequence;

    /// <summary>
    /// A DynamoDB stream event of one <c>INSERT</c>: the item's keys and its new image, a stream of
    /// <c>NEW_AND_OLD_IMAGES</c>, a growing sequence number (across calls), the time of now and the record's size.
    /// Join events with <see cref="Then(DynamoDbStreamEvent, DynamoDbStreamEvent)"/>.
    /// </summary>
    /// <param name="keys">The item's key attributes.</param>
    /// <param name="newImage">The item as written.</param>
    public static DynamoDbStreamEvent DynamoDbInsert(IReadOnlyDictionary<string, AttributeValue> keys, IReadOnlyDictionary<string, AttributeValue> newImage) =>
        DynamoDb("INSERT", keys, oldImage: null, newImage ?? throw new ArgumentNullException(nameof(newImage)));

    /// <summary>A DynamoDB stream event of one <c>MODIFY</c>, with both images; see <see cref="DynamoDbInsert"/>.</summary>
    /// <param name="keys">The item's key attributes.</param>
    /// <param name="oldImage">The item before.</param>
    /// <param name="newImage">The item after.</param>
    public static DynamoDbStreamEvent DynamoDbModify(IReadOnlyDictionary<string, AttributeValue> keys, IReadOnlyDictionary<string, AttributeValue> oldImage, IReadOnlyDictionary<string, AttributeValue> newImage) =>
        DynamoDb("MODIFY", keys, oldImage ?? throw new ArgumentNullException(nameof(oldImage)), newImage ?? throw new ArgumentNullException(nameof(newImage)));

    /// <summary>A DynamoDB stream event of one <c>REMOVE</c>, with the old image; see <see cref="DynamoDbInsert"/>.</summary>
    /// <param name="keys">The item's key attributes.</param>
    /// <param name="oldImage">The item as it was.</param>
    public static DynamoDbStreamEvent DynamoDbRemove(IReadOnlyDictionary<string, AttributeValue> keys, IReadOnlyDictionary<string, AttributeValue> oldImage) =>
        DynamoDb("REMOVE", keys, oldImage ?? throw new ArgumentNullException(nameof(oldImage)), newImage: null);

    /// <summary>One batch of the records of <paramref name="first"/> then those of <paramref name="next"/>, as a stream delivers them.</summary>
    /// <param name="first">The earlier records.</param>
    /// <param name="next">The later records.</param>
    public static DynamoDbStreamEvent Then(this DynamoDbStreamEvent first, DynamoDbStreamEvent next)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(next);
        return first with { Records = [.. first.Records, .. next.Records] };
    }

    private static DynamoDbStreamEvent DynamoDb(
        string eventName,
        IReadOnlyDictionary<string, AttributeValue> keys,
        IReadOnlyDictionary<string, AttributeValue>? oldImage,
        IReadOnlyDictionary<string, AttributeValue>? newImage)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var sequence = (4421584500000000017450439091m + Interlocked.Increment(ref dynamoDbSequence)).ToString(CultureInfo.InvariantCulture);
        var now = DateTimeOffset.UtcNow;
        return new DynamoDbStreamEvent
        {
            Records =
            [
                new DynamoDbStreamRecord
                {
                    EventId = Guid.NewGuid().ToString("N"),
                    EventName = eventName,
                    EventVersion = "1.1",
                    EventSource = "aws:dynamodb",
                    AwsRegion = Region,
                    EventSourceArn = DynamoDbStreamArn,
                    DynamoDb = new DynamoDbChangeRecord
                    {
                        Keys = keys,
                        OldImage = oldImage,
                        NewImage = newImage,
                        ApproximateCreationDateTime = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds()),
                        SequenceNumber = sequence,
                        SizeBytes = Size(keys) + Size(oldImage) + Size(newImage),
                        StreamViewType = "NEW_AND_OLD_IMAGES",
                    },
                },
            ],
        };
    }

    /// <summary>DynamoDB's item size: names and values in bytes (numbers counted as their digits), near what streams report.</summary>
    private static long Size(IReadOnlyDictionary<string, AttributeValue>? item) =>
        item?.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a.Key) + Size(a.Value)) ?? 0;

    private static long Size(AttributeValue value) =>
        value.S is { } s ? System.Text.Encoding.UTF8.GetByteCount(s)
        : value.N is { } n ? n.Length
        : value.B is { } b ? b.Length
        : value.SS is { } ss ? ss.Sum(x => (long)System.Text.Encoding.UTF8.GetByteCount(x))
        : value.NS is { } ns ? ns.Sum(x => (long)x.Length)
        : value.BS is { } bs ? bs.Sum(x => (long)x.Length)
        : value.M is { } m ? 3 + Size(m)
        : value.L is { } l ? 3 + l.Sum(Size)
        : 1;
}
