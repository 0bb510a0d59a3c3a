using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// A method of the project handed to a library as a delegate (<c>Task.Run(Work)</c>, <c>handler.ServerCertificateCustomValidationCallback = Validate</c>,
/// <c>AppDomain.CurrentDomain.ProcessExit += OnExit</c>): the library calls it later, so the path says so instead of
/// showing a call the user cannot find.
/// </summary>
internal static class LibraryCallbacks
{
    public static bool IsHandedToLibrary(IMethodReferenceOperation reference, Func<ISymbol, bool> isInSource)
    {
        IOperation current = reference;
        var parent = reference.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation or IParenthesizedOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod: var method } } =>
                method.MethodKind != MethodKind.DelegateInvoke && !isInSource((method.ReducedFrom ?? method).OriginalDefinition),
            IArgumentOperation { Parent: IObjectCreationOperation { Constructor: { } constructor } } => !isInSource(constructor.OriginalDefinition),
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when assignment.Value == current =>
                !isInSource(property.Property.OriginalDefinition),
            IEventAssignmentOperation { EventReference: IEventReferenceOperation { Event: var @event } } => !isInSource(@event.OriginalDefinition),
            _ => false,
        };
    }
}
