using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// Every source member that handler code reaches, with how it gets there (<see cref="Reach"/>): one breadth-first
/// walk per compilation over the members' operation trees, either bound here on demand (<see cref="Bind"/>, live in
/// the IDE) or the ones the compiler already handed the analyzer (<see cref="FromBodies"/>, at the end of a build).
/// The rules look up the member whose body they analyse and never walk the graph themselves.
/// </summary>
/// <remarks>
/// Handlers are walked one at a time, those with the smallest <c>TimeoutSeconds</c> first: a member shared by several
/// handlers is attributed to the strictest one, which is the one HSDK1104 must measure against.
/// </remarks>
internal sealed class HandlerCodeIndex
{
    private static readonly ConditionalWeakTable<Compilation, System.Lazy<HandlerCodeIndex>> Bound = new();

    private readonly Compilation _compilation;
    private readonly System.Func<ISymbol, IEnumerable<IOperation>> _bodies;
    private readonly Dictionary<ISymbol, Reach> _reached = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _initializedTypes = new(SymbolEqualityComparer.Default);
    private readonly Queue<Reach> _queue = new();
    private readonly StoredDelegates _storedDelegates;
    private ImplementationMap? _implementations;

    private HandlerCodeIndex(Compilation compilation, System.Func<ISymbol, IEnumerable<IOperation>> bodies)
    {
        _compilation = compilation;
        _bodies = bodies;
        _storedDelegates = new StoredDelegates(compilation, bodies);
        var handlers = HandlerMethods.For(compilation);
        if (handlers.Attribute is not { } attribute)
        {
            return;
        }

        var roots = handlers.All
            .Select(m => new HandlerRoot(m, HandlerMethods.NameOf(m, attribute)!, HandlerMethods.TimeoutOf(m, attribute)))
            .OrderBy(r => r.TimeoutSeconds ?? int.MaxValue);
        foreach (var root in roots)
        {
            var reach = new Reach(root.Method, null, root, perInvocation: true);
            _reached[root.Method] = reach;
            _queue.Enqueue(reach);
            ReachTypeInitialization(root.Method.ContainingType, reach, instance: false);
            if (!root.Method.IsStatic)
            {
                // HandlerSdk constructs an instance handler's type once per execution environment, before the first event.
                var constructor = root.Method.ContainingType.InstanceConstructors.FirstOrDefault(c => c.Parameters.IsEmpty);
                if (constructor is not null && IsInSource(constructor))
                {
                    Visit(constructor, reach, perInvocation: false);
                }

                ReachTypeInitialization(root.Method.ContainingType, reach, instance: true, perInvocation: false);
            }

            Drain();
        }
    }

