using System.Globalization;
using System.Security.Cryptography;

namespace HandlerSdk.Testing.Internal;

/// <summary>The names Lambda derives from a function's configuration: ARN, log group and stream, trace ids.</summary>
internal sealed class FunctionIdentity(LambdaEmulatorOptions options)
{
    // Lambda hands out real account ids; the emulator uses the placeholder AWS uses in its own documentation.
    public const string AccountId = "123456789012";

    public const string RuntimeVersion = "provided:al2023.v100";

    private static readonly string RuntimeVersionHash =
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(RuntimeVersion)));

    public string FunctionName { get; } = options.FunctionName;

    public string FunctionVersion { get; } = options.FunctionVersion;

    public string Region { get; } = options.Region;

    public string FunctionArn => ArnFor(FunctionName);

    public string LogGroupName => "/aws/lambda/" + FunctionName;

    /// <summary>
    /// Lambda's first line for each new execution environment. The emulator plays a fixed, plausible provided.al2023
    /// runtime version; the ARN's hash is derived from it, as real runtime version ARNs are opaque hashes.
    /// </summary>
    public string InitStartLine =>
        $"INIT_START Runtime Version: {RuntimeVersion}\tRuntime Version ARN: arn:aws:lambda:{Region}::runtime:{RuntimeVersionHash}";

    public string ArnFor(string name) => $"arn:aws:lambda:{Region}:{AccountId}:function:{name}";

    /// <summary>Each execution environment gets its own stream: <c>yyyy/MM/dd/[version]32hex</c>.</summary>
    public string NewLogStreamName() =>
        string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy'/'MM'/'dd}/[{FunctionVersion}]{RandomHex(16)}");

    /// <summary>An X-Ray trace header as Lambda passes it when the caller sent none.</summary>
    public static string NewTraceId()
    {
        var epochSeconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Root=1-{epochSeconds:x8}-{RandomHex(12)};Parent={RandomHex(8)};Sampled=0;Lineage=1:{RandomHex(4)}:0");
    }

    public static string NewRequestId() => Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture);

    private static string RandomHex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));
}
