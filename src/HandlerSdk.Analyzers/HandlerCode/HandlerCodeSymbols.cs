using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>The framework types the handler-code rules recognise, resolved once per compilation.</summary>
internal sealed class HandlerCodeSymbols
{
    private static readonly ConditionalWeakTable<Compilation, HandlerCodeSymbols> Cache = new();

    private HandlerCodeSymbols(Compilation compilation)
    {
        INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);
        Task = Get("System.Threading.Tasks.Task");
        TaskOfT = Get("System.Threading.Tasks.Task`1");
        ValueTask = Get("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = Get("System.Threading.Tasks.ValueTask`1");
        TaskFactory = Get("System.Threading.Tasks.TaskFactory");
        TaskAwaiter = Get("System.Runtime.CompilerServices.TaskAwaiter");
        TaskAwaiterOfT = Get("System.Runtime.CompilerServices.TaskAwaiter`1");
        ValueTaskAwaiter = Get("System.Runtime.CompilerServices.ValueTaskAwaiter");
        ValueTaskAwaiterOfT = Get("System.Runtime.CompilerServices.ValueTaskAwaiter`1");
        ConfiguredTaskAwaitable = Get("System.Runtime.CompilerServices.ConfiguredTaskAwaitable");
        ConfiguredTaskAwaitableOfT = Get("System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1");
        ConfiguredValueTaskAwaitable = Get("System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable");
        ConfiguredValueTaskAwaitableOfT = Get("System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable`1");
        Thread = Get("System.Threading.Thread");
        SpinWait = Get("System.Threading.SpinWait");
        CancellationToken = Get("System.Threading.CancellationToken");
        CancellationTokenSource = Get("System.Threading.CancellationTokenSource");
        SemaphoreSlim = Get("System.Threading.SemaphoreSlim");
        Timeout = Get("System.Threading.Timeout");
        TimeSpan = Get("System.TimeSpan");
        Enumerable = Get("System.Linq.Enumerable");
        HttpClient = Get("System.Net.Http.HttpClient");
        HttpClientHandler = Get("System.Net.Http.HttpClientHandler");
        HttpMessageHandler = Get("System.Net.Http.HttpMessageHandler");
        SocketsHttpHandler = Get("System.Net.Http.SocketsHttpHandler");
        Console = Get("System.Console");
        TextWriter = Get("System.IO.TextWriter");
        MemoryStream = Get("System.IO.MemoryStream");
        StringReader = Get("System.IO.StringReader");
        StringWriter = Get("System.IO.StringWriter");
        ObsoleteAttribute = Get("System.ObsoleteAttribute");
        LambdaContext = Get("HandlerSdk.ILambdaContext");
    }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? TaskFactory { get; }

    public INamedTypeSymbol? TaskAwaiter { get; }

    public INamedTypeSymbol? TaskAwaiterOfT { get; }

    public INamedTypeSymbol? ValueTaskAwaiter { get; }

    public INamedTypeSymbol? ValueTaskAwaiterOfT { get; }

    public INamedTypeSymbol? ConfiguredTaskAwaitable { get; }

    public INamedTypeSymbol? ConfiguredTaskAwaitableOfT { get; }

    public INamedTypeSymbol? ConfiguredValueTaskAwaitable { get; }

    public INamedTypeSymbol? ConfiguredValueTaskAwaitableOfT { get; }

    public INamedTypeSymbol? Thread { get; }

    public INamedTypeSymbol? SpinWait { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? CancellationTokenSource { get; }

    public INamedTypeSymbol? SemaphoreSlim { get; }

    public INamedTypeSymbol? Timeout { get; }

    public INamedTypeSymbol? TimeSpan { get; }

    public INamedTypeSymbol? Enumerable { get; }

    public INamedTypeSymbol? HttpClient { get; }

    public INamedTypeSymbol? HttpClientHandler { get; }

    public INamedTypeSymbol? HttpMessageHandler { get; }

    public INamedTypeSymbol? SocketsHttpHandler { get; }

    public INamedTypeSymbol? Console { get; }

    public INamedTypeSymbol? TextWriter { get; }

    public INamedTypeSymbol? MemoryStream { get; }

    public INamedTypeSymbol? StringReader { get; }

    public INamedTypeSymbol? StringWriter { get; }

    public INamedTypeSymbol? ObsoleteAttribute { get; }

    public INamedTypeSymbol? LambdaContext { get; }

    public static HandlerCodeSymbols For(Compilation compilation) => Cache.GetValue(compilation, static c => new HandlerCodeSymbols(c));

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

    /// <summary>Task, Task&lt;T&gt;, ValueTask, ValueTask&lt;T&gt;: what HSDK1001 waits on.</summary>
    public bool IsTask(ITypeSymbol? type) => Is(type, Task) || Is(type, TaskOfT) || Is(type, ValueTask) || Is(type, ValueTaskOfT);

    /// <summary>The awaiter of a task or configured task, whose <c>GetResult()</c> blocks until the task is done.</summary>
    public bool IsAwaiter(ITypeSymbol? type) =>
        Is(type, TaskAwaiter) || Is(type, TaskAwaiterOfT) || Is(type, ValueTaskAwaiter) || Is(type, ValueTaskAwaiterOfT) ||
        type?.ContainingType is { } awaitable && (Is(awaitable, ConfiguredTaskAwaitable) || Is(awaitable, ConfiguredTaskAwaitableOfT) ||
            Is(awaitable, ConfiguredValueTaskAwaitable) || Is(awaitable, ConfiguredValueTaskAwaitableOfT));

    /// <summary>A task or a configured task (<c>ConfigureAwait(false)</c>): what dropping loses (HSDK1201) and what an async overload must return (HSDK1003).</summary>
    public bool IsAwaitable(ITypeSymbol? type) =>
        IsTask(type) || Is(type, ConfiguredTaskAwaitable) || Is(type, ConfiguredTaskAwaitableOfT) ||
        Is(type, ConfiguredValueTaskAwaitable) || Is(type, ConfiguredValueTaskAwaitableOfT);

    /// <summary>The type or one of its base types is <paramref name="known"/>.</summary>
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? known)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, known))
            {
                return true;
            }
        }

        return false;
    }
}
