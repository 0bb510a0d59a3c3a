using System.Text;
using HandlerSdk.Testing.Internal;

namespace HandlerSdk.Testing.Tests;

public sealed class OutputCaptureTests
{
    // Prints a multi-line record the way our runtime does (\r between lines, \n at the end), a CRLF line and UTF-8.
    private const string CarriageReturns = """
        #!/bin/sh
        api="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime"
        headers="${TMPDIR:-/tmp}/hsdk-headers.$$"
        while true; do
          event=$(curl -sS -D "$headers" "$api/invocation/next") || exit 1
          id=$(grep -i '^lambda-runtime-aws-request-id:' "$headers" | cut -d' ' -f2 | tr -d '\r')
          printf 'a\rb\n'
          printf 'crlf\r\n'
          printf 'caf\303\251\n'
          curl -sS -o /dev/null -X POST --data-binary "$event" "$api/invocation/$id/response"
        done
        """;

    [Fact]
    public async Task A_lone_carriage_return_stays_inside_its_line_in_output_logs_and_tail()
    {
        using var function = new ScriptFunction(CarriageReturns);
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { BootstrapPath = function.Path, Timeout = TimeSpan.FromSeconds(20) });
        using var http = new HttpClient { BaseAddress = lambda.BaseAddress };

        var result = await TestTimeouts.Within(lambda.InvokeAsync("{}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/2015-03-31/functions/function/invocations") { Content = new StringContent("{}") };
        request.Headers.Add("X-Amz-Log-Type", "Tail");
        using var response = await TestTimeouts.Within(http.SendAsync(request));

        var logs = result.Logs.Split('\n');
        Assert.Contains("a\rb", logs);
        Assert.Contains("crlf", logs);
        Assert.Contains("café", logs);
        Assert.DoesNotContain("a", logs);
        Assert.DoesNotContain("b", logs);
        Assert.Contains("a\rb", lambda.Output);
        var tail = Encoding.UTF8.GetString(Convert.FromBase64String(RuntimeClient.Header(response, "X-Amz-Log-Result")));
        Assert.Contains("\na\rb\ncrlf\ncafé\n", tail, StringComparison.Ordinal);
    }

    // Prints a burst of lines to both streams right before answering: nothing then gives the output reader time to catch up.
    private const string Burst = """
        #!/bin/sh
        api="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime"
        headers="${TMPDIR:-/tmp}/hsdk-headers.$$"
        while true; do
          event=$(curl -sS -D "$headers" "$api/invocation/next") || exit 1
          id=$(grep -i '^lambda-runtime-aws-request-id:' "$headers" | cut -d' ' -f2 | tr -d '\r')
          i=0
          while [ $i -lt 300 ]; do
            echo "line $i"
            i=$((i+1))
          done
          echo "last on stderr" >&2
          curl -sS -o /dev/null -X POST --data-binary "$event" "$api/invocation/$id/response"
        done
        """;

    [Fact]
    public async Task Every_line_printed_before_the_response_is_in_that_invocations_logs()
    {
        using var function = new ScriptFunction(Burst);
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { BootstrapPath = function.Path, Timeout = TimeSpan.FromSeconds(20) });
        var expected = Enumerable.Range(0, 300).Select(i => $"line {i}").ToArray();

        for (var round = 0; round < 30; round++)
        {
            var result = await TestTimeouts.Within(lambda.InvokeAsync("{}"));

            // Two pipes keep no order between them: stdout's lines in order, and stderr's line somewhere among them.
            var printed = result.Logs.Split('\n')[1..^2];
            Assert.Equal(expected, printed.Where(line => line != "last on stderr"));
            Assert.Single(printed, "last on stderr");
        }
    }

    [Fact]
    public void Splitter_cuts_at_newlines_only_across_any_read_boundaries()
    {
        var bytes = Encoding.UTF8.GetBytes("one\rtwo\nthree\r\ncafé\n\nlast");
        for (var cut = 0; cut <= bytes.Length; cut++)
        {
            var lines = new List<string>();
            var splitter = new LineSplitter();
            splitter.Feed(bytes.AsSpan(0, cut), lines.Add);
            splitter.Feed(bytes.AsSpan(cut), lines.Add);
            splitter.Flush(lines.Add);

            Assert.Equal(["one\rtwo", "three", "café", "", "last"], lines);
        }
    }
}
