using System.Text;
using HandlerSdk;

[assembly: LambdaJsonOptions(NamingPolicy = LambdaJsonNamingPolicy.CamelCase)]

namespace HelloWorld;

/// <summary>
/// Greets people: a small real function, JSON in and JSON out. Everything else (the entry point, the dispatch by
/// _HANDLER, the JSON serializers) is generated. One instance serves every invocation of an execution environment
/// and is disposed when Lambda shuts it down.
/// </summary>
public sealed class Greeter : IDisposable
{
    private const int MaxRepeat = 1_000_000;
    private int _served;

    /// <summary>The <c>Hello</c> handler.</summary>
    [LambdaHandler(Name = "Hello", TimeoutSeconds = 10)]
    public Task<GreetingResponse> HelloAsync(GreetingRequest request, ILambdaContext context, CancellationToken cancellationToken) =>
        GreetAsync("Hello", request, context, cancellationToken);

    /// <summary>The <c>Goodbye</c> handler.</summary>
    [LambdaHandler(Name = "Goodbye", TimeoutSeconds = 10)]
    public Task<GreetingResponse> GoodbyeAsync(GreetingRequest request, ILambdaContext context, CancellationToken cancellationToken) =>
        GreetAsync("Goodbye", request, context, cancellationToken);

    /// <summary>Reports at shutdown how many greetings this execution environment served.</summary>
    public void Dispose() => Console.WriteLine($"Shutting down; greetings served: {Volatile.Read(ref _served)}");

    private async Task<GreetingResponse> GreetAsync(string salutation, GreetingRequest request, ILambdaContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new ArgumentException("The event has no name; send {\"name\":\"...\"}.");
        }

        if (request.Repeat is < 1 or > MaxRepeat)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Repeat, $"repeat must be between 1 and {MaxRepeat}.");
        }

        context.Logger.LogInformation("Greeting {Name}", request.Name);
        if (request.DelayMs > 0)
        {
            // The token fires shortly before Lambda's deadline, so a slow greeting fails cleanly instead of timing out.
            await Task.Delay(request.DelayMs, cancellationToken);
        }

        var greeting = $"{salutation}, {request.Name}!";
        var message = request.Repeat == 1 ? greeting : new StringBuilder(greeting.Length * request.Repeat).Insert(0, greeting, request.Repeat).ToString();
        Interlocked.Increment(ref _served);
        return new GreetingResponse(message, context.AwsRequestId, context.FunctionName);
    }
}
