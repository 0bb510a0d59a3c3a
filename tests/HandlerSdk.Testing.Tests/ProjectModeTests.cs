namespace HandlerSdk.Testing.Tests;

public sealed class ProjectModeTests
{
    // A whole runtime in a dozen lines of plain HttpClient: enough to prove the project is built and its output launched.
    private const string Program = """
        var api = Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API");
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        while (true)
        {
            using var next = await http.GetAsync($"http://{api}/2018-06-01/runtime/invocation/next");
            var id = next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").First();
            var body = await next.Content.ReadAsStringAsync();
            Console.WriteLine($"task root {Environment.GetEnvironmentVariable("LAMBDA_TASK_ROOT")}");
            using var posted = await http.PostAsync($"http://{api}/2018-06-01/runtime/invocation/{id}/response", new StringContent(body));
        }
        """;

    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <AssemblyName>bootstrap</AssemblyName>
          </PropertyGroup>
        </Project>
        """;

    [Fact]
    public async Task Project_is_built_in_release_and_its_output_launched()
    {
        var folder = Directory.CreateTempSubdirectory("hsdk-project-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "Function.csproj"), Project);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);

            await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { ProjectPath = folder, Timeout = TimeSpan.FromSeconds(20) })
                .WaitAsync(TimeSpan.FromMinutes(2));
            var result = await TestTimeouts.Within(lambda.InvokeAsync("""{"built":true}"""));

            Assert.Equal("""{"built":true}""", result.PayloadText);
            Assert.Contains($"task root {Path.Combine(folder, "bin", "Release", "net10.0")}", result.Logs, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Build_failure_fails_the_start_with_the_compiler_output()
    {
        var folder = Directory.CreateTempSubdirectory("hsdk-project-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "Function.csproj"), Project);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), "this is not C#");

            var error = await Assert.ThrowsAsync<InvalidOperationException>(
                () => LambdaEmulator.StartAsync(new LambdaEmulatorOptions { ProjectPath = folder }).WaitAsync(TimeSpan.FromMinutes(2)));

            Assert.Contains("dotnet build failed", error.Message, StringComparison.Ordinal);
            Assert.Contains("error CS", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
