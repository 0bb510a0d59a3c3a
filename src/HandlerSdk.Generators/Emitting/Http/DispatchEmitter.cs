using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Generators.Emitting.Streaming;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Http;
using HandlerSdk.Generators.Parsing;

namespace HandlerSdk.Generators.Emitting.Http;

/// <summary>
/// One file per HTTP function: a factory for the <c>LambdaInvocationHandler</c> the entry point registers, which runs
/// each invocation through <c>HttpRunner</c> with the generated dispatch: match the route (404, 405 with
/// <c>Allow</c>), bind each parameter from its source (a bad or missing value throws <c>HttpBindingException</c>,
/// answered 400), call the method and turn its result into an <c>HttpResponse</c>. Binding runs synchronously (route
/// values stay spans on the stack); only an awaited result goes through an async helper.
/// </summary>
internal static class DispatchEmitter
{
    private const string Http = "global::HandlerSdk.Http.";
    private const string Binding = Http + "HttpBinding";
    private const string Response = Http + "HttpResponse";
    private const string Source = Http + "HttpBindingSource.";
    private const string ValueTaskOfResponse = "global::System.Threading.Tasks.ValueTask<" + Response + ">";

    // A streaming function's dispatch answers null for a route that streamed its own response.
    private const string ValueTaskOfStreamedResponse = "global::System.Threading.Tasks.ValueTask<" + Response + "?>";

    public static string ClassName(HttpFunctionSpec function) => "HttpFunction_" + TypeNames.Identifier(function.Name);

    public static string HintName(HttpFunctionSpec function) => ClassName(function) + ".Dispatch.g.cs";

