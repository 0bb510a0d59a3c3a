using System.Linq;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Http;
using HandlerSdk.Generators.Model.Streaming;

namespace HandlerSdk.Generators.Emitting.Streaming;

/// <summary>
/// The streaming parts of an HTTP function's dispatch file. A function with any streaming route (an
/// <c>HttpResponseStream</c> parameter, or <c>IAsyncEnumerable&lt;T&gt;</c> items) is a streaming function: it runs
/// through <c>HttpStreamingRunner</c>, which answers its buffered routes in the same Function URL form, and its
/// dispatch answers null for a route that wrote its own response.
/// </summary>
internal static class StreamingRouteEmitter
{
    private const string Http = "global::HandlerSdk.Http.";
    private const string StreamedResponse = "global::System.Threading.Tasks.ValueTask<" + Http + "HttpResponse?>";

    public static bool IsStreaming(HttpFunctionSpec function) => function.Routes.Any(IsStreaming);

    private static bool IsStreaming(HttpRouteSpec route) => TakesStream(route) || route.Dispatch?.Return.Kind == HttpResultKind.Items;

    private static bool TakesStream(HttpRouteSpec route) => route.Parameters.Any(p => p.Source == HttpBindingSource.ResponseStream);

    /// <summary>The body of <c>Create</c>: a <c>LambdaStreamingInvocationHandler</c> over the runner.</summary>
    public static void EmitCreate(SourceWriter writer, int instanceCount, string instanceArguments, bool readsPayload)
    {
        if (readsPayload)
        {
            // The payload model is read from the event's bytes, so each invocation's dispatch closes over them.
            writer.Line($"return (@event, context, response, cancellationToken) => {Http}HttpStreamingRunner.RunAsync(@event, context, response, cancellationToken, (r, c, s, t) => Dispatch({instanceArguments}@event, r, c, s, t));");
            return;
        }

        // One dispatch delegate for the function's life: no allocation per invocation.
        var isStatic = instanceCount == 0 ? "static " : string.Empty;
        writer.Line($"{Http}HttpStreamingDispatch dispatch = {isStatic}(r, c, s, t) => Dispatch({instanceArguments}default, r, c, s, t);");
        writer.Line($"return (@event, context, response, cancellationToken) => {Http}HttpStreamingRunner.RunAsync(@event, context, response, cancellationToken, dispatch);");
    }

    /// <summary>Writes the call of a streaming route and what its case returns; false for a buffered route.</summary>
    public static bool EmitCall(SourceWriter writer, HttpRouteSpec route, int index, string call)
    {
        var result = route.Dispatch!.Return;
        if (result.Kind == HttpResultKind.Items)
        {
            // The call only makes the iterator; its code runs as Stream{index} enumerates it.
            writer.Line($"return Stream{index}(stream, {call}, cancellationToken);");
            return true;
        }

        if (!TakesStream(route))
        {
            return false;
        }

        if (result.Shape == ReturnShape.Void)
        {
            writer.Line(call + ";");
            writer.Line("return default; // null: the route wrote its own response");
        }
        else
        {
            writer.Line($"return Streamed{index}({call});");
        }

        return true;
    }

    /// <summary>The async helper of a streaming route; false for a buffered route (its own helper applies).</summary>
    public static bool EmitCompletion(SourceWriter writer, HttpRouteSpec route, int index, ValueCode code)
    {
        var result = route.Dispatch!.Return;
        if (result.Kind == HttpResultKind.Items && result.Items is { } items)
        {
            var type = items.Kind == StreamingKind.Ndjson ? "NdjsonItems" : "ServerSentEventItems";
            var method = items.ItemsAreEvents ? "WriteEventsAsync" : "WriteAsync";
            writer.Line();
            writer.Line($"private static async {StreamedResponse} Stream{index}({Http}HttpResponseStream stream, {result.AwaitedType} items, global::System.Threading.CancellationToken cancellationToken)");
            using (writer.Block())
            {
                writer.Line($"stream.SetHeader(\"Content-Type\", global::HandlerSdk.Streaming.{type}.ContentType);");
                // Items returned through a task are awaited here, inside the route's own helper, so a failure before
                // them is one before the first byte (a 500 problem).
                var awaitedItems = items.ItemsAreAwaited ? "await items.ConfigureAwait(false)" : "items";
                writer.Line($"await global::HandlerSdk.Streaming.{type}.{method}(stream, {awaitedItems}, static (writer, value) => {{ {code.WriteStatement(result.JsonTypeId!, "value")} }}, cancellationToken).ConfigureAwait(false);");
                writer.Line("return null;");
            }

            return true;
        }

        if (!TakesStream(route))
        {
            return false;
        }

        if (result.Shape != ReturnShape.Void)
        {
            writer.Line();
            writer.Line($"private static async {StreamedResponse} Streamed{index}({route.ReturnType} pending)");
            using (writer.Block())
            {
                writer.Line("await pending.ConfigureAwait(false);");
                writer.Line("return null;");
            }
        }

        return true;
    }
}
