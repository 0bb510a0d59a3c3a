namespace HandlerSdk.Testing.Tests;

/// <summary>
/// Test functions written as POSIX shell scripts over curl: independent of our runtime, so launch mode is tested alone.
/// </summary>
internal sealed class ScriptFunction : IDisposable
{
    // Loops on /next; the event chooses the behaviour: "crash" exits 3, "sleep" outlives any short timeout, "drop" polls
    // again without answering (as a runtime whose answer was refused does), "env" answers
    // with the Lambda variables; anything else is echoed back.
    public const string Echo = """
        #!/bin/sh
        api="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime"
        headers="${TMPDIR:-/tmp}/hsdk-headers.$$"
        echo "init handler=$_HANDLER"
        while true; do
          event=$(curl -sS -D "$headers" "$api/invocation/next") || exit 1
          id=$(grep -i '^lambda-runtime-aws-request-id:' "$headers" | cut -d' ' -f2 | tr -d '\r')
          echo "handling $event"
          echo "to stderr" >&2
          case "$event" in
            *crash*) exit 3 ;;
            *sleep*) sleep 30 ;;
            *drop*) continue ;;
            *env*) event=$(printf '"%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s"' "$AWS_LAMBDA_FUNCTION_NAME" "$AWS_LAMBDA_FUNCTION_VERSION" \
                "$AWS_LAMBDA_FUNCTION_MEMORY_SIZE" "$AWS_LAMBDA_LOG_GROUP_NAME" "$AWS_LAMBDA_LOG_STREAM_NAME" "$AWS_REGION" \
                "$TZ" "$AWS_LAMBDA_LOG_FORMAT" "$AWS_LAMBDA_MAX_CONCURRENCY" "$CUSTOM" "$(pwd)") ;;
          esac
          curl -sS -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary "$event" "$api/invocation/$id/response"
        done
        """;

    // The message names the process ($$), so each init failure can be told apart.
    public const string InitError = """
        #!/bin/sh
        curl -sS -o /dev/null -X POST -H 'Lambda-Runtime-Function-Error-Type: Runtime.ConfigError' \
          --data-binary "{\"errorType\":\"ConfigError\",\"errorMessage\":\"missing setting in $$\"}" \
          "http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/init/error"
        exit 1
        """;

    // Never polls; reports SIGTERM and exits 0, as a well-behaved runtime does at shutdown.
    public const string AwaitSigterm = """
        #!/bin/sh
        trap 'echo got-sigterm; exit 0' TERM
        echo ready
        while true; do sleep 0.05; done
        """;

    private readonly string _folder;

    public ScriptFunction(string script)
    {
        _folder = Directory.CreateTempSubdirectory("hsdk-fn-").FullName;
        Path = System.IO.Path.Combine(_folder, "bootstrap");
        File.WriteAllText(Path, script.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Path { get; }

    public string Folder => _folder;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
