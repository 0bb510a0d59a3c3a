using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Diagnostics;

/// <summary>
/// The diagnostics about handlers, payloads, routes, batches and streaming (HSDK00xx–04xx), which share the
/// generator's parser. The handler-code rules' (HSDK1xxx) live in HandlerSdk.Analyzers. The ids are a contract: never
/// reuse or renumber one.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HandlerCategory = "HandlerSdk.Handlers";
    private const string SerializationCategory = "HandlerSdk.Serialization";
    private const string BatchCategory = "HandlerSdk.Batches";
    private const string HttpCategory = "HandlerSdk.Http";
    private const string StreamingCategory = "HandlerSdk.Streaming";
    private const string HelpBase = "https://github.com/handlersdk/handlersdk/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor UnsupportedSignature = Error(
        "HSDK0001",
        "Handler signature not supported",
        "Handler '{0}' is not supported: {1}",
        HandlerCategory);

    public static readonly DiagnosticDescriptor AsyncVoidHandler = Error(
        "HSDK0002",
        "Handler is async void",
        "Handler '{0}' is async void: Lambda cannot tell when it finishes; return Task or ValueTask",
        HandlerCategory);

    public static readonly DiagnosticDescriptor InaccessibleHandler = Error(
        "HSDK0003",
        "Handler is not accessible to generated code",
        "Handler '{0}' is not accessible to generated code: {1} must be public or internal",
        HandlerCategory);

    public static readonly DiagnosticDescriptor NoParameterlessConstructor = Error(
        "HSDK0004",
        "Handler type cannot be constructed",
        "Handler '{0}' is an instance method, but {1} has no accessible parameterless constructor; add one or make the handler static",
        HandlerCategory);

    public static readonly DiagnosticDescriptor DuplicateHandlerName = Error(
        "HSDK0005",
        "Two handlers have the same name",
        "Another handler is already named '{0}'; set a distinct Name in [LambdaHandler]",
        HandlerCategory);

    public static readonly DiagnosticDescriptor EntryPointConflict = Error(
        "HSDK0006",
        "The project cannot take the generated entry point",
        "HandlerSdk generates this program's entry point, but {0}",
        HandlerCategory);

    public static readonly DiagnosticDescriptor InvalidConfiguration = Error(
        "HSDK0007",
        "Invalid handler configuration",
        "{0} = {1} is outside the allowed range {2}",
        HandlerCategory);

    public static readonly DiagnosticDescriptor UnserializableType = Error(
        "HSDK0101",
        "Type cannot be serialized",
        "{0} cannot be serialized: {1}",
        SerializationCategory);

    public static readonly DiagnosticDescriptor MemberNotDeserialized = new(
        "HSDK0102",
        "Member will not be deserialized",
        "{0} will not be read from JSON: {1}",
        SerializationCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "HSDK0102.md");

    public static readonly DiagnosticDescriptor InvalidRouteTemplate = Error(
        "HSDK0201",
        "Invalid route template",
        "Route template \"{0}\" of '{1}' is invalid: {2}",
        HttpCategory);

    // Reported by a symbol action (live in the IDE): the routes it compares with are found by their syntax, however
    // many classes and files a named group spans.
    public static readonly DiagnosticDescriptor AmbiguousRoutes = Error(
        "HSDK0202",
        "Two routes match the same requests",
        "'{0}' and '{1}' both answer {2} {3} in function '{4}', so the router cannot choose between them; change one template or its constraints",
        HttpCategory);

    public static readonly DiagnosticDescriptor RouteParameterWithoutMethodParameter = Error(
        "HSDK0203",
        "Route parameter has no method parameter",
        "Route parameter '{0}' of template \"{1}\" is bound to no parameter of '{2}'; add a parameter named '{0}', or mark one [FromRoute(Name = \"{0}\")]",
        HttpCategory);

    public static readonly DiagnosticDescriptor RouteBindingNotInTemplate = Error(
        "HSDK0204",
        "Parameter bound from a route value the template lacks",
        "Parameter '{0}' of '{1}' is bound from route value '{2}', which template \"{3}\" does not have",
        HttpCategory);

    public static readonly DiagnosticDescriptor UnparsableHttpParameter = Error(
        "HSDK0205",
        "Parameter type cannot be parsed from the request",
        "Parameter '{0}' of '{1}' cannot be bound from the {2}: {3}",
        HttpCategory);

    public static readonly DiagnosticDescriptor MultipleBodies = Error(
        "HSDK0206",
        "More than one body parameter",
        "'{0}' reads both '{1}' and '{2}' from the request body, which holds one value; make them members of one type",
        HttpCategory);

    public static readonly DiagnosticDescriptor BodyOnBodilessMethod = Warning(
        "HSDK0207",
        "Body on a GET, HEAD or DELETE route",
        "'{0}' reads '{1}' from the body of a {2} request, a body that clients, caches and proxies often drop; bind it from the route or query, or answer POST, PUT or PATCH",
        HttpCategory);

    public static readonly DiagnosticDescriptor RouteWithoutFunction = Error(
        "HSDK0208",
        "Route method belongs to no function",
        "Route method '{0}' belongs to no function: mark {1} with [HttpApi], or the method with [LambdaHandler]",
        HttpCategory);

    public static readonly DiagnosticDescriptor RouteNotCallable = Error(
        "HSDK0209",
        "Route method cannot be called by generated code",
        "Route method '{0}' cannot be called by generated code: {1}",
        HttpCategory);

    // Reported by a symbol action on the [HttpApi] class (live in the IDE): handlers are found by their syntax.
    public static readonly DiagnosticDescriptor HttpFunctionNameTaken = Error(
        "HSDK0210",
        "HTTP function name is also a handler's name",
        "[HttpApi] names its function '{0}', which is also the name of handler '{1}'; Lambda selects a function by name, so give one of them another name",
        HttpCategory);

    public static readonly DiagnosticDescriptor PerRecordHandlerReturnsValue = Error(
        "HSDK0301",
        "Per-record handler returns a value",
        "Handler '{0}' takes one {1} and returns {2}; a per-record handler returns void, Task or ValueTask (the generated batch loop answers with the batch response)",
        BatchCategory);

    public static readonly DiagnosticDescriptor ParallelismBreaksOrder = Error(
        "HSDK0302",
        "Parallelism would break the source's order",
        "MaxParallelism = {0} on handler '{1}', whose {2} records must run one after another: Lambda resumes a stream from the first failure; remove it",
        BatchCategory);

    public static readonly DiagnosticDescriptor InvalidBatchOption = Error(
        "HSDK0303",
        "Invalid per-record batch option",
        "{0} = {1} is invalid: {2}",
        BatchCategory);

    public static readonly DiagnosticDescriptor BatchOptionsWithoutRecord = Warning(
        "HSDK0304",
        "Batch options on a handler that does not take one record",
        "[BatchItems] has no effect on handler '{0}': its event parameter is {1}, not one record ({2}); take one record, or remove the attribute",
        BatchCategory);

    public static readonly DiagnosticDescriptor PayloadNotCarried = Error(
        "HSDK0350",
        "[JsonPayload] cannot apply to this member",
        "[JsonPayload] on {0} cannot apply: {1}",
        SerializationCategory);

    public static readonly DiagnosticDescriptor PayloadWithConverter = Error(
        "HSDK0351",
        "[JsonPayload] and [JsonConverter] on one member",
        "{0} has both [JsonPayload] and [JsonConverter], and each says how its JSON value is read; keep one",
        SerializationCategory);

    public static readonly DiagnosticDescriptor StreamingHandlerReturnsValue = Error(
        "HSDK0401",
        "Streaming handler also returns a value",
        "Handler '{0}' {1}; a handler that writes to a response stream returns void, Task or ValueTask, and one that returns IAsyncEnumerable<T> takes no response stream",
        StreamingCategory);

    public static readonly DiagnosticDescriptor SecondResponseStream = Error(
        "HSDK0402",
        "More than one response stream parameter",
        "Handler '{0}' takes a second response stream in parameter '{1}'; a handler answers through one stream",
        StreamingCategory);

    public static readonly DiagnosticDescriptor LambdaResponseStreamOnRoute = Error(
        "HSDK0403",
        "LambdaResponseStream on an HTTP route",
        "Route method '{0}' takes a LambdaResponseStream in parameter '{1}'; an HTTP route answers through HttpResponseStream, which sends the status, headers and cookies before the body",
        StreamingCategory);

    public static readonly DiagnosticDescriptor ServerSentEventsWithoutItems = Warning(
        "HSDK0404",
        "[ServerSentEvents] on a method that returns no IAsyncEnumerable<T>",
        "[ServerSentEvents] has no effect on '{0}': it returns {1}, not IAsyncEnumerable<T>; return IAsyncEnumerable<T>, or remove the attribute",
        StreamingCategory);

    private static DiagnosticDescriptor Warning(string id, string title, string message, string category) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");

    private static DiagnosticDescriptor Error(string id, string title, string message, string category) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
