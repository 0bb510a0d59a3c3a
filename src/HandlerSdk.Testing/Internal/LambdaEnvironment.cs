using System.Globalization;

namespace HandlerSdk.Testing.Internal;

/// <summary>The environment variables Lambda sets for a function on an OS-only (<c>provided.al2023</c>) runtime.</summary>
internal static class LambdaEnvironment
{
    // Forwarded from the host so launched programs can be found and a framework-dependent dotnet app can start;
    // Lambda's own PATH would not contain the host's dotnet or test tools.
    private static readonly string[] HostVariables = ["PATH", "HOME", "DOTNET_ROOT", "DOTNET_ROOT_X64", "DOTNET_ROOT_ARM64", "TMPDIR"];

    // Lambda hands the function its execution role's credentials; the host's own, when it has them, play that part so
    // AWS SDK calls from the function work locally.
    private static readonly string[] CredentialVariables = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"];

    public static Dictionary<string, string> Build(
        LambdaEmulatorOptions options,
        FunctionIdentity identity,
        string runtimeApiAddress,
        string taskRoot,
        Func<string, string?>? hostVariable = null)
    {
        hostVariable ??= System.Environment.GetEnvironmentVariable;
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in HostVariables.Concat(CredentialVariables))
        {
            if (hostVariable(name) is { Length: > 0 } value)
            {
                environment[name] = value;
            }
        }

        environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApiAddress;
        environment["_HANDLER"] = options.Handler;
        environment["AWS_LAMBDA_FUNCTION_NAME"] = identity.FunctionName;
        environment["AWS_LAMBDA_FUNCTION_VERSION"] = identity.FunctionVersion;
        environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = options.MemorySizeMb.ToString(CultureInfo.InvariantCulture);
        environment["AWS_LAMBDA_LOG_GROUP_NAME"] = identity.LogGroupName;
        environment["AWS_LAMBDA_LOG_STREAM_NAME"] = identity.NewLogStreamName();
        environment["AWS_LAMBDA_INITIALIZATION_TYPE"] = "on-demand";
        environment["LAMBDA_TASK_ROOT"] = taskRoot;

        // On provided.* the runtime is the bootstrap itself, so its folder is the runtime folder too.
        environment["LAMBDA_RUNTIME_DIR"] = taskRoot;
        environment["AWS_REGION"] = identity.Region;
        environment["AWS_DEFAULT_REGION"] = identity.Region;

        // AWS_EXECUTION_ENV is deliberately absent: Lambda does not define it for OS-only runtimes.
        environment["TZ"] = ":UTC";
        environment["LANG"] = "en_US.UTF-8";

        if (options.MaxConcurrency > 1)
        {
            environment["AWS_LAMBDA_MAX_CONCURRENCY"] = options.MaxConcurrency.ToString(CultureInfo.InvariantCulture);
        }

        if (options.LogFormat is not null)
        {
            environment["AWS_LAMBDA_LOG_FORMAT"] = options.LogFormat;
        }

        if (options.LogLevel is not null)
        {
            environment["AWS_LAMBDA_LOG_LEVEL"] = options.LogLevel;
        }

        foreach (var (name, value) in options.Environment)
        {
            environment[name] = value;
        }

        return environment;
    }
}
