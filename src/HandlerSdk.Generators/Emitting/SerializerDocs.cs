namespace HandlerSdk.Generators.Emitting;

/// <summary>
/// The <c>&lt;summary&gt;</c> on each generated reader and writer, naming the C# type it serves: the method names are
/// short (<c>ReadOrder</c>), so the full name (<c>Shop.Billing.Order</c>) is one hover away for a user stepping through.
/// </summary>
internal static class SerializerDocs
{
    public static void Reader(SourceWriter writer, string type, string from = "JSON") =>
        Summary(writer, $"Reads {Code(type)} from {from}.");

    public static void Writer(SourceWriter writer, string type) =>
        Summary(writer, $"Writes {Code(type)} as JSON.");

    /// <param name="text">XML doc text: types in it go through <see cref="Code"/>.</param>
    public static void Summary(SourceWriter writer, string text) =>
        writer.Line($"/// <summary>{text}</summary>");

    /// <summary>A type's name as doc text: <c>&lt;c&gt;Shop.Order&lt;/c&gt;</c>, escaped.</summary>
    public static string Code(string type) => $"<c>{Escape(ValueCode.Display(type))}</c>";

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
