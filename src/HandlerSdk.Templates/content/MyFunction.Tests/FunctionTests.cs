using System.Text.Json;

namespace MyFunction.Tests;

public sealed class FunctionTests(LocalLambda lambda) : IClassFixture<LocalLambda>
{
    [Fact]
    public async Task HandleGreetsTheNameInTheSampleEvent()
    {
        var result = await lambda.Emulator.InvokeAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "event.json")));

        Assert.Null(result.FunctionError);
        using var response = JsonDocument.Parse(result.PayloadText);
        Assert.Equal("Hello, Ada!", response.RootElement.GetProperty("message").GetString());
        Assert.Equal(result.RequestId, response.RootElement.GetProperty("requestId").GetString());
        Assert.Contains("Greeting Ada", result.Logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleFailsAnEventWithoutAName()
    {
        var result = await lambda.Emulator.InvokeAsync("{}");

        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Contains("ArgumentException", result.PayloadText, StringComparison.Ordinal);
    }
}
