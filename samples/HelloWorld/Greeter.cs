using System.Buffers;
using System.Text;
using System.Text.Json;
using HandlerSdk;

namespace HelloWorld;

/// <summary>Greets people: a small real function, JSON in and JSON out.</summary>
public static class Greeter
{
    private const int MaxRepeat = 1_000_000;
    private static int s_served;

    /// <summary>How many greetings this execution environment has served.</summary>
    public static int Served => Volatile.Read(ref s_served);

    /// <summary>The <c>Hello</c> handler.</summary>
    public static ValueTask HelloAsync(ReadOnlyMemory<byte> @event, ILambdaContext context, IBufferWriter<byte> response, CancellationToken cancellationToken) =>
        GreetAsync("Hello", @event, context, response, cancellationToken);

    /// <summary>The <c>Goodbye</c> handler.</summary>
    public static ValueTask GoodbyeAsync(ReadOnlyMemory<byte> @event, ILambdaContext context, IBufferWriter<byte> response, CancellationToken cancellationToken) =>
        GreetAsync("Goodbye", @event, context, response, cancellationToken);

    private static async ValueTask GreetAsync(string salutation, ReadOnlyMemory<byte> @event, ILambdaContext context, IBufferWriter<byte> response, CancellationToken cancellationToken)
    {
        var request = GreetingJson.ReadRequest(@event.Span);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new ArgumentException("The event has no name; send {\"name\":\"...\"}.");
        }

        if (request.Repeat is < 1 or > MaxRepeat)
        {
            throw new ArgumentOutOfRangeException(nameof(@event), request.Repeat, $"repeat must be between 1 and {MaxRepeat}.");
        }

        context.Logger.LogInformation("Greeting {Name}", request.Name);
        if (request.DelayMs > 0)
        {
            // The token fires shortly before Lambda's deadline, so a slow greeting fails cleanly instead of timing out.
            await Task.Delay(request.DelayMs, cancellationToken);
        }

        var greeting = $"{salutation}, {request.Name}!";
        var message = request.Repeat == 1 ? greeting : new StringBuilder(greeting.Length * request.Repeat).Insert(0, greeting, request.Repeat).ToString();
        Interlocked.Increment(ref s_served);
        using var writer = new Utf8JsonWriter(response);
        GreetingJson.WriteResponse(writer, new GreetingResponse(message, context.AwsRequestId, context.FunctionName));
    }
}
