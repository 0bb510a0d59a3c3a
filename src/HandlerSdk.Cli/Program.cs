using HandlerSdk.Cli;

return await HsdkCli.RunAsync(args, new ConsoleStreams(Console.In, Console.Out, Console.Error), CancellationToken.None);
