using System.CommandLine;
using Spectre.Console;

namespace HandlerSdk.Cli.Output;

/// <summary>
/// What commands print besides their payload: status while something slow runs, tables and notes. Rich (Spectre.Console)
/// on a terminal; plain text otherwise, so scripts and logs get no escape codes.
/// </summary>
internal sealed class CliOutput
{
    private const string Grey = "\u001b[90m";
    private const string Green = "\u001b[32m";
    private const string Reset = "\u001b[0m";

    private readonly IAnsiConsole? _rich;
    private readonly IAnsiConsole? _richError;

    private CliOutput(ConsoleStreams streams, bool rich)
    {
        Streams = streams;
        if (rich)
        {
            _rich = Create(streams.Out);
            _richError = Create(streams.Error);
        }
    }

    public ConsoleStreams Streams { get; }

    public bool IsRich => _rich is not null;

    public static CliOutput For(ConsoleStreams streams, ParseResult parseResult) =>
        For(streams, parseResult.GetValue(GlobalOptions.NoColor));

    public static CliOutput For(ConsoleStreams streams, bool noColor) =>
        new(streams, streams.IsTerminal && !noColor && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    /// <summary>Runs <paramref name="work"/> under a spinner (rich) or after one "status..." line on stderr (plain).</summary>
    public async Task<T> StatusAsync<T>(string status, Func<Task<T>> work)
    {
        if (_richError is null)
        {
            await Streams.Error.WriteLineAsync($"{status}...").ConfigureAwait(false);
            return await work().ConfigureAwait(false);
        }

        return await _richError.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(status), _ => work()).ConfigureAwait(false);
    }

    /// <summary>A secondary line (cost, hints) on stderr, dimmed when rich.</summary>
    public void Note(string text) => WriteLine(Streams.Error, _richError is not null, Grey, text);

    /// <summary>A result line on stdout, green when rich.</summary>
    public void Success(string text) => WriteLine(Streams.Out, _rich is not null, Green, text);

    /// <summary>A table on stdout: bordered when rich; plain, space-aligned columns otherwise.</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var materialized = rows.ToList();
        if (_rich is null)
        {
            PlainTable.Write(Streams.Out, headers, materialized);
            return;
        }

        var table = new Table().RoundedBorder();
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn($"[bold]{Markup.Escape(header)}[/]"));
        }

        foreach (var row in materialized)
        {
            table.AddRow([.. row.Select(Markup.Escape)]);
        }

        _rich.Write(table);
    }

    // Lines are written with plain SGR codes rather than through Spectre, which would wrap them at the terminal width:
    // a note sits among REPORT lines, and a path in a result line should stay whole to be copied.
    private static void WriteLine(TextWriter writer, bool rich, string colour, string text)
    {
        // Function output arrives on background threads (one per function under serve).
        lock (writer)
        {
            writer.WriteLine(rich ? $"{colour}{text}{Reset}" : text);
        }
    }

    private static IAnsiConsole Create(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Detect,
    });
}