    /// <summary>The types whose shared instances the factory takes, in parameter order: those of the instance methods.</summary>
    public static IReadOnlyList<(string Type, DisposalKind Disposal)> InstanceTypes(HttpFunctionSpec function) =>
        function.Routes
            .Where(r => !r.IsStatic)
            .GroupBy(r => r.ContainingType, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Dispatch?.Disposal ?? DisposalKind.None))
            .ToList();

    /// <summary>Whether any route takes the raw payload model, which is read from the event bytes the request view does not expose.</summary>
    private static bool ReadsPayload(HttpFunctionSpec function) =>
        function.Routes.Any(r => r.Parameters.Any(p => p.Source == HttpBindingSource.Payload));

    public static string Emit(HttpFunctionSpec function, ValueCode code)
    {
        code = code.Qualified();
        var router = RouterEmitter.ClassName(function);
        var streaming = StreamingRouteEmitter.IsStreaming(function);
        var responseTask = streaming ? ValueTaskOfStreamedResponse : ValueTaskOfResponse;
        var instances = InstanceTypes(function);
        var instanceParameters = string.Join(", ", instances.Select((t, i) => $"{t.Type} instance{i}"));
        var instanceArguments = string.Concat(instances.Select((_, i) => $"instance{i}, "));
        var writer = SourceWriter.ForFile();
        writer.Line($"namespace {SerializerEmitter.Namespace}");
        using (writer.Block())
        {
            writer.Line($"/// <summary>The HTTP function {Xml(function.Name)}: routes with <see cref=\"{router}\"/>, binds, calls the route's method and answers.</summary>");
            writer.Line($"internal static class {ClassName(function)}");
            using (writer.Block())
            {
                writer.Line($"internal static global::HandlerSdk.{(streaming ? "LambdaStreamingInvocationHandler" : "LambdaInvocationHandler")} Create({instanceParameters})");
                using (writer.Block())
                {
                    if (streaming)
                    {
                        StreamingRouteEmitter.EmitCreate(writer, instances.Count, instanceArguments, ReadsPayload(function));
                    }
                    else if (ReadsPayload(function))
                    {
                        // The payload model is read from the event's bytes, so each invocation's dispatch closes over them.
                        writer.Line($"return (@event, context, response, cancellationToken) => {Http}HttpRunner.RunAsync(@event, context, response, cancellationToken, (r, c, t) => Dispatch({instanceArguments}@event, r, c, t));");
                    }
                    else
                    {
                        // One dispatch delegate for the function's life: no allocation per invocation.
                        var isStatic = instances.Count == 0 ? "static " : string.Empty;
                        writer.Line($"{Http}HttpDispatch dispatch = {isStatic}(r, c, t) => Dispatch({instanceArguments}default, r, c, t);");
                        writer.Line($"return (@event, context, response, cancellationToken) => {Http}HttpRunner.RunAsync(@event, context, response, cancellationToken, dispatch);");
                    }
                }

                writer.Line();
                var streamParameter = streaming ? $"{Http}HttpResponseStream stream, " : string.Empty;
                writer.Line($"private static {responseTask} Dispatch({instanceParameters}{(instances.Count > 0 ? ", " : string.Empty)}global::System.ReadOnlyMemory<byte> @event, {Http}HttpRequest request, global::HandlerSdk.ILambdaContext context, {streamParameter}global::System.Threading.CancellationToken cancellationToken)");
                using (writer.Block())
                {
                    writer.Line("var path = request.Path;");
                    writer.Line($"global::System.Span<global::System.Range> values = stackalloc global::System.Range[{router}.MaxValues];");
                    writer.Line($"switch ({router}.Match(request.Method, path, values, out var allow))");
                    using (writer.Block())
                    {
                        for (var i = 0; i < function.Routes.Count; i++)
                        {
                            EmitRoute(writer, function.Routes[i], i, router, instances, code);
                        }

                        writer.Line($"case {router}.MethodNotAllowed:");
                        using (writer.Indent())
                        {
                            writer.Line($"return new({Response}.MethodNotAllowed(allow!));");
                        }

                        writer.Line("default:");
                        using (writer.Indent())
                        {
                            writer.Line($"return new({Response}.NotFound());");
                        }
                    }
                }

                for (var i = 0; i < function.Routes.Count; i++)
                {
                    EmitCompletion(writer, function.Routes[i], i, code, responseTask);
                }

                if (function.Routes.Any(r => r.Parameters.Any(p => p.Source == HttpBindingSource.Route)))
                {
                    writer.Line();
                    writer.Line("/// <summary>A route value as the router matched it, percent-decoded (a string only when it was encoded).</summary>");
                    writer.Line("private static global::System.ReadOnlySpan<char> RouteValue(string path, global::System.Range value)");
                    using (writer.Block())
                    {
                        writer.Line("var segment = global::System.MemoryExtensions.AsSpan(path)[value];");
                        writer.Line($"return global::System.MemoryExtensions.Contains(segment, '%') ? {Binding}.DecodeRouteValue(segment) : segment;");
                    }
                }
            }
        }

        return writer.ToString();
    }

    private static void EmitRoute(SourceWriter writer, HttpRouteSpec route, int index, string router, IReadOnlyList<(string Type, DisposalKind Disposal)> instances, ValueCode code)
    {
        var dispatch = route.Dispatch!;
        writer.Line($"case {index}: // {route.HttpMethod} {route.Template.Text.Replace('\n', ' ').Replace('\r', ' ')} ({route.MethodDisplay})");
        using (writer.Block())
        {
            var arguments = new List<string>();
            for (var i = 0; i < route.Parameters.Count; i++)
            {
                var parameter = route.Parameters[i];
                var argument = dispatch.Parameters[i];
                var local = "arg" + i;
                writer.Line($"var {local} = {Bind(writer, parameter, argument, local, router, code)};");
                arguments.Add(local);
            }

            var target = route.IsStatic ? route.ContainingType : "instance" + IndexOf(instances, route.ContainingType);
            var call = $"{target}.{ValueCode.Identifier(route.MethodName)}({string.Join(", ", arguments)})";
            var result = dispatch.Return;
            if (StreamingRouteEmitter.EmitCall(writer, route, index, call))
            {
                return;
            }

            switch (result.Shape)
            {
                case ReturnShape.Void:
                    writer.Line(call + ";");
                    writer.Line($"return new({Response}.NoContent());");
                    break;
                case ReturnShape.Value:
                    writer.Line($"return new({Respond(result, call, code)});");
                    break;
                default:
                    writer.Line($"return Complete{index}({call});");
                    break;
            }
        }
    }

    private static int IndexOf(IReadOnlyList<(string Type, DisposalKind Disposal)> instances, string type)
    {
        for (var i = 0; i < instances.Count; i++)
        {
            if (instances[i].Type == type)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An awaited result's helper: the only async part, so that binding keeps its spans.</summary>
    private static void EmitCompletion(SourceWriter writer, HttpRouteSpec route, int index, ValueCode code, string responseTask)
    {
        if (StreamingRouteEmitter.EmitCompletion(writer, route, index, code))
        {
            return;
        }

        var result = route.Dispatch!.Return;
        if (result.Shape is ReturnShape.Void or ReturnShape.Value)
        {
            return;
        }

        writer.Line();
        writer.Line($"private static async {responseTask} Complete{index}({route.ReturnType} pending)");
        using (writer.Block())
        {
            if (result.Kind == HttpResultKind.None)
            {
                writer.Line("await pending.ConfigureAwait(false);");
                writer.Line($"return {Response}.NoContent();");
            }
            else
            {
                writer.Line("var result = await pending.ConfigureAwait(false);");
                writer.Line($"return {Respond(result, "result", code)};");
            }
        }
    }

    private static string Respond(HttpReturnSpec result, string value, ValueCode code) => result.Kind switch
    {
        HttpResultKind.Result => $"{Response}.From({value})",
        HttpResultKind.TypedResult => $"{Response}.From<{result.JsonType}>({value}, {WriteLambda(result, code)})",
        // Generated type names carry no nullable annotations: '!' only satisfies Json<T>'s signature; null is written as JSON null.
        _ => $"{Response}.Json<{result.JsonType}>({value}!, {WriteLambda(result, code)})",
    };

    private static string WriteLambda(HttpReturnSpec result, ValueCode code) =>
        $"static (writer, value) => {{ {code.WriteStatement(result.JsonTypeId!, "value")} }}";

    /// <summary>The expression of one argument; may write a line before it (a multi-value source's values).</summary>
    private static string Bind(SourceWriter writer, HttpParameterSpec parameter, HttpArgumentSpec argument, string local, string router, ValueCode code)
    {
        var key = ValueCode.Literal(parameter.Key.Length > 0 ? parameter.Key : parameter.Name);
        var fallback = argument.DefaultValue ?? $"default({parameter.Type})";

        // A type with no IParsable (an enum) is parsed by its generated parser, handed to the same helpers.
        var parser = argument.Enum is null ? string.Empty : ", " + EnumParserEmitter.Parser(argument.Enum);
        switch (parameter.Source)
        {
            case HttpBindingSource.Context:
                return "context";
            case HttpBindingSource.CancellationToken:
                return "cancellationToken";
            case HttpBindingSource.Request:
                return "request";
            case HttpBindingSource.ResponseStream:
                return "stream";
            case HttpBindingSource.Payload:
                return $"{ValueCode.Read}.Root<{argument.ParseType}>(@event.Span, {ValueCode.Literal(ValueCode.Display(argument.ParseType))}, static (ref {ValueCode.Reader} reader) => {code.ReadExpression(argument.TypeId!)})";
            case HttpBindingSource.Body:
                var read = $"{Binding}.ReadJsonBody<{argument.ParseType}>(request, {ValueCode.Literal(parameter.Name)}, {ValueCode.Literal(ValueCode.Display(argument.ParseType))}, static (ref {ValueCode.Reader} reader) => {code.ReadExpression(argument.TypeId!)})";
                return parameter.Optional ? $"request.Body.IsEmpty ? {fallback} : {read}" : read;
            case HttpBindingSource.RawBody:
                return RawBody(parameter, argument, fallback);
            case HttpBindingSource.Route:
                var value = $"values[{parameter.RouteSlot}]";
                var routeValue = argument.ParseType == "string"
                    ? $"{Binding}.DecodeRouteValue(global::System.MemoryExtensions.AsSpan(path)[{value}])"
                    : argument.SpanParsable
                        ? $"{Binding}.ParseSpan<{argument.ParseType}>(RouteValue(path, {value}), {Source}Route, {key}{parser})"
                        : $"{Binding}.Parse<{argument.ParseType}>(RouteValue(path, {value}).ToString(), {Source}Route, {key})";
                return parameter.Optional ? $"{router}.IsMissing({value}) ? {fallback} : {routeValue}" : routeValue;
            default:
                var source = Source + parameter.Source;
                if (argument.IsArray || argument.IsList)
                {
                    var valuesLocal = local + "Values";
                    writer.Line($"var {valuesLocal} = request.Get{(parameter.Source == HttpBindingSource.Header ? "Header" : "Query")}Values({key});");
                    var all = $"{Binding}.ParseAll<{argument.ParseType}>({valuesLocal}, {source}, {key}{parser})";
                    if (argument.IsList)
                    {
                        all = $"new global::System.Collections.Generic.List<{argument.ParseType}>({all})";
                    }

                    return $"{valuesLocal}.Count == 0 ? {(parameter.Optional ? fallback : $"throw {Binding}.Missing({source}, {key})")} : {all}";
                }

                var text = $"request.Get{parameter.Source}({key})";
                if (argument.ParseType == "string")
                {
                    return parameter.Optional
                        ? argument.DefaultValue is null ? text : $"{text} ?? {argument.DefaultValue}"
                        : $"{Binding}.Required({text}, {source}, {key})";
                }

                // As in ASP.NET Core minimal APIs, a value present but empty (?limit=) leaves an optional parameter
                // unset rather than failing to parse; a required one still fails, naming the value.
                return parameter.Optional
                    ? $"{text} is {{ Length: > 0 }} {local}Text ? {Binding}.Parse<{argument.ParseType}>({local}Text, {source}, {key}{parser}) : {fallback}"
                    : $"{Binding}.Parse<{argument.ParseType}>({text}, {source}, {key}{parser})";
        }
    }

    private static string RawBody(HttpParameterSpec parameter, HttpArgumentSpec argument, string fallback)
    {
        var read = argument.ParseType switch
        {
            "string" => $"{Binding}.ReadBodyText(request)",
            "byte[]" => $"{Binding}.ReadBodyBytes(request)",
            "global::System.IO.Stream" => $"new global::System.IO.MemoryStream({Binding}.ReadBodyBytes(request), writable: false)",
            _ => "request.Body",
        };
        if (argument.ParseType == "global::System.IO.Stream")
        {
            // A stream of no bytes says "no body" well enough; a handler taking a Stream reads what there is.
            return read;
        }

        return $"request.Body.IsEmpty ? {(parameter.Optional ? fallback : $"throw {Binding}.Missing({Source}Body, {ValueCode.Literal(parameter.Name)})")} : {read}";
    }

    private static string Xml(string text) => System.Security.SecurityElement.Escape(text.Replace('\n', ' ').Replace('\r', ' '));
}
