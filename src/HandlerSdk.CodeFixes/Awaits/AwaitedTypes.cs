using System.Linq;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.CodeFixes.Awaits;

/// <summary>What <c>await x</c> yields for an <c>x</c> of a given type.</summary>
internal static class AwaitedTypes
{
    /// <summary>The result of <c>GetAwaiter().GetResult()</c>: <c>T</c> for <c>Task&lt;T&gt;</c>, void for <c>Task</c>; null when the type is not awaitable.</summary>
    public static ITypeSymbol? Of(ITypeSymbol? awaitable) =>
        awaitable?.GetMembers("GetAwaiter").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.IsEmpty && !m.IsStatic)?.ReturnType
            .GetMembers("GetResult").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.IsEmpty)?.ReturnType;
}
