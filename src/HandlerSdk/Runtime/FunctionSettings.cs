using System.Globalization;

namespace HandlerSdk.Runtime;

/// <summary>The function's configuration that Lambda passes in the environment, read once at start-up.</summary>
internal sealed record FunctionSettings(
    string FunctionName,
    string FunctionVersion,
    int MemorySizeMb,
    string LogGroupName,
    string LogStreamName,
    string? Handler,
    int MaxConcurrency)
{
    public static FunctionSettings FromEnvironment()
    {
        static string Read(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;

        static int ReadInt(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

        return new FunctionSettings(
            Read("AWS_LAMBDA_FUNCTION_NAME", string.Empty),
            Read("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
            ReadInt("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", 128),
            Read("AWS_LAMBDA_LOG_GROUP_NAME", string.Empty),
            Read("AWS_LAMBDA_LOG_STREAM_NAME", string.Empty),
            Environment.GetEnvironmentVariable("_HANDLER"),
            ReadInt("AWS_LAMBDA_MAX_CONCURRENCY", 1));
    }
}
