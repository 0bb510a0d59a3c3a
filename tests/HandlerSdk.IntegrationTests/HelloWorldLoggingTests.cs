using System.Text.Json;
using HandlerSdk.Testing;

namespace HandlerSdk.IntegrationTests;

/// <summary>What the published HelloWorld bootstrap writes to CloudWatch Logs (stdout), in both of Lambda's formats.</summary>
[Collection(HelloWorldTests.Name)]
public sealed class HelloWorldLoggingTests(HelloWorldBootstrap bootstrap)
{
    [Fact]
    public async Task Text_logs_are_timestamp_request_id_level_message()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new() { BootstrapPath = bootstrap.Path, Handler = "Hello" });

        var result = await lambda.InvokeAsync("""{"name":"Ada"}""");

        var line = Assert.Single(result.Logs.Split('\n'), l => l.Contains("Greeting Ada", StringComparison.Ordinal));
        var fields = line.Split('\t');
        Assert.Equal(4, fields.Length);
        Assert.True(DateTime.TryParse(fields[0], System.Globalization.CultureInfo.InvariantCulture, out _), fields[0]);
        Assert.EndsWith("Z", fields[0], StringComparison.Ordinal);
        Assert.Equal(result.RequestId, fields[1]);
        Assert.Equal("INFO", fields[2]);
        Assert.Equal("Greeting Ada", fields[3]);
    }

    [Fact]
    public async Task JSON_logs_are_one_object_per_line_with_request_and_trace_ids()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new() { BootstrapPath = bootstrap.Path, Handler = "Hello", LogFormat = "JSON" });

        var result = await lambda.InvokeAsync("""{"name":"Ada"}""", new LambdaInvokeOptions { TraceId = "Root=1-67890abc-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=1" });
        var failed = await lambda.InvokeAsync("""{"name":""}""");

        var greeting = JsonRecords(result.Logs).Single(r => r.GetProperty("message").GetString() == "Greeting Ada");
        Assert.Equal("INFO", greeting.GetProperty("level").GetString());
        Assert.Equal(result.RequestId, greeting.GetProperty("requestId").GetString());
        Assert.StartsWith("Root=1-67890abc-", greeting.GetProperty("traceId").GetString(), StringComparison.Ordinal);
        Assert.Equal("Ada", greeting.GetProperty("Name").GetString());
        var error = JsonRecords(failed.Logs).Single(r => r.GetProperty("level").GetString() == "ERROR");
        Assert.Equal("ArgumentException", error.GetProperty("errorType").GetString());
        Assert.Equal(JsonValueKind.Array, error.GetProperty("stackTrace").ValueKind);
    }

    [Fact]
    public async Task The_log_level_setting_filters_records_below_it()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new() { BootstrapPath = bootstrap.Path, Handler = "Hello", LogFormat = "JSON", LogLevel = "WARN" });

        var result = await lambda.InvokeAsync("""{"name":"Ada"}""");
        var failed = await lambda.InvokeAsync("""{"name":""}""");

        Assert.DoesNotContain("Greeting Ada", result.Logs, StringComparison.Ordinal);
        Assert.Contains(JsonRecords(failed.Logs), r => r.GetProperty("level").GetString() == "ERROR");
    }

    private static List<JsonElement> JsonRecords(string logs) =>
        logs.Split('\n')
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
}