    /// <summary>
    /// Live (the IDE): walks the graph by binding each reached body itself, once per compilation, so that a single
    /// file can be judged without the rest having been analysed.
    /// </summary>
    public static HandlerCodeIndex Bind(Compilation compilation)
    {
        var lazy = Bound.GetValue(compilation, static c => new System.Lazy<HandlerCodeIndex>(() => new HandlerCodeIndex(c, new BodyBinder(c).Bodies)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A Lazy keeps its exception: forget it, so that the next caller walks again instead of failing forever.
            Bound.Remove(compilation);
            throw;
        }
    }

    /// <summary>
    /// At the end of a command-line build: walks the graph over the bodies the compiler already bound and handed to
    /// the analyzer, binding nothing again. Keys are <see cref="Key"/>s.
    /// </summary>
    public static HandlerCodeIndex FromBodies(Compilation compilation, IReadOnlyDictionary<ISymbol, ImmutableArray<IOperation>> bodies) =>
        new(compilation, member => bodies.TryGetValue(member, out var blocks) ? blocks : []);

    /// <summary>How handler code reaches the member that owns a body (a method, accessor, constructor or initialized field/property); null when it does not.</summary>
    public Reach? Find(ISymbol owner) => _reached.TryGetValue(Key(owner), out var reach) ? reach : null;

    /// <summary>
    /// The lambdas in the body of <paramref name="owner"/> (a constructor or an initialized field or property) that
    /// handler code runs through a stored delegate, by the lambda's span, each with its own reach.
    /// </summary>
    public IReadOnlyDictionary<Microsoft.CodeAnalysis.Text.TextSpan, Reach> DelegatesIn(ISymbol owner) => _storedDelegates.In(Key(owner));

    private void Drain()
    {
        while (_queue.Count > 0)
        {
            var reach = _queue.Dequeue();
            foreach (var body in _storedDelegates.Body(reach) is { } lambda ? [lambda] : _bodies(reach.Member))
            {
                foreach (var operation in body.DescendantsAndSelf())
                {
                    Follow(operation, reach);
                }
            }
        }
    }

    private void Follow(IOperation operation, Reach from)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                ReachMethod(invocation.TargetMethod, from, virtualCall: invocation.IsVirtual || invocation.TargetMethod.IsAbstract);
                if (invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke)
                {
                    ReachStoredDelegate(invocation, from);
                }

                break;
            case IObjectCreationOperation { Constructor: { } constructor }:
                ReachConstruction(constructor, from);
                break;
            case IBinaryOperation { OperatorMethod: { } operatorMethod }:
                ReachMethod(operatorMethod, from, virtualCall: false);
                break;
            case IUnaryOperation { OperatorMethod: { } operatorMethod }:
                ReachMethod(operatorMethod, from, virtualCall: false);
                break;
            case IConversionOperation { OperatorMethod: { } conversion }:
                ReachMethod(conversion, from, virtualCall: false);
                break;
            case IEventAssignmentOperation { EventReference: IEventReferenceOperation { Event: var @event } } assignment:
                if ((assignment.Adds ? @event.AddMethod : @event.RemoveMethod) is { } eventAccessor)
                {
                    ReachMethod(eventAccessor, from, virtualCall: false);
                }

                break;
            case IUsingOperation or IUsingDeclarationOperation:
                ReachDisposal(operation, from);
                break;
            case IMethodReferenceOperation reference:
                ReachMethod(reference.Method, from, virtualCall: reference.IsVirtual, LibraryCallbacks.IsHandedToLibrary(reference, IsInSource) ? ReachEdge.LibraryCallback : null);
                break;
            case IPropertyReferenceOperation property:
                foreach (var accessor in Accessors(property))
                {
                    ReachMethod(accessor, from, virtualCall: property.Property.IsVirtual || property.Property.IsAbstract || property.Property.ContainingType.TypeKind == TypeKind.Interface);
                }

                break;
            // A const is inlined: reading one runs nothing of its type.
            case IFieldReferenceOperation { Field.IsStatic: true, Field.IsConst: false } field:
                ReachTypeInitialization(field.Field.ContainingType, from, instance: false);
                break;
        }
    }

    /// <summary>
    /// <c>new T(…)</c> runs the constructor and, up the base types, the instance initializers and the base constructors
    /// (explicit <c>: base(…)</c> calls are in the constructor's own operations; implicit ones are not). The
    /// framework calls a created type's overrides of framework members (a <c>DelegatingHandler</c>'s
    /// <c>SendAsync</c>), so they are reached too.
    /// </summary>
    private void ReachConstruction(IMethodSymbol constructor, Reach from)
    {
        ReachMethod(constructor, from, virtualCall: false);
        for (var type = constructor.ContainingType; type is not null && IsInSource(type.OriginalDefinition); type = type.BaseType)
        {
            ReachTypeInitialization(type, from, instance: true);
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { IsOverride: true, OverriddenMethod: { } overridden } method && !IsInSource(overridden.OriginalDefinition))
                {
                    // The framework calls it whenever the object is used, which is per invocation even for an object made once.
                    Visit(method, from, perInvocation: true, ReachEdge.LibraryCallback);
                }
            }

            if (!SymbolEqualityComparer.Default.Equals(type, constructor.ContainingType) &&
                type.InstanceConstructors.FirstOrDefault(c => c.Parameters.IsEmpty) is { } implicitBase)
            {
                ReachMethod(implicitBase, from, virtualCall: false);
            }
        }
    }

    /// <summary><c>using</c> runs the resource's <c>Dispose</c>/<c>DisposeAsync</c> at the end.</summary>
    private void ReachDisposal(IOperation usingOperation, Reach from)
    {
        var resources = usingOperation switch
        {
            IUsingOperation { Resources: { } resource } => resource.DescendantsAndSelf(),
            IUsingDeclarationOperation declaration => declaration.DeclarationGroup.DescendantsAndSelf(),
            _ => [],
        };
        foreach (var declarator in resources.OfType<IVariableDeclaratorOperation>())
        {
            if (declarator.Symbol.Type is INamedTypeSymbol type && IsInSource(type.OriginalDefinition))
            {
                foreach (var dispose in type.GetMembers().OfType<IMethodSymbol>().Where(m => m.Name is "Dispose" or "DisposeAsync" && m.Parameters.IsEmpty))
                {
                    ReachMethod(dispose, from, virtualCall: false);
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

    /// <summary>
    /// <c>_factory()</c>, where <c>_factory</c> is a field or property set only in its type's constructors or initializers:
    /// the lambdas and methods stored there run here (<see cref="StoredDelegates"/>).
    /// </summary>
    private void ReachStoredDelegate(IInvocationOperation invocation, Reach from)
    {
        if (StoredDelegates.Member(invocation.Instance) is not { } member || !IsInSource(member))
        {
            return;
        }

        var through = MemberDisplay.TypeDotName(member) + "()";
        foreach (var target in _storedDelegates.ValuesOf(member))
        {
            switch (target.Value)
            {
                case IMethodReferenceOperation reference:
                    ReachMethod(reference.Method, from, virtualCall: reference.IsVirtual, new ReachEdge(ReachEdge.Call.Arrow, through));
                    break;
                case IAnonymousFunctionOperation lambda:
                    var edge = new ReachEdge(ReachEdge.Call.Arrow, through, "lambda in " + MemberDisplay.Of(target.Owner));
                    _storedDelegates.Reach(target.Owner, lambda, from, edge, _queue);
                    break;
            }
        }
    }

    private void ReachMethod(IMethodSymbol method, Reach from, bool virtualCall, ReachEdge? edge = null)
    {
        method = (IMethodSymbol)Key(method);
        if (method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
        {
            // Its body is part of the body that declares it, already being walked.
            return;
        }

        if (IsInSource(method))
        {
            Visit(method, from, edge: edge);
            ReachTypeInitialization(method.ContainingType, from, instance: false);
        }

        if (virtualCall || method.ContainingType?.TypeKind == TypeKind.Interface)
        {
            _implementations ??= new ImplementationMap(_compilation);
            foreach (var implementation in _implementations.Of(method))
            {
                Visit(implementation, from, edge: edge);
            }
        }
    }

    /// <summary>
    /// Static field initializers and the static constructor run once per execution environment, the first time the
    /// type is touched; instance field initializers run with each constructor, as often as it does.
    /// </summary>
    private void ReachTypeInitialization(INamedTypeSymbol? type, Reach from, bool instance, bool? perInvocation = null)
    {
        type = type?.OriginalDefinition;
        if (type is null || !IsInSource(type))
        {
            return;
        }

        if (_initializedTypes.Add(type))
        {
            foreach (var member in type.GetMembers().Where(m => m.IsStatic && HasInitializer(m)).Concat(type.StaticConstructors))
            {
                Visit(member, from, perInvocation: false);
            }
        }

        if (instance)
        {
            foreach (var member in type.GetMembers().Where(m => !m.IsStatic && HasInitializer(m)))
            {
                Visit(member, from, perInvocation);
            }
        }
    }

    private void Visit(ISymbol member, Reach from, bool? perInvocation = null, ReachEdge? edge = null)
    {
        member = Key(member);
        var runsPerInvocation = perInvocation ?? from.PerInvocation;
        if (_reached.TryGetValue(member, out var existing) && (existing.PerInvocation || !runsPerInvocation))
        {
            return;
        }

        // First reach, or a member so far known to run once that also runs per invocation: walk it (again) as such.
        var reach = new Reach(member, from, from.Handler, runsPerInvocation, edge);
        _reached[member] = reach;
        _queue.Enqueue(reach);
    }

    private bool IsInSource(ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly) && symbol.Locations.Any(l => l.IsInSource);

    private static bool HasInitializer(ISymbol member) => member switch
    {
        IFieldSymbol { IsImplicitlyDeclared: false } field => field.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is VariableDeclaratorSyntax { Initializer: not null }),
        IPropertySymbol property => property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null }),
        _ => false,
    };

    /// <summary>One key per member: the generic definition, the reduced extension's definition, a partial method's declaration.</summary>
    public static ISymbol Key(ISymbol symbol)
    {
        if (symbol is IMethodSymbol method)
        {
            method = method.ReducedFrom ?? method;
            method = method.OriginalDefinition;
            return method.PartialDefinitionPart ?? method;
        }

        return symbol.OriginalDefinition;
    }
}
