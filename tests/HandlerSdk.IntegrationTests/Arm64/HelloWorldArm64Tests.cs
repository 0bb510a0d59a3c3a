using System.Text.Json;

namespace HandlerSdk.IntegrationTests.Arm64;

/// <summary>The linux-arm64 HelloWorld bootstrap, cross-compiled here and answering the emulator under qemu-user.</summary>
[Collection(HelloWorldArm64Tests.Name)]
public sealed class HelloWorldArm64InvocationTests(HelloWorldArm64Bootstrap bootstrap)
{
    private const ushort MachineArm64 = 183;   // EM_AARCH64

    [Fact]
    public void The_publish_is_an_aarch64_bootstrap_zipped_for_Lambda()
    {
        var header = File.ReadAllBytes(bootstrap.Path).AsSpan(0, 20);

        Assert.Equal(MachineArm64, BitConverter.ToUInt16(header[18..]));
        PublishedFunction.AssertReadyForLambda(Path.GetDirectoryName(bootstrap.Path)!, "HelloWorld");
    }

    [Fact]
    public async Task A_greeting_comes_back_as_JSON_with_the_request_id()
    {
        await using var lambda = await bootstrap.StartAsync();

        var result = await lambda.InvokeAsync("""{"name":"Ada"}""");

        Assert.False(result.IsError, result.PayloadText);
        using var response = JsonDocument.Parse(result.Payload);
        Assert.Equal("Hello, Ada!", response.RootElement.GetProperty("message").GetString());
        Assert.Equal(result.RequestId, response.RootElement.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task A_handler_exception_is_reported_with_its_stack_and_the_process_keeps_serving()
    {
        await using var lambda = await bootstrap.StartAsync();

        var failed = await lambda.InvokeAsync("""{"name":""}""");
        var next = await lambda.InvokeAsync("""{"name":"Bo"}""");

        Assert.Equal("Function.ArgumentException", failed.FunctionErrorType);
        using var error = JsonDocument.Parse(failed.Payload);
        Assert.True(error.RootElement.GetProperty("stackTrace").GetArrayLength() > 0);
        Assert.False(next.IsError, next.PayloadText);
    }
}
