using HandlerSdk;

// Events and responses read and write camelCase JSON ({"name":"Ada"}), as most AWS services and clients do.
[assembly: LambdaJsonOptions(NamingPolicy = LambdaJsonNamingPolicy.CamelCase)]

namespace MyFunction;

internal sealed record GreetingRequest(string? Name);

internal sealed record Greeting(string Message, string RequestId);

internal static class Function
{
    // The function's Handler setting in Lambda is this method's name, Handle. HandlerSdk generates the entry point,
    // the runtime loop and the JSON serializers for GreetingRequest and Greeting: there is no Main to write.
    [LambdaHandler(TimeoutSeconds = 30)]
    public static Task<Greeting> Handle(GreetingRequest request, ILambdaContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            // An exception becomes the invocation's error: errorType ArgumentException, with this message.
            throw new ArgumentException("The event has no name; send {\"name\":\"...\"}.", nameof(request));
        }

        // The token fires shortly before the invocation's deadline: pass it on to every call that can wait.
        cancellationToken.ThrowIfCancellationRequested();
        context.Logger.LogInformation("Greeting {Name}", request.Name);
        return Task.FromResult(new Greeting($"Hello, {request.Name}!", context.AwsRequestId));
    }
}
