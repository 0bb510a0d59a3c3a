namespace HandlerSdk.Cli.Tests;

/// <summary>A scratch folder for event files and script functions.</summary>
internal sealed class TempFolder : IDisposable
{
    // A function that echoes the event, or fails when the event contains "fail"; written over curl so it needs no runtime.
    public const string EchoScript = """
        #!/bin/sh
        api="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime"
        headers="${TMPDIR:-/tmp}/hsdk-cli-headers.$$"
        while true; do
          event=$(curl -sS -D "$headers" "$api/invocation/next") || exit 1
          id=$(grep -i '^lambda-runtime-aws-request-id:' "$headers" | cut -d' ' -f2 | tr -d '\r')
          echo "handler=$_HANDLER greeting=$GREETING"
          echo "level=$AWS_LAMBDA_LOG_LEVEL"
          case "$event" in
            *fail*) curl -sS -o /dev/null -X POST -H 'Lambda-Runtime-Function-Error-Type: Function.Failed' \
                      --data-binary '{"errorType":"Failed","errorMessage":"asked to"}' "$api/invocation/$id/error" ;;
            *) curl -sS -o /dev/null -X POST --data-binary "$event" "$api/invocation/$id/response" ;;
          esac
        done
        """;

    public TempFolder() => Path = Directory.CreateTempSubdirectory("hsdk-cli-").FullName;

    public string Path { get; }

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    public string WriteExecutable(string name, string script)
    {
        var file = Write(name, script.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
