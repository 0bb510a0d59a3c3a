namespace HandlerSdk.Cli;

/// <summary>The three standard streams, injectable so commands can be tested without a console.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record ConsoleStreams(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>True when both output streams are an interactive terminal: only then are colour and live status drawn.</summary>
    public bool IsTerminal { get; init; }
}
