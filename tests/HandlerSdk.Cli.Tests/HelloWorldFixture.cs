using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Output;

namespace HandlerSdk.Cli.Tests;

/// <summary>Builds samples/HelloWorld once for every test that needs a real function (skipped when already up to date).</summary>
public sealed class HelloWorldFixture : IAsyncLifetime
{
    internal ProjectFile Project { get; private set; } = null!;

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HandlerSdk.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("HandlerSdk.sln not found above the test output");
        }
    }

    public static string SampleDirectory => Path.Combine(RepositoryRoot, "samples", "HelloWorld");

    public async Task InitializeAsync()
    {
        Project = ProjectFile.Read(Path.Combine(SampleDirectory, "HelloWorld.csproj"));
        using var output = new StringWriter();
        await FunctionBuilder.BuildAsync(Project, CliOutput.For(new ConsoleStreams(TextReader.Null, output, output), noColor: true), force: false, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class HelloWorldSample : ICollectionFixture<HelloWorldFixture>
{
    public const string Name = "HelloWorld sample";
}
