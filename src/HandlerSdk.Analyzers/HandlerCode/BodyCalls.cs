using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// What one body makes run, in the order the walk meets it: the calls, constructions, accessors, operators,
/// disposals, type initializations and stored delegates' invocations its operations imply, each already turned into the
/// source members it reaches (<see cref="CallStep"/>); and the lambdas and method groups it stores in delegate members
/// (<see cref="StoredValue"/>), for the code that invokes them. Computed once per body from its operation tree, which
/// can then be let go; holds no symbol, so it stays valid for the next compilation as long as no declaration changed
/// (<see cref="LiveCallCache"/>).
/// </summary>
internal sealed class BodyCalls
{
    public static readonly BodyCalls None = new([], []);

    private BodyCalls(ImmutableArray<CallStep> steps, ImmutableArray<StoredValue> stores)
    {
        Steps = steps;
        Stores = stores;
    }

    public ImmutableArray<CallStep> Steps { get; }

    /// <summary>The delegates this body stores in fields and properties (its own lambdas' stores included).</summary>
    public ImmutableArray<StoredValue> Stores { get; }

    /// <summary>The steps of a member's bodies (a partial method, a constructor and its initializer).</summary>
    public static BodyCalls Of(IEnumerable<IOperation> bodies, SourceMembers members, CancellationToken cancellationToken) =>
        Of(bodies, members, recordStores: true, cancellationToken);

    private static BodyCalls Of(IEnumerable<IOperation> bodies, SourceMembers members, bool recordStores, CancellationToken cancellationToken)
    {
        var writer = new Writer(members, cancellationToken, recordStores);
        var seen = 0;
        foreach (var body in bodies)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                if ((++seen & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                writer.Follow(operation);
            }
        }

        return writer.Steps.Count == 0 && writer.Stores.Count == 0 ? None : new BodyCalls(writer.Steps.ToImmutableArray(), writer.Stores.ToImmutableArray());
    }

    /// <summary>
    /// What handing events to a handler runs besides the handler: its type's static initialization and, for an instance
    /// handler, the constructor HandlerSdk calls once per execution environment with the instance initializers.
    /// </summary>
    public static BodyCalls OfHandler(IMethodSymbol handler, SourceMembers members, CancellationToken cancellationToken)
    {
        var writer = new Writer(members, cancellationToken);
        writer.ReachTypeInitialization(handler.ContainingType, instance: false);
        if (!handler.IsStatic)
        {
            var constructor = handler.ContainingType.InstanceConstructors.FirstOrDefault(c => c.Parameters.IsEmpty);
            if (constructor is not null && members.IsInSource(constructor))
            {
                writer.Visit(constructor, perInvocation: false);
            }

            writer.ReachTypeInitialization(handler.ContainingType, instance: true, perInvocation: false);
        }

        return new BodyCalls(writer.Steps.ToImmutableArray(), []);
    }

    private sealed class Writer(SourceMembers members, CancellationToken cancellationToken, bool recordStores = false)
    {
        public List<CallStep> Steps { get; } = [];

        public List<StoredValue> Stores { get; } = [];

        public void Follow(IOperation operation)
        {
            if (recordStores)
            {
                RecordStores(operation);
            }

            switch (operation)
            {
                case IInvocationOperation invocation:
                    ReachMethod(invocation.TargetMethod, virtualCall: invocation.IsVirtual || invocation.TargetMethod.IsAbstract);
                    if (invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke &&
                        StoredDelegates.Member(invocation.Instance) is { } stored && members.IsInSource(stored))
                    {
                        // _factory(): what the type's construction stored in _factory runs here; which that is, the walk decides.
                        Steps.Add(new CallStep(members.KeyOf(HandlerCodeIndex.Key(stored)), PerInvocation: null, StoredDelegate: true));
                    }

                    break;
                case IObjectCreationOperation { Constructor: { } constructor }:
                    ReachConstruction(constructor);
                    break;
                case IBinaryOperation { OperatorMethod: { } operatorMethod }:
                    ReachMethod(operatorMethod, virtualCall: false);
                    break;
                case IUnaryOperation { OperatorMethod: { } operatorMethod }:
                    ReachMethod(operatorMethod, virtualCall: false);
                    break;
                case IConversionOperation { OperatorMethod: { } conversion }:
                    ReachMethod(conversion, virtualCall: false);
                    break;
                case IEventAssignmentOperation { EventReference: IEventReferenceOperation { Event: var @event } } assignment:
                    if ((assignment.Adds ? @event.AddMethod : @event.RemoveMethod) is { } eventAccessor)
                    {
                        ReachMethod(eventAccessor, virtualCall: false);
                    }

                    break;
                case IUsingOperation or IUsingDeclarationOperation:
                    ReachDisposal(operation);
                    break;
                case IMethodReferenceOperation reference:
                    ReachMethod(reference.Method, virtualCall: reference.IsVirtual, LibraryCallbacks.IsHandedToLibrary(reference, members.IsInSource) ? ReachEdge.LibraryCallback : null);
                    break;
                case IPropertyReferenceOperation property:
                    foreach (var accessor in Accessors(property))
                    {
                        ReachMethod(accessor, virtualCall: property.Property.IsVirtual || property.Property.IsAbstract || property.Property.ContainingType.TypeKind == TypeKind.Interface);
                    }

                    break;
                // A const is inlined: reading one runs nothing of its type.
                case IFieldReferenceOperation { Field.IsStatic: true, Field.IsConst: false } field:
                    ReachTypeInitialization(field.Field.ContainingType, instance: false);
                    break;
            }
        }

