using System.Globalization;
using System.Net;
using System.Net.Sockets;
using HandlerSdk.Cli.Serve;

namespace HandlerSdk.Cli.Tests;

[Collection(HelloWorldSample.Name)]
public sealed class ServeTests(HelloWorldFixture sample)
{
    [Fact]
    public async Task Serves_each_handler_as_a_function_on_the_invoke_api_and_stops_on_cancel()
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync();

        var hello = await serve.InvokeAsync("Hello", """{"name":"Ada"}""");
        var goodbye = await serve.InvokeAsync("arn:aws:lambda:us-east-1:012345678912:function:Goodbye", """{"name":"Ada"}""");
        var exitCode = await serve.StopAsync();

        Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
        Assert.Contains("Hello, Ada!", await hello.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Goodbye, Ada!", await goodbye.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Contains("[Hello #1] REPORT RequestId: ", serve.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hola", null, null, "arn:aws:lambda:us-east-1:123456789012:function:Hola")]
    [InlineData("Hola", null, "eu-west-1", "arn:aws:lambda:eu-west-1:123456789012:function:Hola")]
    [InlineData("arn:aws:lambda:eu-west-1:111122223333:function:Hello", null, null, "arn:aws:lambda:eu-west-1:111122223333:function:Hello")]
    [InlineData("111122223333:function:Hello:prod", null, null, "arn:aws:lambda:us-east-1:111122223333:function:Hello:prod")]
    [InlineData("Hello", "prod", "ap-south-1", "arn:aws:lambda:ap-south-1:123456789012:function:Hello:prod")]
    public async Task Not_found_names_the_arn_the_caller_addressed_with_a_request_id(string function, string? qualifier, string? signingRegion, string arn)
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/2015-03-31/functions/{function}/invocations{(qualifier is null ? "" : "?Qualifier=" + qualifier)}")
        {
            Content = new StringContent("{}"),
        };
        if (signingRegion is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261204/{signingRegion}/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=00");
        }

        var response = await serve.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ResourceNotFoundException", response.Headers.GetValues("x-amzn-ErrorType").Single());
        Assert.True(Guid.TryParse(response.Headers.GetValues("x-amzn-RequestId").Single(), out _));
        Assert.Equal($$"""{"Type":"User","message":"Function not found: {{arn}}"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_name_that_breaks_lambdas_pattern_is_a_validation_exception()
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync();

        var response = await serve.Client.PostAsync("/2015-03-31/functions/bad%20name/invocations", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ValidationException", response.Headers.GetValues("x-amzn-ErrorType").Single());
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Value 'bad name' at 'functionName' failed to satisfy constraint", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/2015-03-31/functions/", "ListFunctions")]
    [InlineData("GET", "/2015-03-31/functions/Hello", "GetFunction")]
    public async Task An_operation_serve_does_not_implement_is_named_in_its_error(string method, string path, string operation)
    {
        _ = sample;
        await using var serve = await ServeSession.StartAsync();

        var response = await serve.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("UnsupportedOperationException", response.Headers.GetValues("x-amzn-ErrorType").Single());
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith($"{operation} is not supported", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_exit_code_2()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        var run = await CliRun.RunAsync("serve", HelloWorldFixture.SampleDirectory, "--port", port);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"hsdk: cannot listen on 127.0.0.1:{port}: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20261204/eu-west-1/lambda/aws4_request, SignedHeaders=host, Signature=00", "eu-west-1")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20261204/us-gov-west-1/lambda/aws4_request,SignedHeaders=host,Signature=00", "us-gov-west-1")]
    [InlineData("Bearer token", null)]
    [InlineData("", null)]
    public void The_signing_region_is_read_from_the_credential_scope(string authorization, string? region) =>
        Assert.Equal(region, SigningScope.Region(authorization));

    [Theory]
    [InlineData("bin/Release/x.cs", true)]
    [InlineData("src/obj/Debug/y.cs", true)]
    [InlineData("Greeter.cs", false)]
    [InlineData("Models/binary.cs", false)]
    public void Build_output_does_not_trigger_a_rebuild(string relative, bool ignored) =>
        Assert.Equal(ignored, SourceWatcher.IsBuildOutput("/p", Path.Combine("/p", relative)));
}
