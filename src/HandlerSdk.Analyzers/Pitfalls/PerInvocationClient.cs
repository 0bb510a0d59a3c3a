using System.Linq;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Pitfalls;

/// <summary>
/// A client made per invocation (HSDK1202): <c>new HttpClient()</c>, <c>new HttpClientHandler()</c>,
/// <c>new SocketsHttpHandler()</c>, or an AWS SDK service client (a type deriving from
/// <c>Amazon.Runtime.AmazonServiceClient</c>, matched by name since the SDK cannot be referenced here), or a type named in
/// <c>.editorconfig</c> (<see cref="ClientTypes"/>). Creations in
/// code that runs once per execution environment, creations stored for later invocations (a static member,
/// <c>_client ??= new HttpClient()</c>), and an <c>HttpClient</c> over a shared handler with <c>disposeHandler: false</c>
/// are left alone.
/// </summary>
internal static class PerInvocationClient
{
    /// <summary>The created client type's name, or null when the creation is fine.</summary>
    public static string? Find(IObjectCreationOperation creation, Reach reach, ClientTypes clients, HandlerCodeSymbols symbols)
    {
        if (!reach.PerInvocation || creation.Type is not INamedTypeSymbol type || !clients.IsClient(type, creation.Syntax.SyntaxTree) ||
            IsStoredInMember(creation) || UsesSharedHandler(creation, symbols) || IsHandlerOfClient(creation, symbols))
        {
            return null;
        }

        return type.Name;
    }

    /// <summary>
    /// Stored for later invocations: assigned to a static member, or lazily to any member with <c>??=</c> — also when
    /// it is an argument or initializer of the object so stored (<c>_repo ??= new Repo(new HttpClient())</c>). A
    /// plain assignment to an instance field of an object made per invocation keeps nothing.
    /// </summary>
    private static bool IsStoredInMember(IOperation creation)
    {
        var value = creation;
        var parent = creation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation or IArgumentOperation or IObjectCreationOperation or
            IObjectOrCollectionInitializerOperation or IMemberInitializerOperation ||
            parent is ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation })
        {
            value = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            ICoalesceAssignmentOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation } coalesce => coalesce.Value == value,
            ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Field.IsStatic: true } or IPropertyReferenceOperation { Property.IsStatic: true } } assignment =>
                assignment.Value == value,
            _ => false,
        };
    }

    /// <summary>
    /// A handler that goes wherever its client goes, so the client is the one to report: passed straight in
    /// (<c>new HttpClient(new HttpClientHandler())</c>), inside a pipeline that is (<c>new HttpClient(new Tracing {
    /// InnerHandler = new HttpClientHandler() })</c>), or made in a local that is passed to a <c>new HttpClient(…)</c>
    /// (<c>var handler = new HttpClientHandler { … }; using var client = new HttpClient(handler);</c>).
    /// </summary>
    private static bool IsHandlerOfClient(IOperation creation, HandlerCodeSymbols symbols)
    {
        var current = creation;
        while (true)
        {
            var parent = current.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IArgumentOperation { Parent: IObjectCreationOperation outer } when HandlerCodeSymbols.DerivesFrom(outer.Type, symbols.HttpClient):
                    return true;
                case IArgumentOperation { Parent: IObjectCreationOperation outer } when HandlerCodeSymbols.DerivesFrom(outer.Type, symbols.HttpMessageHandler):
                    current = outer;
                    break;
                case ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation outer } }
                    when HandlerCodeSymbols.DerivesFrom(outer.Type, symbols.HttpMessageHandler):
                    current = outer;
                    break;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } }:
                    return IsPassedToClient(parent, local, symbols);
                default:
                    return false;
            }
        }
    }

    private static bool IsPassedToClient(IOperation inBody, ILocalSymbol local, HandlerCodeSymbols symbols)
    {
        var root = inBody;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root.Descendants().OfType<IObjectCreationOperation>().Any(client =>
            HandlerCodeSymbols.DerivesFrom(client.Type, symbols.HttpClient) &&
            HandlerArgument(client) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local));
    }

    /// <summary>
    /// <c>new HttpClient(sharedHandler, disposeHandler: false)</c>: the connections live in the shared handler, as
    /// Microsoft recommends. Without <c>disposeHandler: false</c> disposing the client disposes the shared handler, and
    /// a handler made right there (passed in, or in a local initialized with a <c>new</c>) is made per invocation too.
    /// </summary>
    private static bool UsesSharedHandler(IObjectCreationOperation creation, HandlerCodeSymbols symbols) =>
        HandlerCodeSymbols.DerivesFrom(creation.Type, symbols.HttpClient) &&
        HandlerArgument(creation) is { } handler && handler is not IObjectCreationOperation && !IsLocalMadeHere(handler) &&
        creation.Arguments.Any(a => a.Parameter?.Name == "disposeHandler" && a.Value.ConstantValue is { HasValue: true, Value: false });

    private static IOperation? HandlerArgument(IObjectCreationOperation client) =>
        client.Arguments.FirstOrDefault(a => a.Parameter?.Name == "handler") is { } argument ? Unwrap(argument.Value) : null;

    private static bool IsLocalMadeHere(IOperation handler) =>
        handler is ILocalReferenceOperation reference &&
        reference.Local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax };

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
