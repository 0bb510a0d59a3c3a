using HandlerSdk;
using HelloWorld;

// Until the [LambdaHandler] generator writes this entry point, the sample registers its handlers by hand.
return await LambdaRuntime.RunAsync(handlers => handlers
    .Add("Hello", Greeter.HelloAsync)
    .Add("Goodbye", Greeter.GoodbyeAsync));
