namespace HelloWorld;

/// <summary>Reports at shutdown how many greetings this execution environment served.</summary>
internal sealed class ShutdownReport : IDisposable
{
    public void Dispose() => Console.WriteLine($"Shutting down; greetings served: {Greeter.Served}");
}
