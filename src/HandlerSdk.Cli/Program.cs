using HandlerSdk.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops cleanly (function processes, servers); a second one is the default hard stop.
    if (!cancel.IsCancellationRequested)
    {
        e.Cancel = true;
        cancel.Cancel();
    }
};

var console = new ConsoleStreams(Console.In, Console.Out, Console.Error)
{
    IsTerminal = !Console.IsOutputRedirected && !Console.IsErrorRedirected,
};
return await HsdkCli.RunAsync(args, console, cancel.Token);
