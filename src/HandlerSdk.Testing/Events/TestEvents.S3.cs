using System.Globalization;
using System.Text;
using HandlerSdk.Events;

namespace HandlerSdk.Testing.Events;

public static partial class TestEvents
{
    /// <summary>
    /// An S3 event of one <c>ObjectCreated:Put</c> record per key, with each key encoded as S3 writes keys in events
    /// (<c>my photo.jpg</c> arrives as <c>my+photo.jpg</c>; <see cref="S3Object.DecodedKey"/> gives the key back), a size,
    /// an ETag and a sequencer.
    /// </summary>
    /// <param name="bucket">The bucket's name.</param>
    /// <param name="keys">The object keys, as stored (not encoded).</param>
    public static S3Event S3Put(string bucket, params string[] keys) => S3("ObjectCreated:Put", bucket, keys, created: true);

    /// <summary>An S3 event of one <c>ObjectRemoved:Delete</c> record per key: no size and no ETag, as S3 sends.</summary>
    /// <param name="bucket">The bucket's name.</param>
    /// <param name="keys">The object keys, as stored (not encoded).</param>
    public static S3Event S3Delete(string bucket, params string[] keys) => S3("ObjectRemoved:Delete", bucket, keys, created: false);

    /// <summary>
    /// A key as S3 writes it in an event: form encoding (a space is <c>+</c>, a <c>+</c> is <c>%2B</c>, other bytes
    /// outside letters, digits and <c>-_.*</c> are <c>%XX</c> of their UTF-8), except that <c>/</c> stays as it is.
    /// </summary>
    /// <param name="key">The object key as stored.</param>
    public static string S3EncodeKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var encoded = new StringBuilder(key.Length);
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '*' or '/')
            {
                encoded.Append(c);
            }
            else if (c == ' ')
            {
                encoded.Append('+');
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private static S3Event S3(string eventName, string bucket, string[] keys, bool created)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentNullException.ThrowIfNull(keys);
        var now = DateTimeOffset.UtcNow;
        var sequencer = now.ToUnixTimeMilliseconds() * 1000;
        return new S3Event
        {
            Records = [.. keys.Select((key, i) => new S3EventRecord
            {
                EventVersion = "2.1",
                EventSource = "aws:s3",
                AwsRegion = Region,
                EventTime = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
                EventName = eventName,
                UserIdentity = new S3UserIdentity { PrincipalId = "AWS:AIDAINPONIXQXHT3IKHL2" },
                RequestParameters = new S3RequestParameters { SourceIpAddress = "203.0.113.10" },
                ResponseElements = new S3ResponseElements
                {
                    RequestId = Convert.ToHexString(Guid.NewGuid().ToByteArray())[..16],
                    HostId = Token("", 48),
                },
                S3 = new S3Entity
                {
                    S3SchemaVersion = "1.0",
                    ConfigurationId = "hsdk-test-notification",
                    Bucket = new S3Bucket
                    {
                        Name = bucket,
                        OwnerIdentity = new S3UserIdentity { PrincipalId = "A3NL1KOZZKExample" },
                        Arn = "arn:aws:s3:::" + bucket,
                    },
                    Object = new S3Object
                    {
                        Key = S3EncodeKey(key),
                        Size = created ? 1024 : null,
                        ETag = created ? Md5(key) : null,
                        Sequencer = (sequencer + i).ToString("X18", CultureInfo.InvariantCulture),
                    },
                },
            })],
        };
    }
}
