using System.CommandLine;

namespace HandlerSdk.Cli.Output;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    /// <summary><c>--no-color</c>: plain text, no colour or live status, as when output is redirected.</summary>
    public static Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "Plain output: no colour, table borders or live status (also the default when output is not a terminal, or NO_COLOR is set).",
        Recursive = true,
    };
}