        /// <summary>
        /// Static field initializers and the static constructor run once per execution environment, the first time the
        /// type is touched; instance field initializers run with each constructor, as often as it does.
        /// </summary>
        public void ReachTypeInitialization(INamedTypeSymbol? type, bool instance, bool? perInvocation = null)
        {
            type = type?.OriginalDefinition;
            if (type is null || !members.IsInSource(type))
            {
                return;
            }

            // A step per run: visiting a member already reached once per environment is a no-op, as skipping it was.
            foreach (var member in members.StaticInitialization(type))
            {
                Visit(member, perInvocation: false);
            }

            if (instance)
            {
                foreach (var member in type.GetMembers().Where(m => !m.IsStatic && HasInitializer(m)))
                {
                    Visit(member, perInvocation);
                }
            }
        }

        public void Visit(ISymbol member, bool? perInvocation = null, ReachEdge? edge = null) =>
            Steps.Add(new CallStep(members.KeyOf(HandlerCodeIndex.Key(member)), perInvocation, edge));

        /// <summary>
        /// The lambdas and method groups <paramref name="operation"/> stores in a source field or property: a lambda with
        /// its own calls (the walk follows them from where the delegate is invoked), a method group as the steps calling
        /// it makes, each shown through the delegate.
        /// </summary>
        private void RecordStores(IOperation operation)
        {
            foreach (var (into, value) in StoredDelegates.StoredBy(operation))
            {
                if (!members.IsInSource(into))
                {
                    continue;
                }

                var key = members.KeyOf(HandlerCodeIndex.Key(into));
                var edge = StoredDelegates.EdgeThrough(into);
                switch (value)
                {
                    case IAnonymousFunctionOperation lambda:
                        Stores.Add(new StoredLambda(key, lambda.Syntax.Span, edge, Of([lambda], members, recordStores: false, cancellationToken)));
                        break;
                    case IMethodReferenceOperation reference:
                        var method = new Writer(members, cancellationToken);
                        method.ReachMethod(reference.Method, virtualCall: reference.IsVirtual, edge);
                        Stores.Add(new StoredMethod(key, method.Steps.ToImmutableArray()));
                        break;
                }
            }
        }

        /// <summary>
        /// <c>new T(…)</c> runs the constructor and, up the base types, the instance initializers and the base constructors
        /// (explicit <c>: base(…)</c> calls are in the constructor's own operations; implicit ones are not). The
        /// framework calls a created type's overrides of framework members (a <c>DelegatingHandler</c>'s
        /// <c>SendAsync</c>), so they are reached too.
        /// </summary>
        private void ReachConstruction(IMethodSymbol constructor)
        {
            ReachMethod(constructor, virtualCall: false);
            for (var type = constructor.ContainingType; type is not null && members.IsInSource(type.OriginalDefinition); type = type.BaseType)
            {
                ReachTypeInitialization(type, instance: true);
                foreach (var member in type.GetMembers())
                {
                    if (member is IMethodSymbol { IsOverride: true, OverriddenMethod: { } overridden } method && !members.IsInSource(overridden.OriginalDefinition))
                    {
                        // The framework calls it whenever the object is used, which is per invocation even for an object made once.
                        Visit(method, perInvocation: true, ReachEdge.LibraryCallback);
                    }
                }

                if (!SymbolEqualityComparer.Default.Equals(type, constructor.ContainingType) &&
                    type.InstanceConstructors.FirstOrDefault(c => c.Parameters.IsEmpty) is { } implicitBase)
                {
                    ReachMethod(implicitBase, virtualCall: false);
                }
            }
        }

        /// <summary><c>using</c> runs the resource's <c>Dispose</c>/<c>DisposeAsync</c> at the end.</summary>
        private void ReachDisposal(IOperation usingOperation)
        {
            var resources = usingOperation switch
            {
                IUsingOperation { Resources: { } resource } => resource.DescendantsAndSelf(),
                IUsingDeclarationOperation declaration => declaration.DeclarationGroup.DescendantsAndSelf(),
                _ => [],
            };
            foreach (var declarator in resources.OfType<IVariableDeclaratorOperation>())
            {
                if (declarator.Symbol.Type is INamedTypeSymbol type && members.IsInSource(type.OriginalDefinition))
                {
                    foreach (var dispose in type.GetMembers().OfType<IMethodSymbol>().Where(m => m.Name is "Dispose" or "DisposeAsync" && m.Parameters.IsEmpty))
                    {
                        ReachMethod(dispose, virtualCall: false);
                    }
                }
            }
        }

        /// <summary>The accessors a property reference runs: the setter when assigned, both for compound assignments and increments, else the getter.</summary>
        private static IEnumerable<IMethodSymbol> Accessors(IPropertyReferenceOperation reference)
        {
            var property = reference.Property;
            var written = reference.Parent is IAssignmentOperation assignment && assignment.Target == reference ||
                reference.Parent is IIncrementOrDecrementOperation;
            var read = !(reference.Parent is ISimpleAssignmentOperation simple && simple.Target == reference);
            if (read && property.GetMethod is { } get)
            {
                yield return get;
            }

            if (written && property.SetMethod is { } set)
            {
                yield return set;
            }
        }

        private void ReachMethod(IMethodSymbol method, bool virtualCall, ReachEdge? edge = null)
        {
            method = (IMethodSymbol)HandlerCodeIndex.Key(method);
            if (method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
            {
                // Its body is part of the body that declares it, already being walked.
                return;
            }

            if (members.IsInSource(method))
            {
                Visit(method, edge: edge);
                ReachTypeInitialization(method.ContainingType, instance: false);
            }

            if (virtualCall || method.ContainingType?.TypeKind == TypeKind.Interface)
            {
                foreach (var implementation in members.Implementations(cancellationToken).Of(method))
                {
                    Visit(implementation, edge: edge);
                }
            }
        }

        private static bool HasInitializer(ISymbol member) => SourceMembers.HasInitializer(member);
    }
}
