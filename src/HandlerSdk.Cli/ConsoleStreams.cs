namespace HandlerSdk.Cli;

/// <summary>The three standard streams, injectable so commands can be tested without a console.</summary>
internal sealed record ConsoleStreams(TextReader In, TextWriter Out, TextWriter Error);
