using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Diagnostics;

/// <summary>Every HandlerSdk diagnostic. The ids are a contract: never reuse or renumber one.</summary>
internal static class DiagnosticDescriptors
{
    private const string HandlerCategory = "HandlerSdk.Handlers";
    private const string SerializationCategory = "HandlerSdk.Serialization";
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

    private static DiagnosticDescriptor Error(string id, string title, string message, string category) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
