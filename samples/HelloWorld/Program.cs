using HandlerSdk;
using HelloWorld;

// Until the [LambdaHandler] generator writes this entry point, the sample registers its handlers by hand.
return await LambdaRuntime.RunAsync(handlers =>
{
    handlers.Add("Hello", Greeter.HelloAsync).Add("Goodbye", Greeter.GoodbyeAsync);

    // Runs when Lambda shuts the execution environment down (SIGTERM), after the last invocation finished.
    handlers.RegisterForShutdown(new ShutdownReport());
});
