using System.Runtime.InteropServices;
using HandlerSdk.Cli;

using var cancel = new CancellationTokenSource();

// Ctrl+C (SIGINT) and SIGTERM both stop cleanly: function processes and servers shut down before hsdk exits. A second
// signal gets the default behaviour, a hard stop.
void Stop(PosixSignalContext context)
{
    if (!cancel.IsCancellationRequested)
    {
        context.Cancel = true;
        cancel.Cancel();
    }
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

var console = new ConsoleStreams(Console.In, Console.Out, Console.Error)
{
    IsTerminal = !Console.IsOutputRedirected && !Console.IsErrorRedirected,
};
return await HsdkCli.RunAsync(args, console, cancel.Token);
