using System.Security.Cryptography;
using System.Text;

namespace HandlerSdk.Testing.Events;

/// <summary>
/// Builders of AWS events for tests: the shapes Lambda sends (ids, receipt handles, ARNs, timestamps, digests), filled
/// with realistic values so that a handler under test sees what it will see on Lambda. Each call makes fresh ids and
/// uses the current time; the account is <see cref="AccountId"/> and the region <see cref="Region"/>.
/// </summary>
/// <example>
/// <code>
/// var batch = TestEvents.Sqs(new Order("o-1", 2), new Order("o-2", 1)).Fifo("customer-7");
/// var json = JsonSerializer.Serialize(batch.ToTextBodies());     // what Lambda would send
/// var result = await emulator.InvokeAsync(json);
/// </code>
/// </example>
public static partial class TestEvents
{
    /// <summary>The account every ARN of a built event names, AWS's documentation account.</summary>
    public const string AccountId = "123456789012";

    /// <summary>The region every built event comes from.</summary>
    public const string Region = "us-east-1";

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>The MD5 digest SQS gives a body (and S3 an ETag), hexadecimal: SQS defines the field as MD5, so no other hash will do.</summary>
#pragma warning disable CA5351 // Not for security: the value AWS computes and sends is an MD5 digest.
    private static string Md5(string text) => Hex(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351

    /// <summary>An opaque token of the given length in the base64 alphabet, as AWS's receipt handles and signatures look.</summary>
    private static string Token(string prefix, int bytes) => prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    private static string NowMilliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
