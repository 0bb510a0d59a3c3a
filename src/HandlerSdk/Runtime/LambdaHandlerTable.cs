using HandlerSdk.Runtime;

namespace HandlerSdk;

/// <summary>
/// The handlers of a function, by name, and the resources to release when Lambda shuts the execution environment
/// down. Filled once, during the init phase, by the callback given to <see cref="LambdaRuntime.RunAsync(Action{LambdaHandlerTable}, LambdaRuntimeOptions?)"/>.
/// </summary>
public sealed class LambdaHandlerTable
{
    private readonly Dictionary<string, HandlerRegistration> _handlers = new(StringComparer.Ordinal);
    private readonly List<object> _shutdownResources = [];

    /// <summary>The registered handler names, in registration order.</summary>
    public IReadOnlyList<string> Names => [.. _handlers.Keys];

    /// <summary>Registers a handler under a name that <c>_HANDLER</c> selects.</summary>
    /// <param name="name">The handler's name; unique within the function.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>This table, for chaining.</returns>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public LambdaHandlerTable Add(string name, LambdaInvocationHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Add(name, () => handler);
    }

    /// <summary>
    /// Registers a handler that is created only if <c>_HANDLER</c> selects it, still during the init phase (before
    /// the first invocation), so that other handlers' set-up never runs. An exception from
    /// <paramref name="createHandler"/> is reported as an init error.
    /// </summary>
    /// <param name="name">The handler's name; unique within the function.</param>
    /// <param name="createHandler">Creates the handler (and, for instance methods, its object).</param>
    /// <returns>This table, for chaining.</returns>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public LambdaHandlerTable Add(string name, Func<LambdaInvocationHandler> createHandler)
    {
        ArgumentNullException.ThrowIfNull(createHandler);
        return Register(name, new HandlerRegistration(createHandler, null));
    }

    /// <summary>
    /// Registers a streaming handler, whose response is sent as it writes it, under a name that <c>_HANDLER</c>
    /// selects. The function must be configured for response streaming (a Function URL with <c>RESPONSE_STREAM</c>
    /// invoke mode, or callers using <c>InvokeWithResponseStream</c>).
    /// </summary>
    /// <param name="name">The handler's name; unique within the function, among buffered and streaming handlers alike.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>This table, for chaining.</returns>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public LambdaHandlerTable AddStreaming(string name, LambdaStreamingInvocationHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return AddStreaming(name, () => handler);
    }

    /// <summary>
    /// Registers a streaming handler that is created only if <c>_HANDLER</c> selects it, still during the init phase,
    /// as <see cref="Add(string, Func{LambdaInvocationHandler})"/> does for buffered handlers. An exception from
    /// <paramref name="createHandler"/> is reported as an init error.
    /// </summary>
    /// <param name="name">The handler's name; unique within the function, among buffered and streaming handlers alike.</param>
    /// <param name="createHandler">Creates the handler (and, for instance methods, its object).</param>
    /// <returns>This table, for chaining.</returns>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public LambdaHandlerTable AddStreaming(string name, Func<LambdaStreamingInvocationHandler> createHandler)
    {
        ArgumentNullException.ThrowIfNull(createHandler);
        return Register(name, new HandlerRegistration(null, createHandler));
    }

    private LambdaHandlerTable Register(string name, HandlerRegistration registration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!_handlers.TryAdd(name, registration))
        {
            throw new ArgumentException($"A handler named '{name}' is already registered.", nameof(name));
        }

        return this;
    }

    /// <summary>
    /// Disposes <paramref name="resource"/> when the execution environment shuts down (SIGTERM), after the
    /// in-flight invocation has finished. Resources are disposed in reverse order of registration.
    /// </summary>
    /// <typeparam name="T">The resource's type.</typeparam>
    /// <param name="resource">An <see cref="IAsyncDisposable"/> or <see cref="IDisposable"/>.</param>
    /// <returns>The resource, for inline use.</returns>
    /// <exception cref="ArgumentException">The resource is neither disposable nor async-disposable.</exception>
    public T RegisterForShutdown<T>(T resource)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource is not (IAsyncDisposable or IDisposable))
        {
            throw new ArgumentException($"{resource.GetType().Name} is neither IDisposable nor IAsyncDisposable.", nameof(resource));
        }

        _shutdownResources.Add(resource);
        return resource;
    }

    internal int Count => _handlers.Count;

    internal bool TryGet(string name, out HandlerRegistration registration) => _handlers.TryGetValue(name, out registration!);

    internal HandlerRegistration Single() => _handlers.Values.First();

    internal IReadOnlyList<object> ShutdownResources => _shutdownResources;
}
